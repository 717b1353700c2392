/**
 * The lexicon as an open-addressing hash table in one Uint32Array: two words a slot,
 *   [h1] [h2 fingerprint:8 | occupied:1 | needsContext:1 | caseSensitive:1 | entity:21]
 * Entity LOOK_ON marks a slot keyed by a lower-case run of words that says "a longer term
 * starts with these words, or a case-sensitive term is these words": without one, the scanner
 * stops at this word and never hashes the exact-case text.
 */

export const ENTITY_BITS = 21;
export const ENTITY_MASK = (1 << ENTITY_BITS) - 1;
export const LOOK_ON = ENTITY_MASK;
export const MAX_ENTITIES = LOOK_ON;
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

/** True when some entry has this h1: the cheap first check, before h2 is worth computing. */
export function hasKey1(table: Uint32Array, h1: number): boolean {
  const slots = table.length >>> 1;
  for (let i = h1 % slots; ; i = i + 1 === slots ? 0 : i + 1) {
    if (!(table[i * 2 + 1]! & OCCUPIED)) return false;
    if (table[i * 2] === h1) return true;
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
    if ((value & ENTITY_MASK) === LOOK_ON) lookOn = true;
    else if ((value & CASE_BIT) === caseBit) {
      if (atFront) out.splice(front++, 0, value);
      else out.push(value);
    }
  }
}
