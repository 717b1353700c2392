/**
 * The lexicon as an open-addressing hash table in one Uint32Array: two words a slot,
 *   [h1] [h2 fingerprint:8 | occupied:1 | needsContext:1 | caseSensitive:1 | entity:21]
 * Two entity values are hints keyed by a lower-case run of words: LOOK_ON says "a longer term
 * starts with these words" (without it the scanner stops at this word), CASE_HINT says "a
 * case-sensitive term is these words" (without it the exact-case text is never hashed).
 */

export const ENTITY_BITS = 21;
export const ENTITY_MASK = (1 << ENTITY_BITS) - 1;
export const LOOK_ON = ENTITY_MASK;
export const CASE_HINT = ENTITY_MASK - 1;
export const MAX_ENTITIES = CASE_HINT;
export const CASE_BIT = 1 << 21;
export const CONTEXT_BIT = 1 << 22;
export const OCCUPIED = 1 << 23;
const VALUE_MASK = 0x7fffff;

export function tableSlots(entries: number): number {
  return Math.max(16, Math.ceil(entries / 0.6));
}

/** Appends an entry after any with the same key, so entries keep their insertion order. */
export function insert(table: Uint32Array, h1: number, h2: number, value: number): void {
  const slots = table.length >>> 1;
  let i = h1 % slots;
  while (table[i * 2 + 1]! & OCCUPIED) i = i + 1 === slots ? 0 : i + 1;
  table[i * 2] = h1;
  table[i * 2 + 1] = ((h2 & 0xff) << 24) | OCCUPIED | value;
}

/** What the entries with this h1 say, without h2: SEEN_LOOK_ON | SEEN_CASE_HINT | SEEN_TERM. */
export const SEEN_LOOK_ON = 1;
export const SEEN_CASE_HINT = 2;
export const SEEN_TERM = 4;

/**
 * The cheap first look, by h1 alone. A hint seen through an h1 collision only costs one more
 * probe; a term is accepted only after `probe` has checked h2 as well.
 */
export function scan1(table: Uint32Array, h1: number): number {
  const slots = table.length >>> 1;
  let seen = 0;
  for (let i = h1 % slots; ; i = i + 1 === slots ? 0 : i + 1) {
    const packed = table[i * 2 + 1]!;
    if (!(packed & OCCUPIED)) return seen;
    if (table[i * 2] !== h1) continue;
    const entity = packed & ENTITY_MASK;
    seen |= entity === LOOK_ON ? SEEN_LOOK_ON : entity === CASE_HINT ? SEEN_CASE_HINT : SEEN_TERM;
  }
}

/**
 * Appends to `out` the values of the entries keyed (h1, h2) that have `caseBit` (0 or CASE_BIT)
 * set as given; `atFront` puts them before what `out` holds. Returns true when a LOOK_ON entry
 * is among them.
 */
export function probe(table: Uint32Array, h1: number, h2: number, caseBit: number, out: number[], atFront = false): boolean {
  const slots = table.length >>> 1;
  // Both sides as signed 32-bit integers, as JavaScript's bit operators return them.
  const tag = (h2 & 0xff) << 24;
  let lookOn = false;
  let front = 0;
  for (let i = h1 % slots; ; i = i + 1 === slots ? 0 : i + 1) {
    const packed = table[i * 2 + 1]!;
    if (!(packed & OCCUPIED)) return lookOn;
    if (table[i * 2] !== h1 || (packed & 0xff000000) !== tag) continue;
    const value = packed & VALUE_MASK;
    const entity = value & ENTITY_MASK;
    if (entity === LOOK_ON) lookOn = true;
    else if (entity !== CASE_HINT && (value & CASE_BIT) === caseBit) {
      if (atFront) out.splice(front++, 0, value);
      else out.push(value);
    }
  }
}
