/** Conversions between dataset objects and database rows, including the derived lookup keys. */
import type { Claim, Entity, Source } from '../dataset/schema';
import { termKey } from '../match/lexicon';
import { tokenize } from '../match/tokenize';
import type { ClaimRow, EntityRow, RowOrigin, SourceRow } from './database';

/** The search form of a text: the lexicon's term key, lower case (Latin, Cyrillic, any script). */
export function searchKey(text: string): string {
  return termKey(text);
}

/** Lookup keys of an entity: its name and every alias, as search keys, without duplicates. */
export function nameKeys(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  const keys = new Set<string>();
  for (const text of [entity.name, ...entity.aliases.map((a) => a.text)]) {
    const key = searchKey(text);
    if (key) keys.add(key);
  }
  return [...keys];
}

/**
 * Each key from every word start on ("dmytro kuleba" → "dmytro kuleba", "kuleba"), so a
 * `startsWith` on the index finds a prefix of any word, not only of the first.
 */
export function wordKeys(keys: readonly string[]): string[] {
  const out = new Set<string>();
  for (const key of keys) for (const token of tokenize(key)) out.add(key.slice(token.start));
  return [...out];
}

export function toEntityRow(entity: Entity, origin: RowOrigin): EntityRow {
  const names = nameKeys(entity);
  return { ...entity, ...origin, names, words: wordKeys(names) };
}

export function toClaimRow(claim: Claim, origin: RowOrigin): ClaimRow {
  return { ...claim, ...origin };
}

export function toSourceRow(source: Source, origin: RowOrigin): SourceRow {
  return { ...source, ...origin };
}

/** The dataset entity stored in a row, without the database's own fields. */
export function rowToEntity(row: EntityRow): Entity {
  const { datasetId: _d, userEdited: _u, names: _n, words: _w, ...entity } = row;
  return entity;
}

export function rowToSource(row: SourceRow): Source {
  const { datasetId: _d, userEdited: _u, ...source } = row;
  return source;
}
