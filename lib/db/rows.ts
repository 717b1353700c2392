/** Conversions between dataset objects and database rows. */
import type { Claim, Entity, Source } from '../dataset/schema';
import type { ClaimRow, EntityRow, RowOrigin, SourceRow } from './database';

export function toEntityRow(entity: Entity, origin: RowOrigin): EntityRow {
  return { ...entity, ...origin };
}

export function toClaimRow(claim: Claim, origin: RowOrigin): ClaimRow {
  return { ...claim, ...origin };
}

export function toSourceRow(source: Source, origin: RowOrigin): SourceRow {
  return { ...source, ...origin };
}

/** The dataset entity stored in a row, without the database's own fields. */
export function rowToEntity(row: EntityRow): Entity {
  // Rows from before schema version 6 carried derived `names` and `words`; its upgrade removed
  // them, and should such a row come back (from a backup, say) they still stay out of the entity.
  const { datasetId: _d, userEdited: _u, names: _n, words: _w, ...entity } = row as EntityRow & { names?: unknown; words?: unknown };
  return entity;
}

export function rowToSource(row: SourceRow): Source {
  const { datasetId: _d, userEdited: _u, ...source } = row;
  return source;
}
