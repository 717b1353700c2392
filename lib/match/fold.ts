/**
 * Character folding shared by the lexicon compiler and the page scanner. Every function maps one
 * UTF-16 code unit to exactly one, so offsets in folded text are offsets in the page text.
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02B9\u0060\u00B4\u2032]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Curly apostrophes, dashes and non-breaking spaces become their plain ASCII forms. */
export function foldPunctuation(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(SPACES, ' ');
}

/** Lower case, one code unit for one (characters whose lower case is longer stay as they are). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
