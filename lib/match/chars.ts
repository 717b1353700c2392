/**
 * What each character is to the matcher: part of a word (a letter, digit or combining mark, in
 * any script), a format character inside a word (soft hyphen, zero-width joiner: ignored), or a
 * separator. A table lookup per character: Unicode property regexes are slow to compile and,
 * cold, slow to run, and the content script is cold on every page it loads on.
 */

export const OTHER = 0;
export const WORD = 1;
export const FORMAT = 2;

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
const FORMAT_RE = /^\p{Cf}$/u;

/** Classes of the BMP, filled in as characters are first met; 0xff = not looked up yet. */
const table = new Uint8Array(0x10000).fill(0xff);
for (let c = 0; c < 0x80; c++) table[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? WORD : OTHER;

function classify(ch: string): number {
  return WORD_RE.test(ch) ? WORD : FORMAT_RE.test(ch) ? FORMAT : OTHER;
}

/** The class of the character starting at `i` (a surrogate pair counts as one character). */
export function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    const known = table[c]!;
    if (known !== 0xff) return known;
    return (table[c] = classify(text[i]!));
  }
  // Astral planes (rare in news text): no cache.
  const cp = text.codePointAt(i)!;
  return cp > 0xffff ? classify(String.fromCodePoint(cp)) : OTHER;
}

/** Code units the character at `i` takes. */
export function charWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** Separator folding: curly apostrophes, dashes and every kind of space to their plain forms. */
export function foldSeparatorUnit(c: number): number {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201b: case 0x02bc: case 0x02b9: case 0x0060: case 0x00b4: case 0x2032:
      return 0x27; // '
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xfe58: case 0xfe63: case 0xff0d:
      return 0x2d; // -
    case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202f: case 0x205f: case 0x3000:
      return 0x20;
    default:
      return c >= 0x2000 && c <= 0x200a ? 0x20 : c;
  }
}
