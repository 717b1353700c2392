// @vitest-environment jsdom
/** What the settings and the popup need from the popover trigger: the open delay, quiet focus, Enter. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopoverTrigger } from '../../../lib/popover/trigger';

let events: string[];
let trigger: PopoverTrigger;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<p><mark class="dossier-mark" data-entity-id="a" tabindex="0" id="a1">A</mark> and <mark class="dossier-mark" data-entity-id="b" tabindex="0" id="b1">B</mark></p>';
  events = [];
  trigger = new PopoverTrigger({
    inPopover: () => false,
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
const key = (id: string, k: string, init: KeyboardEventInit = {}) =>
  el(id).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));

describe('PopoverTrigger and the settings', () => {
  it('waits as long as the popover delay setting says', () => {
    trigger.setOpenDelay(1000);
    el('a1').dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    vi.advanceTimersByTime(900);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open a1 pointer']);
  });

  it('opens at once with a delay of 0', () => {
    trigger.setOpenDelay(0);
    el('b1').dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    vi.advanceTimersByTime(0);
    expect(events).toEqual(['open b1 pointer']);
  });

  it('focuses a highlight quietly; Enter or Space then opens it, and only it', () => {
    trigger.focusQuietly(el('a1'));
    expect(document.activeElement).toBe(el('a1'));
    expect(events).toEqual([]);
    expect(key('a1', 'Enter', { ctrlKey: true })).toBe(true);
    expect(events).toEqual([]);
    expect(key('a1', 'Enter')).toBe(false); // handled: default prevented
    expect(events).toEqual(['open a1 focus']);
    trigger.close(true);
    expect(document.activeElement).toBe(el('a1'));
    key('a1', ' ');
    expect(events).toEqual(['open a1 focus', 'close', 'open a1 focus']);
  });

  it('stays quiet when the focus event comes later, as the window gets focus back (Firefox)', () => {
    const hasFocus = vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    trigger.focusQuietly(el('a1'));
    hasFocus.mockRestore();
    el('a1').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(events).toEqual([]);
    key('a1', 'Enter');
    expect(events).toEqual(['open a1 focus']);
    el('b1').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(events).toEqual(['open a1 focus', 'open b1 focus']);
  });

  it('closes the popover of another highlight when focusing one quietly', () => {
    el('a1').focus();
    trigger.focusQuietly(el('b1'));
    expect(events).toEqual(['open a1 focus', 'close']);
    expect(document.activeElement).toBe(el('b1'));
  });
});
