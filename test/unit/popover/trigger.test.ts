// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopoverTrigger } from '../../../lib/popover/trigger';

let popover: HTMLElement;
let events: string[];
let trigger: PopoverTrigger;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<p><mark class="dossier-mark" data-entity-id="a" tabindex="0" id="a1">A</mark> text <mark class="dossier-mark" data-entity-id="b" tabindex="0" id="b1">B</mark></p><button id="out">out</button><div id="pop"><button id="inside">in</button></div>';
  popover = document.getElementById('pop')!;
  events = [];
  trigger = new PopoverTrigger({
    inPopover: (t) => !!t && popover.contains(t as Node),
    onOpen: (mark, by) => events.push(`open ${mark.id} ${by}`),
    onClose: () => events.push('close'),
    onEnterPopover: () => events.push('enter'),
  });
  trigger.start();
});

afterEach(() => {
  trigger.stop();
  vi.useRealTimers();
});

const el = (id: string) => document.getElementById(id)!;
const over = (id: string, related?: string) => el(id).dispatchEvent(new MouseEvent('pointerover', { bubbles: true, relatedTarget: related ? el(related) : null }));
const out = (id: string, related?: string) => el(id).dispatchEvent(new MouseEvent('pointerout', { bubbles: true, relatedTarget: related ? el(related) : null }));
const key = (id: string, k: string) => el(id).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('PopoverTrigger', () => {
  it('opens after the pointer rests ~300 ms, not on a pass-over', () => {
    over('a1');
    vi.advanceTimersByTime(150);
    out('a1', 'out');
    vi.advanceTimersByTime(500);
    expect(events).toEqual([]);
    over('a1');
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a1 pointer']);
  });

  it('stays open while the pointer moves into the popover, closes when it leaves both', () => {
    over('a1');
    vi.advanceTimersByTime(300);
    out('a1', 'inside');
    over('inside', 'a1');
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a1 pointer']);
    out('inside', 'out');
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a1 pointer', 'close']);
  });

  it('opens on keyboard focus, Tab enters the popover, Escape closes', () => {
    el('a1').focus();
    expect(events).toEqual(['open a1 focus']);
    key('a1', 'Tab');
    expect(events).toContain('enter');
    key('inside', 'Escape');
    expect(events.at(-1)).toBe('close');
    expect(document.activeElement).toBe(el('a1'));
    expect(events.filter((e) => e.startsWith('open'))).toHaveLength(1);
  });

  it('closes on a click outside but not inside', () => {
    trigger.open(el('a1'), 'pointer');
    el('inside').dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    expect(events).toEqual(['open a1 pointer']);
    el('out').dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    expect(events).toEqual(['open a1 pointer', 'close']);
  });
});
