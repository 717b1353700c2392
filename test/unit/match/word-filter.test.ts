/** The filter of a lexicon's words a page gets with its first, empty cut. */
import { describe, expect, it } from 'vitest';
import { collectPageWords, collectPageWordsSliced, WordCoverage } from '../../../lib/match/page-words';
import { buildWordFilter, WordFilterReader } from '../../../lib/match/word-filter';
import { createRng } from '../../../lib/synthetic/random';
import { JSDOM } from 'jsdom';

const randomWords = (n: number, seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Math.floor(rng.next() * 2 ** 32) >>> 0);
};

describe('word filter', () => {
  it('never rules out a word it holds, and lets about 1% of other words through', () => {
    const held = randomWords(50_000, 1);
    const reader = new WordFilterReader(buildWordFilter(held, held.length));
    expect(held.every((w) => reader.mayHave(w))).toBe(true);
    const others = randomWords(50_000, 2);
    const passed = others.filter((w) => reader.mayHave(w)).length;
    expect(passed / others.length).toBeLessThan(0.03);
  });

  it('is about 10 bits a word', () => {
    const held = randomWords(10_000, 3);
    const filter = buildWordFilter(held, held.length);
    expect(Math.round((filter.bits.length * 3) / 4)).toBeLessThan(13_000);
  });

  it('covers, in a WordCoverage, every word it rules out', () => {
    const held = randomWords(100, 4);
    const reader = new WordFilterReader(buildWordFilter(held, held.length));
    const coverage = new WordCoverage([], reader);
    const absent = randomWords(1000, 5).filter((w) => !reader.mayHave(w));
    expect(absent.length).toBeGreaterThan(900);
    expect(absent.every((w) => coverage.has(w))).toBe(true);
    expect(coverage.has(held[0]!)).toBe(false);
    const missing = new Set<number>();
    coverage.missing('1234 5678 9999', missing);
    // Numbers the lexicon does not have are not asked for (unless the filter lets one through).
    expect(missing.size).toBeLessThanOrEqual(1);
  });
});

describe('collectPageWordsSliced', () => {
  it('collects what collectPageWords does, pausing whenever its slice is used up', async () => {
    const { document } = new JSDOM(`<body>${Array.from({ length: 500 }, (_, i) => `<p>Word${i} Dmytro <b>Kul</b>eba</p>`).join('')}</body>`).window;
    let clock = 0;
    let pauses = 0;
    const words = await collectPageWordsSliced(
      document.body,
      async () => {
        pauses++;
      },
      8,
      () => (clock += 1),
    );
    expect(words).toEqual(collectPageWords(document.body));
    expect(pauses).toBeGreaterThan(1);
  });
});
