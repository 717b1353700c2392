/**
 * The pieces a lexicon's table is built from, kept so a smaller table can be built again from
 * some of them (subset.ts) without any key strings, and indexed by word. A stream of 32-bit
 * numbers:
 *
 *   [term count T] [hint count H] [word count W]
 *   words      W    distinct word hashes, ascending
 *   postStart  W+1, postings T: the terms under each word; a term is listed under its rarest
 *                   word only (it needs all of them, so any one finds it; the rarest is checked least)
 *   termAt     T    where each term's record starts
 *   per term, in compile order:  [h1] [tag] [word count | hint count << 16] [word…] [hint index…]
 *   per hint, LOOK_ON ones then CASE_HINT ones:  [h1] [tag]
 *
 * where tag = h2 fingerprint:8 | value:23, as the table stores it (table.ts `insert` uses no more
 * of h2), and hint indices count from the first hint.
 *
 * Stored as a string of three characters per number, 11 bits each above U+0800 (no surrogates, no
 * control characters: safe in JSON, IndexedDB and UTF-8), and read in place with charCodeAt.
 * Nothing is decoded when the service worker wakes, which it does within a minute of going idle:
 * turning 100,000 entities' parts from base64 into an array took a few hundred milliseconds.
 */

export interface TermPart {
  h1: number;
  h2: number;
  value: number;
  words: readonly number[];
  hints: readonly number[];
}

export interface HintPart {
  h1: number;
  h2: number;
  value: number;
}

const BASE = 0x800;
const tag = (h2: number, value: number) => (((h2 & 0xff) << 24) | value) >>> 0;

export function encodeParts(terms: readonly TermPart[], hints: readonly HintPart[]): string {
  const count = new Map<number, number>();
  for (const t of terms) for (const w of t.words) count.set(w, (count.get(w) ?? 0) + 1);
  const words = Uint32Array.from(count.keys()).sort();
  const wordIndex = new Map<number, number>();
  words.forEach((w, i) => wordIndex.set(w, i));
  const rarest = terms.map((t) => t.words.reduce((best, w) => (count.get(w)! < count.get(best)! ? w : best), t.words[0]!));
  const postStart = new Uint32Array(words.length + 1);
  for (const w of rarest) postStart[wordIndex.get(w)! + 1]!++;
  for (let i = 0; i < words.length; i++) postStart[i + 1]! += postStart[i]!;

  const T = terms.length;
  const W = words.length;
  const postingsAt = 3 + W + W + 1;
  const termAtAt = postingsAt + T;
  const head = termAtAt + T;
  let length = head + hints.length * 2;
  for (const t of terms) length += 3 + t.words.length + t.hints.length;
  const out = new Uint32Array(length);
  out.set([T, hints.length, W]);
  out.set(words, 3);
  out.set(postStart, 3 + W);
  const fill = postStart.slice(0, W);
  let i = head;
  terms.forEach((t, index) => {
    out[postingsAt + fill[wordIndex.get(rarest[index]!)!]!++] = index;
    out[termAtAt + index] = i;
    out[i++] = t.h1;
    out[i++] = tag(t.h2, t.value);
    out[i++] = t.words.length | (t.hints.length << 16);
    for (const w of t.words) out[i++] = w;
    for (const h of t.hints) out[i++] = h;
  });
  for (const h of hints) {
    out[i++] = h.h1;
    out[i++] = tag(h.h2, h.value);
  }
  return toText(out);
}

function toText(numbers: Uint32Array): string {
  const units = new Uint16Array(numbers.length * 3);
  numbers.forEach((v, i) => {
    units[i * 3] = BASE + (v & 0x7ff);
    units[i * 3 + 1] = BASE + ((v >>> 11) & 0x7ff);
    units[i * 3 + 2] = BASE + (v >>> 22);
  });
  const chunks: string[] = [];
  for (let c = 0; c < units.length; c += 0x8000) chunks.push(String.fromCharCode.apply(null, units.subarray(c, c + 0x8000) as unknown as number[]));
  return chunks.join('');
}

/** The parts of a lexicon, read in place. */
export class Parts {
  readonly termCount: number;
  readonly hintCount: number;
  private readonly wordCount: number;
  private readonly postStartAt: number;
  private readonly postingsAt: number;
  private readonly termAtAt: number;
  /** Where the first hint's record starts. */
  readonly hintsAt: number;

  constructor(private readonly text: string) {
    this.termCount = this.at(0);
    this.hintCount = this.at(1);
    this.wordCount = this.at(2);
    this.postStartAt = 3 + this.wordCount;
    this.postingsAt = this.postStartAt + this.wordCount + 1;
    this.termAtAt = this.postingsAt + this.termCount;
    this.hintsAt = this.text.length / 3 - this.hintCount * 2;
  }

  /** The number at position `i` of the stream. */
  at(i: number): number {
    const s = this.text;
    const k = i * 3;
    return ((s.charCodeAt(k) - BASE) | ((s.charCodeAt(k + 1) - BASE) << 11) | ((s.charCodeAt(k + 2) - BASE) << 22)) >>> 0;
  }

  /** Every distinct word of every term, as hashes. */
  *words(): Generator<number> {
    for (let i = 0; i < this.wordCount; i++) yield this.at(3 + i);
  }

  get distinctWords(): number {
    return this.wordCount;
  }

  /** The terms listed under a word hash (see above), as [from, to) into `posting`; empty when unknown. */
  postingsOf(word: number): [number, number] {
    let lo = 0;
    let hi = this.wordCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const w = this.at(3 + mid);
      if (w === word) return [this.at(this.postStartAt + mid), this.at(this.postStartAt + mid + 1)];
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return [0, 0];
  }

  posting(p: number): number {
    return this.at(this.postingsAt + p);
  }

  /** Where term `t`'s record starts. */
  termAt(t: number): number {
    return this.at(this.termAtAt + t);
  }
}
