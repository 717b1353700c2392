// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { unwrapMarks, wrapMentions } from '../../../lib/page/highlight';
import { RunReader } from '../../../lib/page/runs';
import { SnippetFinder, type Placement } from '../../../lib/page/snippet-finder';
import { unwrapSnippetMarks, wrapSnippet } from '../../../lib/page/snippet-marks';
import { anchorQuote } from '../../../lib/snippets/anchor';
import { quoteAt } from '../../../lib/snippets/capture';
import type { PageSnippet } from '../../../lib/snippets/draft';
import { readPageText } from '../../../lib/snippets/page-text';

const HTML =
  '<article><p id="a">In a long interview, Dmytro Kuleba said that <em>allied gunmakers</em> could build shells together, and he thanked NATO for the support.</p>' +
  '<p id="b">Engineers will start with artillery barrels.</p></article>';

/** Entity marks as the annotator makes them, for every occurrence of `names` under `root`. */
function markEntities(root: Element, names: string[]): void {
  const reader = new RunReader(root, document);
  for (let run = reader.next(); run; run = reader.next()) {
    const mentions = names.flatMap((name) => {
      const at = run!.text.indexOf(name);
      return at < 0 ? [] : [{ start: at, end: at + name.length, entityId: name.toLowerCase().replace(/\s+/g, '-'), entityType: 'person' as const }];
    });
    wrapMentions(run, mentions.sort((x, y) => x.start - y.start));
  }
}

function snippetOf(id: string, text: string, quote: string): PageSnippet {
  const pt = readPageText(document.body);
  const start = pt.text.indexOf(quote);
  return { id, ...quoteAt(pt, start, start + quote.length)! };
}

const marksText = (id: string) => [...document.querySelectorAll(`mark.dossier-snippet[data-snippet-id="${id}"]`)].map((m) => m.textContent).join('');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('snippet marks', () => {
  it('wrap text across inline elements without changing the page text, and unwrap cleanly', () => {
    document.body.innerHTML = HTML;
    const before = document.body.textContent;
    const pt = readPageText(document.body);
    const quote = 'Kuleba said that allied gunmakers could build';
    const start = pt.text.indexOf(quote);
    const marks = wrapSnippet(() => readPageText(document.body), start, start + quote.length, 's1');
    expect(marks.length).toBe(3);
    expect(marksText('s1')).toBe(quote);
    expect(document.body.textContent).toBe(before);
    expect(readPageText(document.body).text).toBe(pt.text);
    unwrapSnippetMarks(marks);
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.textContent).toBe(before);
    expect(document.querySelector('#a')!.childNodes.length).toBe(3); // text, <em>, text: joined again
  });

  it('coexist with entity marks both ways', () => {
    document.body.innerHTML = HTML;
    const before = document.body.textContent;
    const a = document.querySelector('#a')!;
    markEntities(a, ['Dmytro Kuleba', 'NATO']);
    const quote = 'Kuleba said that allied gunmakers could build shells together, and he thanked NATO';
    const pt = readPageText(document.body);
    const start = pt.text.indexOf(quote);
    wrapSnippet(() => readPageText(document.body), start, start + quote.length, 's1');
    // The annotator wraps its mentions again: inside the snippet marks, and across their edge.
    markEntities(a, ['Dmytro Kuleba', 'NATO']);
    expect(document.querySelectorAll('mark.dossier-snippet mark.dossier-mark').length).toBeGreaterThanOrEqual(2);
    expect(marksText('s1')).toBe(quote);
    expect(document.body.textContent).toBe(before);
    const entityText = [...document.querySelectorAll('mark.dossier-mark')].map((m) => m.textContent).join('|');
    expect(entityText).toBe('Dmytro |Kuleba|NATO');
    unwrapSnippetMarks([...document.querySelectorAll<HTMLElement>('mark.dossier-snippet')]);
    expect(document.body.textContent).toBe(before);
    expect(document.querySelectorAll('mark.dossier-mark').length).toBe(3);
  });

  it('overlapping snippets nest', () => {
    document.body.innerHTML = HTML;
    const before = document.body.textContent;
    const read = () => readPageText(document.body);
    const one = anchorQuote(read().text, snippetOf('s1', '', 'said that allied gunmakers could'))!;
    wrapSnippet(read, one.start, one.end, 's1');
    const two = anchorQuote(read().text, snippetOf('s2', '', 'gunmakers could build shells'))!;
    wrapSnippet(read, two.start, two.end, 's2');
    expect(marksText('s1')).toBe('said that allied gunmakers could');
    expect(marksText('s2')).toBe('gunmakers could build shells');
    expect(document.body.textContent).toBe(before);
  });
});

describe('SnippetFinder', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('places saved snippets, reports once, and marks the missing after the grace period', async () => {
    document.body.innerHTML = HTML;
    const found = snippetOf('s1', '', 'allied gunmakers could build shells');
    const gone: PageSnippet = { id: 's2', quote: 'a sentence that is not on this page at all', prefix: '', suffix: '', position: { start: 0, end: 10 } };
    const reports: Placement[][] = [];
    const finder = new SnippetFinder({ doc: document, load: async () => ({ snippets: [found, gone] }), report: (p) => reports.push(p), graceMs: 80, delayMs: 10 });
    finder.start();
    await wait(20);
    expect(marksText('s1')).toBe('allied gunmakers could build shells');
    expect(reports).toEqual([]);
    await wait(120);
    expect(reports).toEqual([[{ id: 's1', status: 'exact' }, { id: 's2', status: 'missing' }]]);
    finder.stop();
    expect(document.querySelectorAll('mark').length).toBe(0);
  });

  it('places a snippet whose text arrives late, approximately when it changed', async () => {
    document.body.innerHTML = '<p>Loading…</p>';
    const body = 'Engineers will start with artillery barrels, officials said on Monday.';
    document.body.innerHTML = `<p>${body}</p>`;
    const saved = snippetOf('s1', '', 'Engineers will start with artillery barrels');
    document.body.innerHTML = '<p>Loading…</p>';
    const reports: Placement[][] = [];
    const finder = new SnippetFinder({ doc: document, load: async () => ({ snippets: [saved] }), report: (p) => reports.push(p), graceMs: 500, delayMs: 10 });
    finder.start();
    await wait(20);
    expect(marksText('s1')).toBe('');
    document.body.insertAdjacentHTML('beforeend', '<p>Engineers will start with heavy artillery barrels, officials said on Monday.</p>');
    await wait(40);
    expect(marksText('s1')).toBe('Engineers will start with heavy artillery barrels');
    expect(reports).toEqual([[{ id: 's1', status: 'approximate' }]]);
    finder.stop();
  });

  it('drops stale pieces when the page rewrites a text node it split, and places the snippet again', async () => {
    document.body.innerHTML = HTML;
    const text = document.querySelector('#b')!.firstChild as Text;
    const saved = snippetOf('s1', '', 'start with artillery');
    const finder = new SnippetFinder({ doc: document, load: async () => ({ snippets: [saved] }), report: () => {}, graceMs: 1000, delayMs: 10 });
    finder.start();
    await wait(20);
    expect(marksText('s1')).toBe('start with artillery');
    text.data = 'Engineers will start with artillery shells first.';
    await wait(0);
    expect(document.querySelector('#b')!.textContent).toBe('Engineers will start with artillery shells first.');
    await wait(40);
    expect(marksText('s1')).toBe('start with artillery');
    expect(document.querySelector('#b')!.textContent).toBe('Engineers will start with artillery shells first.');
    finder.stop();
  });

  it('keeps the text whole while the annotator wraps and unwraps entities around its marks', async () => {
    document.body.innerHTML = HTML;
    const before = document.body.textContent;
    const a = document.querySelector('#a')!;
    const saved = snippetOf('s1', '', 'could build shells together, and he thanked');
    const finder = new SnippetFinder({ doc: document, load: async () => ({ snippets: [saved] }), report: () => {}, graceMs: 1000, delayMs: 10 });
    finder.start();
    await wait(20);
    for (let i = 0; i < 3; i++) {
      markEntities(a, ['Dmytro Kuleba', 'NATO', 'shells']);
      await wait(15);
      expect(document.body.textContent).toBe(before);
      unwrapMarks(a);
      await wait(15);
      expect(document.body.textContent).toBe(before);
    }
    expect(marksText('s1')).toBe('could build shells together, and he thanked');
    finder.stop();
    expect(document.body.textContent).toBe(before);
  });
});
