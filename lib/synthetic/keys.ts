/**
 * How the generator and its tests compare names. Deliberately independent of lib/match (whose
 * internals change): generated names contain only letters, spaces, hyphens, apostrophes and dots,
 * and for such text the matcher's case-insensitive key is the lower-cased text with space runs
 * folded, so two texts with different keys here can never be one term to the matcher.
 */

/** Lower-cased, trimmed, space runs folded. */
export function nameKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Words of a name (letters and digits of any script), lower-cased. */
export function nameWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/**
 * Words that may occur inside a name ("Ministry of Energy") and also in filler prose. No name or
 * alias starts or ends with one, so prose around a name can never extend it into a longer name.
 */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'on', 'in']);
