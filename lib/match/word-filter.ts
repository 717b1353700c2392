/**
 * Which words a large lexicon has at all, as a Bloom filter sent to a tab once (with the empty
 * cut, subset.ts answerLexicon). A page asks for a word's terms only when the filter says the
 * lexicon may have it: numbers, dates and most of a page's words are known absent at once. Without
 * it, text that never settles (a ticker with a new number in every update) asked for more words
 * with every change, and each request carried every word so far.
 *
 * Words are already well-mixed 32-bit hashes (words.ts), so the K probes come from the word and
 * one more mix of it (double hashing). About 10 bits a word: about 1% of absent words pass.
 */
import { base64ToBytes, bytesToBase64 } from './base64';

export interface WordFilter {
  /** The filter's bits, as base64. */
  bits: string;
  /** Number of probes per word. */
  k: number;
}

const BITS_PER_WORD = 10;
const K = 7;

const second = (word: number) => (Math.imul(word ^ (word >>> 15), 0x2c1b3c6d) | 1) >>> 0;

/** A filter holding `words` (word hashes). */
export function buildWordFilter(words: Iterable<number>, count: number): WordFilter {
  const size = Math.max(64, Math.ceil((count * BITS_PER_WORD) / 8) * 8);
  const bits = new Uint8Array(size / 8);
  for (const word of words) {
    const step = second(word);
    for (let i = 0, at = word; i < K; i++, at = (at + step) >>> 0) {
      const bit = at % size;
      bits[bit >>> 3]! |= 1 << (bit & 7);
    }
  }
  return { bits: bytesToBase64(bits), k: K };
}

/** A filter, decoded once: `mayHave` is false only for words the lexicon does not have. */
export class WordFilterReader {
  private readonly bits: Uint8Array;
  private readonly size: number;
  private readonly k: number;

  constructor(filter: WordFilter) {
    this.bits = base64ToBytes(filter.bits);
    this.size = this.bits.length * 8;
    this.k = filter.k;
  }

  mayHave(word: number): boolean {
    const step = second(word);
    for (let i = 0, at = word; i < this.k; i++, at = (at + step) >>> 0) {
      const bit = at % this.size;
      if (!(this.bits[bit >>> 3]! & (1 << (bit & 7)))) return false;
    }
    return true;
  }
}
