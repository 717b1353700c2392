/**
 * Two independent 32-bit string hashes, built up one UTF-16 code unit at a time so the scanner
 * can extend a key word by word without building strings. Together they fingerprint a key in
 * 40 bits (all of h1, 8 bits of h2): the page side keeps no key strings at all. Plain numbers,
 * no objects, because the scanner calls these for every character of the page.
 */

/** Seeds: case-insensitive and case-sensitive keys hash apart even when their text is equal. */
export const SEED_INSENSITIVE = 0x811c9dc5;
export const SEED_SENSITIVE = 0x2f8a4b13;

export const start1 = (seed: number): number => seed;
export const start2 = (seed: number): number => Math.imul(seed, 0x9e3779b1) >>> 0;

/** FNV-1a step. */
export const mix1 = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193) >>> 0;

/** Multiply–xorshift step, unrelated to FNV so the two hashes collide independently. */
export function mix2(h: number, unit: number): number {
  const x = Math.imul(h ^ unit, 0x5bd1e995);
  return (x ^ (x >>> 15)) >>> 0;
}

/** Final avalanche of h1, so nearby states spread over the whole table. */
export function finish1(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function hashKey(key: string, seed: number): { h1: number; h2: number } {
  let h1 = start1(seed);
  let h2 = start2(seed);
  for (let i = 0; i < key.length; i++) {
    const u = key.charCodeAt(i);
    h1 = mix1(h1, u);
    h2 = mix2(h2, u);
  }
  return { h1: finish1(h1), h2 };
}
