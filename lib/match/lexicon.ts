/**
 * The lexicon: every name and alias of every entity, compiled once outside the page (in the
 * background) into a compact hash table. The page side holds no key strings. A tab receives
 * only the part of it its words can match (subset.ts), cut from `parts`.
 */
import type { Alias } from '../dataset/schema';
import { ENTITY_TYPES, type EntityType } from '../dataset/entity-types';
import { bytesToBase64 } from './base64';
import type { WordFilter } from './word-filter';
import { lowerSameLength } from './fold';
import { hashKey, SEED_INSENSITIVE, SEED_SENSITIVE } from './hash';
import { encodeParts, type TermPart } from './parts';
import { CASE_BIT, CASE_HINT, CONTEXT_BIT, insert, LOOK_ON, MAX_ENTITIES, tableSlots } from './table';
import { separatorKey, tokenize, tokenKey } from './tokenize';
import { hashLowerWord } from './words';

/** 4: `parts` added (a cached format-3 lexicon, without them, is compiled again). */
export const LEXICON_FORMAT = 4;

export interface Lexicon {
  format: typeof LEXICON_FORMAT;
  /** Entity ids in entity-index order, joined with "\n". */
  ids: string;
  /** One character per entity: "a" + the index of its type in ENTITY_TYPES. */
  types: string;
  /** The hash table of table.ts, as base64. */
  table: string;
  /** The most words any term has. */
  maxWords: number;
  /** How many names and aliases went in. */
  terms: number;
  /**
   * Every term and hint with the words of each, indexed by word (parts.ts): what the background
   * cuts a tab's lexicon from. Only in a full lexicon, never in the cut one a tab gets.
   */
  parts?: string;
  /** Only in a cut lexicon: how many terms the full one has (0: nothing to find on any page). */
  ofTerms?: number;
  /** Only in the empty cut a page gets first: which words the full lexicon has (word-filter.ts). */
  wordFilter?: WordFilter;
}

export interface LexiconEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly Alias[];
}

/** The key of a term: words joined by their folded separators; lower case unless case-sensitive. */
export function termKey(text: string, caseSensitive = false): string {
  const tokens = tokenize(text);
  let key = '';
  tokens.forEach((t, i) => {
    if (i > 0) key += separatorKey(text, tokens[i - 1]!.end, t.start);
    key += tokenKey(text, t);
  });
  return caseSensitive ? key : lowerSameLength(key);
}

interface Entry {
  key: string;
  seed: number;
  value: number;
  /** Terms only: hashes of its words (words.ts) and the indices of the hints it needs. */
  words?: number[];
  hints?: number[];
}

export function compileLexicon(entities: readonly LexiconEntity[]): Lexicon {
  if (entities.length >= MAX_ENTITIES) throw new Error(`a lexicon holds at most ${MAX_ENTITIES - 1} entities`);
  const entries: Entry[] = [];
  // Hint key → index among the hints: LOOK_ON ones first, then CASE_HINT ones (offset at the end).
  const lookOn = new Map<string, number>();
  const caseHints = new Map<string, number>();
  const hintOf = (map: Map<string, number>, key: string) => {
    let index = map.get(key);
    if (index === undefined) map.set(key, (index = map.size));
    return index;
  };
  let maxWords = 1;
  let types = '';
  const ids: string[] = [];
  entities.forEach((entity, index) => {
    ids.push(entity.id);
    types += String.fromCharCode(97 + ENTITY_TYPES.indexOf(entity.type));
    const seen = new Set<string>();
    const add = (text: string, caseSensitive: boolean, needsContext: boolean) => {
      const key = termKey(text, caseSensitive);
      const value = index | (caseSensitive ? CASE_BIT : 0) | (needsContext ? CONTEXT_BIT : 0);
      if (!key || seen.has(`${value}:${key}`)) return;
      seen.add(`${value}:${key}`);
      const words = tokenize(key);
      maxWords = Math.max(maxWords, words.length);
      // Every shorter run of its first words, in lower case: the scanner goes on while one exists.
      const lower = caseSensitive ? lowerSameLength(key) : key;
      const hints: number[] = [];
      for (let n = 1; n < words.length; n++) hints.push(hintOf(lookOn, lower.slice(0, words[n - 1]!.end)));
      // Case hints are numbered after every LOOK_ON hint; marked until that count is known.
      if (caseSensitive) hints.push(hintOf(caseHints, lower) + CASE_HINT_MARK);
      // Keys hold no format characters, so each word of the lower-case key is its hash input.
      const hashes = words.map((w) => hashLowerWord(lower, w.start, w.end));
      entries.push({ key, seed: caseSensitive ? SEED_SENSITIVE : SEED_INSENSITIVE, value, words: hashes, hints });
    };
    add(entity.name, false, false);
    for (const alias of entity.aliases) add(alias.text, !!alias.caseSensitive, !!alias.needsContext);
  });
  const termCount = entries.length;
  for (const key of lookOn.keys()) entries.push({ key, seed: SEED_INSENSITIVE, value: LOOK_ON });
  for (const key of caseHints.keys()) entries.push({ key, seed: SEED_INSENSITIVE, value: CASE_HINT });
  const table = new Uint32Array(tableSlots(entries.length) * 2);
  const parts: TermPart[] = [];
  const hints: { h1: number; h2: number; value: number }[] = [];
  for (const { key, seed, value, words, hints: refs } of entries) {
    const { h1, h2 } = hashKey(key, seed);
    insert(table, h1, h2, value);
    if (!words) hints.push({ h1, h2, value });
    else parts.push({ h1, h2, value, words, hints: refs!.map((r) => (r >= CASE_HINT_MARK ? r - CASE_HINT_MARK + lookOn.size : r)) });
  }
  return {
    format: LEXICON_FORMAT,
    ids: ids.join('\n'),
    types,
    table: bytesToBase64(new Uint8Array(table.buffer)),
    maxWords,
    terms: termCount,
    parts: encodeParts(parts, hints),
  };
}

/** Above any LOOK_ON hint's index (there are fewer hints than terms, and far fewer than this). */
const CASE_HINT_MARK = 0x40000000;
