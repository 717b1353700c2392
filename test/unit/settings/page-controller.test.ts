// @vitest-environment jsdom
/** The content script's logic: settings applied live, lexicon reloads, and the popup's requests. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileLexicon, type Lexicon } from '../../../lib/match/lexicon';
import { PageController, type PopoverControl } from '../../../lib/page/page-controller';
import { defaultSettings, type Settings } from '../../../lib/settings/settings';
import { toggleSite } from '../../../lib/settings/sites';

const lexiconV1 = compileLexicon([
  { id: 'nato', type: 'alliance', name: 'NATO', aliases: [] },
  { id: 'kyiv', type: 'place', name: 'Kyiv', aliases: [] },
]);
const lexiconV2 = compileLexicon([{ id: 'rheinmetall', type: 'company', name: 'Rheinmetall', aliases: [] }]);

const PAGE = '<p>NATO in Kyiv.</p><p>NATO and Rheinmetall.</p><p>Kyiv again, NATO.</p>';

let controller: PageController;
let loadLexicon: ReturnType<typeof vi.fn<() => Promise<Lexicon>>>;
let counts: number[];
let popover: PopoverControl & { quiet: HTMLElement[]; closed: number };

function marks(): string[] {
  return [...document.querySelectorAll('mark.dossier-mark')].map((m) => m.textContent ?? '');
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}; marks: ${marks().join(', ')}`);
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
  counts = [];
  loadLexicon = vi.fn(async () => lexiconV1);
  popover = {
    quiet: [],
    closed: 0,
    current: () => null,
    focusQuietly(mark) {
      this.quiet.push(mark);
    },
    close() {
      this.closed++;
    },
  };
  controller = new PageController({ doc: document, loadLexicon, reportCount: (n) => counts.push(n), popover });
});
afterEach(() => {
  controller.destroy();
  document.body.innerHTML = '';
});

const off = (s: Settings) => toggleSite(s, location.hostname);

describe('PageController', () => {
  it('highlights with the default settings and reports the count for the badge', async () => {
    await controller.apply(defaultSettings());
    await until(() => counts.at(-1) === 5, 'count 5');
    expect(marks()).toEqual(['NATO', 'Kyiv', 'NATO', 'Kyiv', 'NATO']);
    expect(controller.summary()).toEqual({
      enabled: true,
      host: location.hostname,
      entities: [
        { id: 'nato', type: 'alliance', count: 3 },
        { id: 'kyiv', type: 'place', count: 2 },
      ],
    });
  });

  it('takes every highlight away when the site is switched off, and brings them back', async () => {
    const on = defaultSettings();
    await controller.apply(on);
    await until(() => marks().length === 5, '5 marks');
    await controller.apply(off(on));
    expect(marks()).toEqual([]);
    expect(document.body.innerHTML).toBe(PAGE);
    expect(counts.at(-1)).toBe(0);
    expect(popover.closed).toBe(1);
    expect(controller.summary()).toEqual({ enabled: false, host: location.hostname, entities: [] });
    await controller.apply(on);
    await until(() => marks().length === 5, '5 marks again');
    // The lexicon was fetched once.
    expect(loadLexicon).toHaveBeenCalledTimes(1);
  });

  it('does not fetch the lexicon on a site that is off', async () => {
    await controller.apply(off(defaultSettings()));
    expect(loadLexicon).not.toHaveBeenCalled();
    expect(controller.enabled).toBe(false);
  });

  it('keeps the highlights in place when only the look changes, and rebuilds them for first mentions and types', async () => {
    const s = defaultSettings();
    await controller.apply(s);
    await until(() => marks().length === 5, '5 marks');
    const before = document.querySelector('mark');
    await controller.apply({ ...s, style: 'background', popoverDelayMs: 900, colors: { ...s.colors, place: '#000000' } });
    expect(document.querySelector('mark')).toBe(before);
    await controller.apply({ ...s, mentions: 'first' });
    await until(() => marks().length === 2, 'first mentions');
    expect(marks()).toEqual(['NATO', 'Kyiv']);
    await controller.apply({ ...s, types: { ...s.types, alliance: false } });
    await until(() => marks().length === 2 && marks()[0] === 'Kyiv', 'places only');
    expect(marks()).toEqual(['Kyiv', 'Kyiv']);
  });

  it('fetches the lexicon again when the dataset changed, and highlights with the new one', async () => {
    await controller.apply(defaultSettings());
    await until(() => marks().length === 5, '5 marks');
    loadLexicon.mockResolvedValue(lexiconV2);
    expect(await controller.handle({ type: 'lexicon.changed' })).toEqual({ reloaded: true });
    await until(() => marks().join() === 'Rheinmetall', 'the new lexicon');
    expect(loadLexicon).toHaveBeenCalledTimes(2);
  });

  it('survives a lexicon that cannot be loaded, and tries again on the next change', async () => {
    loadLexicon.mockRejectedValueOnce(new Error('worker asleep'));
    await controller.apply(defaultSettings());
    expect(marks()).toEqual([]);
    await controller.apply(defaultSettings());
    await until(() => marks().length === 5, 'marks after the retry');
  });

  it('answers page.reveal: scrolls to the first mention and focuses it quietly', async () => {
    HTMLElement.prototype.scrollIntoView = vi.fn();
    await controller.apply(defaultSettings());
    await until(() => marks().length === 5, '5 marks');
    expect(await controller.handle({ type: 'page.reveal', entityId: 'kyiv' })).toEqual({ found: true });
    expect(popover.quiet).toEqual([document.querySelectorAll('mark[data-entity-id="kyiv"]')[0]]);
    expect(await controller.handle({ type: 'page.reveal', entityId: 'nobody' })).toEqual({ found: false });
  });

  it('answers page.next: focuses the highlight after the focused one', async () => {
    vi.spyOn(HTMLElement.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
    try {
      await controller.apply(defaultSettings());
      await until(() => marks().length === 5, '5 marks');
      const all = [...document.querySelectorAll<HTMLElement>('mark')];
      expect(await controller.handle({ type: 'page.next' })).toEqual({ found: true });
      expect(document.activeElement).toBe(all[0]);
      await controller.handle({ type: 'page.next' });
      expect(document.activeElement).toBe(all[1]);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
