/**
 * The lexicon: every name and alias of every entity as a normalised key, compiled once outside the
 * page (in the background) and sent to content scripts as plain data.
 */
import type { Alias, EntityType } from '../dataset/schema';
import { foldPunctuation, lowerSameLength } from './fold';
import { separatorKey, tokenize } from './tokenize';

export const CASE_SENSITIVE = 1;
export const NEEDS_CONTEXT = 2;

export interface Lexicon {
  /** Entity ids and types by entity index. */
  ids: string[];
  types: EntityType[];
  /** [key, entity index, flags]: flags is a bit set of CASE_SENSITIVE and NEEDS_CONTEXT. */
  terms: [string, number, number][];
}

export interface LexiconEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly Alias[];
}

/** The key of a term: words joined by their folded separators; lower case unless case-sensitive. */
export function termKey(text: string, caseSensitive = false): string {
  const folded = foldPunctuation(text);
  const tokens = tokenize(folded);
  let key = '';
  tokens.forEach((t, i) => {
    if (i > 0) key += separatorKey(folded.slice(tokens[i - 1]!.end, t.start));
    key += t.key;
  });
  return caseSensitive ? key : lowerSameLength(key);
}

export function compileLexicon(entities: readonly LexiconEntity[]): Lexicon {
  const lexicon: Lexicon = { ids: [], types: [], terms: [] };
  for (const entity of entities) {
    const index = lexicon.ids.push(entity.id) - 1;
    lexicon.types.push(entity.type);
    const seen = new Set<string>();
    const add = (text: string, flags: number) => {
      const key = termKey(text, (flags & CASE_SENSITIVE) !== 0);
      const dedupe = `${flags}\u0000${key}`;
      if (!key || seen.has(dedupe)) return;
      seen.add(dedupe);
      lexicon.terms.push([key, index, flags]);
    };
    add(entity.name, 0);
    for (const alias of entity.aliases)
      add(alias.text, (alias.caseSensitive ? CASE_SENSITIVE : 0) | (alias.needsContext ? NEEDS_CONTEXT : 0));
  }
  return lexicon;
}
