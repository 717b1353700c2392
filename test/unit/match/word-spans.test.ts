import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/match/tokenize';
import { WordSpans } from '../../../lib/match/word-spans';

/** Text from pieces that exercise every class: ASCII, other scripts, format characters, astral. */
function randomText(next: () => number): string {
  const pieces = ['Kuleba', 'NATO', 'Зеленський', 'Rhein\u00ADmetall', 'a\u200Db', '’s', ' ', '  ', '–', '\u00A0', 'ΣΟΦΙΑΣ', '𝐀𝐁', '😀', 'e\u0301', '42', ',', '\u00AD', '\n', 'İ'];
  let text = '';
  const n = 1 + Math.floor(next() * 20);
  for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

describe('WordSpans', () => {
  it('splits words exactly as tokenize does, reusing its arrays across texts of any length', () => {
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const spans = new WordSpans();
    const texts = Array.from({ length: 2000 }, () => randomText(next));
    texts.push(Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' '));
    for (const text of texts) {
      spans.read(text);
      const got = Array.from({ length: spans.count }, (_, i) => [spans.starts[i], spans.ends[i], spans.plain[i] === 1]);
      expect(got).toEqual(tokenize(text).map((t) => [t.start, t.end, t.plain]));
    }
  });
});
