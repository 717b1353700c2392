/** A database with the fixture dataset installed, and a dump of every table for before/after comparisons. */
import { DatasetSchema, type Entity } from '../../../lib/dataset/schema';
import type { DossierDb } from '../../../lib/db/database';
import { installDataset } from '../../../lib/db/seed';
import { fixtureV1, freshDb } from '../db/fixtures';

export async function seededDb(): Promise<DossierDb> {
  const db = freshDb();
  await installDataset(db, fixtureV1(), () => new Date('2025-03-01T00:00:00Z'));
  return db;
}

/** Every row of the data tables, sorted by key (the lexicon cache is derived, so left out). */
export async function dump(db: DossierDb) {
  return {
    entities: await db.entityRows.toArray(),
    claims: await db.claims.orderBy('id').toArray(),
    sources: await db.sources.orderBy('id').toArray(),
    tombstones: await db.tombstones.toArray(),
  };
}

/** The fixture's entity `id`, parsed (defaults filled in), as the editor would send it. */
export function fixtureEntity(id: string): Entity {
  const entity = DatasetSchema.parse(fixtureV1()).entities.find((e) => e.id === id);
  if (!entity) throw new Error(`no fixture entity ${id}`);
  return structuredClone(entity);
}
