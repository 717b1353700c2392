/**
 * The lexicon: every name and alias of every entity, compiled once outside the page (in the
 * background) into a compact hash table that content scripts receive in one message. The page
 * side holds no key strings: a 100,000-entity lexicon is a few megabytes of typed array.
 */
import type { Alias } from '../dataset/schema';
import { ENTITY_TYPES, type EntityType } from '../dataset/entity-types';
import { bytesToBase64 } from './base64';
import { lowerSameLength } from './fold';
import { hashKey, SEED_INSENSITIVE, SEED_SENSITIVE } from './hash';
import { CASE_BIT, CASE_HINT, CONTEXT_BIT, insert, LOOK_ON, MAX_ENTITIES, tableSlots } from './table';
import { separatorKey, tokenize, tokenKey } from './tokenize';

export const LEXICON_FORMAT = 3;

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
}

export function compileLexicon(entities: readonly LexiconEntity[]): Lexicon {
  if (entities.length >= MAX_ENTITIES) throw new Error(`a lexicon holds at most ${MAX_ENTITIES - 1} entities`);
  const entries: Entry[] = [];
  const lookOn = new Set<string>();
  const caseHints = new Set<string>();
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
      entries.push({ key, seed: caseSensitive ? SEED_SENSITIVE : SEED_INSENSITIVE, value });
      const words = tokenize(key);
      maxWords = Math.max(maxWords, words.length);
      // Every shorter run of its first words, in lower case: the scanner goes on while one exists.
      const lower = caseSensitive ? lowerSameLength(key) : key;
      for (let n = 1; n < words.length; n++) lookOn.add(lower.slice(0, words[n - 1]!.end));
      if (caseSensitive) caseHints.add(lower);
    };
    add(entity.name, false, false);
    for (const alias of entity.aliases) add(alias.text, !!alias.caseSensitive, !!alias.needsContext);
  });
  for (const key of lookOn) entries.push({ key, seed: SEED_INSENSITIVE, value: LOOK_ON });
  for (const key of caseHints) entries.push({ key, seed: SEED_INSENSITIVE, value: CASE_HINT });
  const table = new Uint32Array(tableSlots(entries.length) * 2);
  for (const { key, seed, value } of entries) {
    const { h1, h2 } = hashKey(key, seed);
    insert(table, h1, h2, value);
  }
  return {
    format: LEXICON_FORMAT,
    ids: ids.join('\n'),
    types,
    table: bytesToBase64(new Uint8Array(table.buffer)),
    maxWords,
    terms: entries.length - lookOn.size - caseHints.size,
  };
}
