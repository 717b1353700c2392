/**
 * Tombstones: the dataset rows a user deleted. Installing or updating a dataset skips them, so a
 * deletion is not undone by the next version of the dataset. Rows the user created need none:
 * no dataset ships them. Call these inside a transaction that includes `db.tombstones`.
 */
import { USER_DATASET_ID, type DossierDb, type RowOrigin, type TombstoneKind } from './database';

/** Ids of one dataset's deleted rows, by kind. */
export type TombstonedIds = Record<TombstoneKind, Set<string>>;

/** Records that the user deleted `row`, when it came from a dataset. */
export async function buryRows(db: DossierDb, kind: TombstoneKind, rows: readonly ({ id: string } & RowOrigin)[]): Promise<void> {
  const fromDatasets = rows.filter((r) => r.datasetId !== USER_DATASET_ID);
  if (fromDatasets.length) await db.tombstones.bulkPut(fromDatasets.map((r) => ({ kind, id: r.id, datasetId: r.datasetId })));
}

/** Forgets the deletion of these rows (they were restored). */
export async function unburyRows(db: DossierDb, kind: TombstoneKind, ids: readonly string[]): Promise<void> {
  if (ids.length) await db.tombstones.bulkDelete(ids.map((id) => [kind, id] as [TombstoneKind, string]));
}

/** The rows of `datasetId` the user deleted. */
export async function tombstonedIds(db: DossierDb, datasetId: string): Promise<TombstonedIds> {
  const out: TombstonedIds = { entity: new Set(), claim: new Set(), source: new Set() };
  for (const t of await db.tombstones.where('datasetId').equals(datasetId).toArray()) out[t.kind].add(t.id);
  return out;
}
