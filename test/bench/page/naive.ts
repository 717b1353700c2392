/**
 * The naive approach the benchmark compares against: one mark.js `mark()` call with every name and
 * alias as a keyword. mark.js walks the whole page once per keyword, and recurses once per keyword
 * in its done callback, so large keyword lists both take very long and overflow the stack.
 */
import Mark from 'mark.js';

export interface NaiveResult {
  ms: number;
  marks: number;
  keywords: number;
  /** Keywords mark.js had finished when it stopped: all of them, or where it crashed. */
  processed: number;
  /** Set when mark.js threw, e.g. "RangeError: Maximum call stack size exceeded". */
  error?: string;
}

export function naive(keywords: string[]): NaiveResult {
  const start = performance.now();
  let marks = 0;
  // mark.js reports each keyword it finishes through `filter` (found) or `noMatch` (not found).
  const finished = new Set<string>();
  try {
    new Mark(document.body).mark(keywords, {
      separateWordSearch: false,
      diacritics: false,
      // Whole words only, with the punctuation names sit next to in prose as word limits.
      accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '(', ')', '"', "'", '’', '«', '»', '—'] },
      filter: (_node: Text, term: string) => {
        finished.add(term);
        return true;
      },
      noMatch: (term: string) => {
        finished.add(term);
      },
      done: (n: number) => {
        marks = n;
      },
    });
  } catch (error) {
    // The keyword being worked on when it threw had not finished.
    return { ms: performance.now() - start, marks, keywords: keywords.length, processed: Math.max(0, finished.size - 1), error: String(error) };
  }
  return { ms: performance.now() - start, marks, keywords: keywords.length, processed: finished.size };
}
