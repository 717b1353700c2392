/**
 * Splits text into words: runs of letters, digits and combining marks in any script. Format
 * characters (soft hyphen, zero-width joiners) inside a word belong to it but not to its key, so
 * "Rhein\u00ADmetall" is the word "Rheinmetall". Everything else separates words, which is what
 * makes "Natoli" no match for "NATO" while "Zelensky’s" contains "Zelensky".
 */
import { charClass, charWidth, FORMAT, foldSeparatorUnit } from './chars';
import { WordSpans } from './word-spans';

export interface Token {
  /** Offsets of the word in the text. */
  start: number;
  end: number;
  /** The word without format characters; only set when it differs from the text (see tokenKey). */
  key?: string;
  /** True when the word has no format characters, so its key is the text itself. */
  plain: boolean;
}

/** The word as a key. Most words are plain, and most are never asked for: no string until then. */
export function tokenKey(text: string, token: Token): string {
  return token.plain ? text.slice(token.start, token.end) : token.key!;
}

export function tokenize(text: string): Token[] {
  const spans = new WordSpans();
  spans.read(text);
  const tokens: Token[] = [];
  for (let w = 0; w < spans.count; w++) {
    const start = spans.starts[w]!;
    const end = spans.ends[w]!;
    tokens.push(spans.plain[w] ? { start, end, plain: true } : { start, end, key: stripFormat(text, start, end), plain: false });
  }
  return tokens;
}

/** The word at [from, to) without its format characters: its key. */
export function stripFormat(text: string, from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; ) {
    const w = charWidth(text, i);
    if (charClass(text, i) !== FORMAT) key += text.slice(i, i + w);
    i += w;
  }
  return key;
}

/** The separator between two words as a key: punctuation folded, format characters dropped, one space for a run. */
export function separatorKey(text: string, from = 0, to = text.length): string {
  let key = '';
  let lastSpace = false;
  for (let i = from; i < to; i++) {
    if (charClass(text, i) === FORMAT) continue;
    const c = foldSeparatorUnit(text.charCodeAt(i));
    if (c === 0x20 && lastSpace) continue;
    lastSpace = c === 0x20;
    key += String.fromCharCode(c);
  }
  return key;
}
