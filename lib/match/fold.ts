/** Case folding shared by the lexicon compiler and the page scanner: offsets stay offsets. */

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
