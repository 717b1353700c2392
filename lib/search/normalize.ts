/**
 * The search form of names and queries: what a person types should find a name whatever its
 * accents, case, apostrophes or dashes. Latin (and other scripts) lose their diacritics ("Zelenský"
 * → "zelensky"); Cyrillic keeps every letter and only loses case, because "й", "ї", "ё" are letters
 * of their own, not "и", "і", "е" with an accent (NFKD would split them).
 */

/** Apostrophes and dots vanish inside words ("Ukraine's" → "ukraines", "U.K." → "uk", "м'ята"). */
const JOINERS = /['\u2018\u2019\u201B\u02BC\u02B9\u0060\u00B4\u2032.\u00AD\p{Cf}]/gu;
/** Runs that are neither ASCII nor Cyrillic: decomposed so their combining marks can be dropped. */
const FOREIGN_RUN = /[^\u0000-\u007F\u0400-\u052F]+/g;
const MARKS = /\p{M}/gu;
/** Latin letters with no decomposition that people still type without their stroke. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
const LETTER_RE = /[ßæœøłđðþıħ]/g;
/** Everything that is not a letter or digit separates words: spaces, dashes, slashes, brackets. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
/** Already a key: lower-case Latin or Cyrillic words without marks, single spaces between them. */
const PLAIN_KEY = /^[a-z0-9\u0430-\u045F\u0491]+(?: [a-z0-9\u0430-\u045F\u0491]+)*$/;

/** The search key of a text: lower-case words joined by single spaces ("" when it has no word). */
export function searchFold(text: string): string {
  let s = text.toLowerCase();
  // Most names need nothing more; NFC would compose nothing in them either.
  if (PLAIN_KEY.test(s)) return s;
  s = s.replace(JOINERS, '').normalize('NFC');
  s = s.replace(FOREIGN_RUN, (run) => run.normalize('NFKD').replace(MARKS, '').toLowerCase());
  // Marks left over (e.g. a stress accent after a Cyrillic vowel) are not letters either.
  s = s.replace(MARKS, '').replace(LETTER_RE, (ch) => LETTERS[ch] ?? ch);
  return s.replace(SEPARATORS, ' ').trim();
}

/** The words of a search key. */
export function keyWords(key: string): string[] {
  return key ? key.split(' ') : [];
}
