/**
 * Splits text into words: runs of letters, digits and combining marks in any script. Format
 * characters (soft hyphen, zero-width joiners) inside a word belong to it but not to its key, so
 * "Rhein\u00ADmetall" is the word "Rheinmetall". Everything else separates words, which is what
 * makes "Natoli" no match for "NATO" while "Zelensky’s" contains "Zelensky".
 */

const WORD = /[\p{L}\p{N}\p{M}\p{Cf}]+/gu;
const FORMAT = /\p{Cf}/gu;
const EDGE_FORMAT = /^\p{Cf}+|\p{Cf}+$/gu;

export interface Token {
  /** Offsets of the word in the text. */
  start: number;
  end: number;
  /** The word without format characters. */
  key: string;
  /** True when the word has no format characters, so its key is the text itself. */
  plain: boolean;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    let start = m.index;
    if (FORMAT.test(word)) {
      FORMAT.lastIndex = 0;
      const trimmed = word.replace(EDGE_FORMAT, '');
      if (!trimmed) continue;
      start += word.indexOf(trimmed);
      word = trimmed;
      tokens.push({ start, end: start + word.length, key: word.replace(FORMAT, ''), plain: false });
    } else tokens.push({ start, end: start + word.length, key: word, plain: true });
  }
  return tokens;
}

/** The separator between two words as a key: format characters dropped, space runs folded. */
export function separatorKey(between: string): string {
  return between.replace(FORMAT, '').replace(/ {2,}/g, ' ');
}
