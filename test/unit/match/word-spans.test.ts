import { describe, expect, it } from 'vitest';
import { WordSpans } from '../../../lib/match/word-spans';

/** Text from pieces that exercise every class: ASCII, other scripts, format characters, astral. */
function randomText(next: () => number): string {
  const pieces = ['Kuleba', 'NATO', 'Зеленський', 'Rhein\u00ADmetall', 'a\u200Db', '’s', ' ', '  ', '–', '\u00A0', 'ΣΟΦΙΑΣ', '𝐀𝐁', '😀', 'e\u0301', '42', ',', '\u00AD', '\n', 'İ'];
  let text = '';
  const n = 1 + Math.floor(next() * 20);
  for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

/**
 * The rules stated as Unicode property regexes (the reference the table-driven splitter must
 * agree with): a word starts with a letter, digit or mark, runs on through format characters,
 * and ends at its last letter, digit or mark; it is plain when no format character is inside.
 */
function reference(text: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}\p{Cf}]*/gu)) {
    const word = m[0].replace(/\p{Cf}+$/u, '');
    out.push([m.index, m.index + word.length, !/\p{Cf}/u.test(word)]);
  }
  return out;
}

describe('WordSpans', () => {
  it('splits words by the rules, reusing its arrays across texts of any length', () => {
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const spans = new WordSpans();
    const texts = Array.from({ length: 2000 }, () => randomText(next));
    texts.push(Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' '));
    for (const text of texts) {
      spans.read(text);
      const got = Array.from({ length: spans.count }, (_, i) => [spans.starts[i], spans.ends[i], spans.plain[i] === 1]);
      expect(got).toEqual(reference(text));
    }
  });

  it('keeps a soft hyphen inside a word and drops format characters after it', () => {
    const spans = new WordSpans();
    spans.read('Rhein\u00ADmetall\u200D, NATO');
    expect([spans.count, spans.starts[0], spans.ends[0], spans.plain[0], spans.starts[1], spans.plain[1]]).toEqual([2, 0, 12, 0, 15, 1]);
  });
});
