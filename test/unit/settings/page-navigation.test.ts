// @vitest-environment jsdom
/** Moving between highlights: the next-highlight command and "show on page" from the popup. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextHighlight } from '../../../lib/page/next-highlight';
import { FLASH_ATTRIBUTE, firstMentionOf, flash, marksOfMention, revealEntity } from '../../../lib/page/reveal';

/** A mention's first mark, as prepareMark leaves it, at a given height on the screen. */
function mark(id: string, top: number, first = true): string {
  const attrs = first ? ' role="button" tabindex="0"' : '';
  return `<mark class="dossier-mark" data-entity-id="${id}" data-entity-type="person" data-top="${top}"${attrs}>${id}</mark>`;
}

function byId(id: string, nth = 0): HTMLElement {
  return document.querySelectorAll<HTMLElement>(`mark[data-entity-id="${id}"]`)[nth]!;
}

beforeEach(() => {
  // jsdom has no layout: each mark reports the top given in data-top; data-hidden ones are not rendered.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = Number(this.dataset.top ?? 0);
    return { top, bottom: top + 20, left: 0, right: 50, width: 50, height: 20, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(function (this: HTMLElement) {
    return (this.closest('[data-hidden]') ? [] : [this.getBoundingClientRect()]) as unknown as DOMRectList;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('nextHighlight', () => {
  it('starts at the first highlight whose top is in or below the window', () => {
    document.body.innerHTML = `<p>${mark('a', -400)} ${mark('b', -10)} ${mark('c', 120)} ${mark('d', 900)}</p>`;
    expect(nextHighlight(document, null)?.dataset.entityId).toBe('c');
  });

  it('wraps round to the first when every highlight is above the window', () => {
    document.body.innerHTML = `<p>${mark('a', -400)} ${mark('b', -10)}</p>`;
    expect(nextHighlight(document, null)?.dataset.entityId).toBe('a');
  });

  it('goes on from the current highlight in document order, whatever the layout, and wraps', () => {
    document.body.innerHTML = `<div><p>${mark('a', 500)}</p><p>${mark('b', 10)}</p></div><p>${mark('c', 300)}</p>`;
    expect(nextHighlight(document, byId('a'))?.dataset.entityId).toBe('b');
    expect(nextHighlight(document, byId('b'))?.dataset.entityId).toBe('c');
    expect(nextHighlight(document, byId('c'))?.dataset.entityId).toBe('a');
  });

  it('skips the second pieces of split mentions and highlights that are not rendered', () => {
    document.body.innerHTML = `<p>${mark('a', 0)}${mark('a', 0, false)} <span data-hidden>${mark('h', 10)}</span> ${mark('b', 20)}</p>`;
    expect(nextHighlight(document, byId('a'))?.dataset.entityId).toBe('b');
  });

  it('finds nothing on a page without highlights', () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    expect(nextHighlight(document, null)).toBeNull();
  });
});

describe('reveal', () => {
  it('finds the first mention of an entity and every mark of it', () => {
    document.body.innerHTML = `<p>${mark('x', 0)}</p><p>${mark('a', 0)}<a>${mark('a', 0, false)}</a> ${mark('a', 0)}</p>`;
    const first = firstMentionOf(document, 'a')!;
    expect(first).toBe(byId('a', 0));
    expect(marksOfMention(first)).toEqual([byId('a', 0), byId('a', 1)]);
    expect(firstMentionOf(document, 'missing')).toBeNull();
  });

  it('scrolls the first mention to the middle and flashes it, then stops', () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = `<p>${mark('a', 900)}${mark('a', 900, false)}</p>`;
      const scroll = vi.fn();
      HTMLElement.prototype.scrollIntoView = scroll;
      const shown = revealEntity(document, 'a');
      expect(shown).toBe(byId('a'));
      expect(scroll).toHaveBeenCalledWith({ behavior: 'smooth', block: 'center', inline: 'nearest' });
      vi.advanceTimersByTime(1);
      expect(byId('a', 0).hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
      expect(byId('a', 1).hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
      vi.advanceTimersByTime(750);
      expect(byId('a').hasAttribute(FLASH_ATTRIBUTE)).toBe(false);
      vi.advanceTimersByTime(300);
      expect(byId('a').hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
      vi.advanceTimersByTime(3000);
      expect(document.querySelector(`[${FLASH_ATTRIBUTE}]`)).toBeNull();
      expect(revealEntity(document, 'nobody')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('with reduced motion: one steady highlight; a new flash ends the one before', () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = `<p>${mark('a', 0)} ${mark('b', 0)}</p>`;
      flash([byId('a')], true);
      vi.advanceTimersByTime(1500);
      expect(byId('a').hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
      flash([byId('b')], true);
      expect(byId('a').hasAttribute(FLASH_ATTRIBUTE)).toBe(false);
      vi.advanceTimersByTime(1);
      expect(byId('b').hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
      vi.advanceTimersByTime(3000);
      expect(byId('b').hasAttribute(FLASH_ATTRIBUTE)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
