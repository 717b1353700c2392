/**
 * Single words as numbers, for cutting the lexicon down to a page: the page says which words it
 * has, the background keeps the terms all of whose words are among them (subset.ts). The hash is
 * the matcher's own first-word h1 (lower case, format characters dropped, seed of
 * case-insensitive keys), with one change: Greek final sigma counts as σ. `toLowerCase` writes ς
 * or σ from the letters around it, so the same word could lower differently in a key and on a
 * page; a word must hash the same wherever it stands, or its terms would be left out.
 *
 * Words are read exactly as tokenize.ts splits them (a key's words are tokenize(key)'s), without
 * building tokens or strings: this runs over every word of the page.
 */
import { charClass, charWidth, OTHER, WORD } from './chars';
import { lowerSameLength } from './fold';
import { finish1, mix1, SEED_INSENSITIVE, start1 } from './hash';

/** At most this many words in one lexicon.get; a page with more gets the whole lexicon. */
export const MAX_PAGE_WORDS = 100_000;

const FINAL_SIGMA = 0x3c2;
const SIGMA = 0x3c3;

/**
 * Word hashing that can run on across several strings: text split over text nodes of one run
 * (a drop cap, a half-linked name) is one word to the matcher. `feed` a piece, `end` at a break.
 */
export class WordHasher {
  private h = 0;
  private inWord = false;

  constructor(private readonly each: (hash: number) => void) {}

  /** True while the last piece ended inside a word (so a next piece may continue it). */
  get open(): boolean {
    return this.inWord;
  }

  /** The hash of the word open so far, as if it ended here. */
  get partial(): number {
    return finish1(this.h);
  }

  feed(text: string): void {
    // Lowered only when a character beyond ASCII turns up: most text nodes have none.
    let lower: string | null = null;
    const n = text.length;
    let h = this.h;
    let inWord = this.inWord;
    // This loop runs cold over every character of the page before the first highlight, mostly
    // in the interpreter: ASCII is classified and lowered inline, and hash.ts's mix1 (FNV-1a) is
    // written out, because a call per character costs more than the rest of the loop.
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        const l = c | 0x20;
        if ((c >= 0x30 && c <= 0x39) || (l >= 0x61 && l <= 0x7a)) {
          if (!inWord) {
            h = start1(SEED_INSENSITIVE);
            inWord = true;
          }
          h = Math.imul(h ^ (c >= 0x41 ? l : c), 0x01000193) >>> 0;
        } else if (inWord) {
          this.each(finish1(h));
          inWord = false;
        }
        i++;
        continue;
      }
      const cls = charClass(text, i);
      const width = c < 0xd800 ? 1 : charWidth(text, i);
      if (cls === WORD) {
        if (!inWord) {
          h = start1(SEED_INSENSITIVE);
          inWord = true;
        }
        for (let k = i; k < i + width; k++) {
          const u = (lower ??= lowerSameLength(text)).charCodeAt(k);
          h = mix1(h, u === FINAL_SIGMA ? SIGMA : u);
        }
      } else if (cls === OTHER && inWord) {
        this.each(finish1(h));
        inWord = false;
      }
      // A format character (soft hyphen, zero-width joiner) belongs to the word but not its key.
      i += width;
    }
    this.h = h;
    this.inWord = inWord;
  }

  /** Ends the word open, if any. */
  end(): void {
    if (this.inWord) this.each(finish1(this.h));
    this.inWord = false;
  }
}

/** Calls `each` with the hash of every word of `text`, in order. */
export function eachWord(text: string, each: (hash: number) => void): void {
  const hasher = new WordHasher(each);
  hasher.feed(text);
  hasher.end();
}

/** The hash of one word given in lower case, `lower[start, end)` (no format characters in it). */
export function hashLowerWord(lower: string, start: number, end: number): number {
  let h = start1(SEED_INSENSITIVE);
  for (let k = start; k < end; k++) {
    const u = lower.charCodeAt(k);
    h = mix1(h, u === FINAL_SIGMA ? SIGMA : u);
  }
  return finish1(h);
}

/** The hashes of the words of `text`, in order, repeats kept. */
export function wordHashes(text: string): number[] {
  const out: number[] = [];
  eachWord(text, (h) => out.push(h));
  return out;
}
