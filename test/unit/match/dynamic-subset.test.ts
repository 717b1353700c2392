// @vitest-environment jsdom
/** The page with a cut lexicon: content that arrives later asks for its words, once per batch. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileLexicon, type Lexicon } from '../../../lib/match/lexicon';
import { Matcher } from '../../../lib/match/matcher';
import { collectPageWords, WordCoverage } from '../../../lib/match/page-words';
import { answerLexicon, lexiconFor } from '../../../lib/match/subset';
import { Annotator } from '../../../lib/page/annotator';
import { PageController } from '../../../lib/page/page-controller';
import { defaultSettings } from '../../../lib/settings/settings';

const full = compileLexicon([
  { id: 'lloyd-austin', type: 'person', name: 'Lloyd Austin', aliases: [{ text: 'Austin', needsContext: true }] },
  { id: 'dmytro-kuleba', type: 'person', name: 'Dmytro Kuleba', aliases: [{ text: 'Кулеба' }] },
  { id: 'nato', type: 'alliance', name: 'North Atlantic Treaty Organization', aliases: [{ text: 'NATO', caseSensitive: true }] },
  { id: 'hans-christoph-atzpodien', type: 'person', name: 'Hans-Christoph Atzpodien', aliases: [] },
  { id: 'o-neill', type: 'person', name: "Tip O'Neill", aliases: [] },
]);

/** Marks as "text → entity"; a mention split over elements is one mark per piece. */
function marks(): string[] {
  return [...document.querySelectorAll('mark.dossier-mark')].map((m) => `${m.textContent} → ${m.getAttribute('data-entity-id')}`);
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}; marks: ${marks().join(', ')}`);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Annotator with a cut lexicon', () => {
  let annotator: Annotator;
  let asked: number[][];

  beforeEach(() => {
    document.body.innerHTML = '<main id="feed"><p>Lloyd Austin visited the front.</p></main>';
    const coverage = new WordCoverage(collectPageWords(document.body));
    asked = [];
    annotator = new Annotator({
      matcher: new Matcher(lexiconFor(full, coverage.words)),
      coverage,
      delayMs: 0,
      extend: async (words) => {
        asked.push([...words]);
        await new Promise((r) => setTimeout(r, 10));
        coverage.add(words);
        annotator.setMatcher(new Matcher(lexiconFor(full, coverage.words)));
      },
    });
    annotator.start();
  });
  afterEach(() => annotator.stop());

  it('asks once for the new words of a batch and highlights what they name, in document order', async () => {
    await until(() => !annotator.busy, 'the first scan');
    expect(marks()).toEqual(['Lloyd Austin → lloyd-austin']);
    expect(asked).toEqual([]);

    const feed = document.getElementById('feed')!;
    feed.insertAdjacentHTML(
      'beforeend',
      '<article><p>Austin met Dmytro Kuleba and NATO, not Nato.</p></article>' +
        '<article><p>Кулеба and <a href="#">Hans</a>-Christoph Atzpodien.</p></article>' +
        '<article><p>Tip O’Neill too.</p></article>',
    );
    await until(() => !annotator.busy && marks().length > 1, 'the batch');
    expect(marks()).toEqual([
      'Lloyd Austin → lloyd-austin',
      'Austin → lloyd-austin',
      'Dmytro Kuleba → dmytro-kuleba',
      'NATO → nato',
      'Кулеба → dmytro-kuleba',
      'Hans → hans-christoph-atzpodien',
      '-Christoph Atzpodien → hans-christoph-atzpodien',
      'Tip O’Neill → o-neill',
    ]);
    expect(asked).toHaveLength(1);

    // Words it has asked for already: no further request.
    feed.insertAdjacentHTML('beforeend', '<p>Dmytro Kuleba and NATO.</p>');
    await until(() => !annotator.busy && marks().length === 10, 'known words');
    expect(asked).toHaveLength(1);
  });

  it('matches nothing of a run with missing words until they come, then all of it', async () => {
    await until(() => !annotator.busy, 'the first scan');
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<p>Lloyd Austin and Dmytro Kuleba.</p>');
    await until(() => asked.length === 1, 'the request');
    expect(annotator.busy).toBe(true);
    await until(() => !annotator.busy, 'the batch');
    expect(marks()).toEqual(['Lloyd Austin → lloyd-austin', 'Lloyd Austin → lloyd-austin', 'Dmytro Kuleba → dmytro-kuleba']);
  });
});

describe('PageController with a cut lexicon', () => {
  let loadLexicon: ReturnType<typeof vi.fn<(words?: number[] | 'whole') => Promise<Lexicon>>>;
  /** The `words` of call `i` (after the first, which asks without words and gets the empty cut). */
  const wordsOf = (i: number) => loadLexicon.mock.calls[i]![0] as number[];
  let controller: PageController;

  beforeEach(() => {
    document.body.innerHTML = '<main><p>Lloyd Austin visited.</p><textarea>Dmytro Kuleba</textarea></main>';
    // As the background answers, treating this small lexicon as a large one (whole only when asked).
    loadLexicon = vi.fn(async (words?: number[] | 'whole') => answerLexicon(full, words === 'whole' ? { whole: true } : words ? { words } : {}, 0));
    controller = new PageController({ doc: document, loadLexicon, reportCount: () => {}, popover: { current: () => null, focusQuietly: () => {}, close: () => {} } });
  });
  afterEach(() => controller.destroy());

  it('asks with the page’s words, and again for words of later text or of a quote', async () => {
    await controller.apply(defaultSettings());
    await until(() => marks().length === 1, 'the first highlight');
    expect(loadLexicon).toHaveBeenCalledTimes(2);
    expect(loadLexicon.mock.calls[0]![0]).toBeUndefined();
    expect((await loadLexicon.mock.results[0]!.value).terms).toBe(0);
    // lloyd, austin: not the text area's words, nor "visited", which the lexicon's word filter rules out
    expect(wordsOf(1).length).toBe(2);
    expect((await loadLexicon.mock.results[1]!.value).ids).toBe('lloyd-austin');

    // A quote reaching into the text area: its words are asked for before matching.
    expect(await controller.entitiesIn('visited. Dmytro Kuleba')).toEqual(['dmytro-kuleba']);
    expect(loadLexicon).toHaveBeenCalledTimes(3);
    expect(wordsOf(2).length).toBe(4); // and dmytro, kuleba

    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>NATO said so.</p>');
    await until(() => marks().length === 2, 'the later highlight');
    expect(loadLexicon).toHaveBeenCalledTimes(4);

    // lexicon.changed: everything again, from the page's words.
    loadLexicon.mockClear();
    expect(await controller.reloadLexicon()).toBe(true);
    await until(() => marks().length === 2, 'highlights after the reload');
    expect(loadLexicon).toHaveBeenCalledTimes(2);
    expect(wordsOf(1).length).toBe(3); // lloyd, austin, nato
  });

  it('does not ask again for text whose new words the lexicon cannot have (a ticker of numbers)', async () => {
    await controller.apply(defaultSettings());
    await until(() => marks().length === 1, 'the first highlight');
    const calls = loadLexicon.mock.calls.length;
    const ticker = document.createElement('p');
    document.querySelector('main')!.append(ticker);
    for (let i = 0; i < 20; i++) {
      ticker.textContent = `Index ${1000 + i * 37} at ${i}:${10 + i}`;
      await new Promise((r) => setTimeout(r, 5));
    }
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>NATO said so.</p>');
    await until(() => marks().length === 2, 'the later highlight');
    // One more request, for "nato"; none for the numbers.
    expect(loadLexicon.mock.calls.length).toBe(calls + 1);
  });

  it('takes the whole lexicon when the background answers whole', async () => {
    loadLexicon.mockImplementation(async () => full);
    await controller.apply(defaultSettings());
    await until(() => marks().length === 1, 'the first highlight');
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>NATO said so.</p>');
    await until(() => marks().length === 2, 'the later highlight');
    expect(loadLexicon).toHaveBeenCalledTimes(1);
  });
});
