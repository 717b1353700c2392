/**
 * Rolling a synced dataset back to the version its last update replaced, in one transaction.
 * Rows the user created, edited or deleted since stay as they are, as they would for an update.
 */
import type { DossierDb, RowOrigin } from './database';
import type { RowStore } from './row-store';
import { datasetTables, replaceableRows } from './sync-apply';
import { tombstonedIds } from './tombstones';

type Owned = { id: string } & RowOrigin;

export interface RollbackResult {
  datasetId: string;
  /** The version in place again. */
  version: string;
  /** The version that was rolled back. */
  replacedVersion: string;
}

const isReplaceable = (row: Owned, datasetId: string) => row.datasetId === datasetId && !row.userEdited;

/**
 * Undoes one table's part of an update: deletes the rows it added and puts back the rows it
 * overwrote or deleted. Reads only those ids; a row the user edited, created or deleted since
 * stays as it is.
 */
async function undoRows<R extends Owned>(table: RowStore<R>, datasetId: string, previous: readonly R[], added: readonly string[], deleted: ReadonlySet<string>): Promise<void> {
  const addedNow = await table.bulkGet([...added]);
  await table.bulkDelete(addedNow.filter((r): r is R => r !== undefined && isReplaceable(r, datasetId)).map((r) => r.id));
  const current = await table.bulkGet(previous.map((r) => r.id));
  // Absent and not deleted by the user (the update deleted it), or still the dataset's own.
  await table.bulkPut(previous.filter((r, i) => (current[i] ? isReplaceable(current[i], datasetId) : !deleted.has(r.id))));
}

/** A backup of the whole previous version (first sync builds): swaps the dataset's unedited rows for it. */
async function restoreRows<R extends Owned>(table: RowStore<R>, datasetId: string, backup: readonly R[], deleted: ReadonlySet<string>): Promise<void> {
  await table.bulkDelete((await replaceableRows(table, datasetId)).map((r) => r.id));
  const wanted = backup.filter((r) => !deleted.has(r.id));
  // What is still there with a backup row's id belongs to the user, was edited, or is another
  // dataset's: not ours to overwrite.
  const taken = await table.bulkGet(wanted.map((r) => r.id));
  await table.bulkPut(wanted.filter((_, i) => taken[i] === undefined));
}

/** Restores the dataset's backup, or returns null when it has none. The backup is used up. */
export async function rollbackDataset(db: DossierDb, datasetId: string, now: () => Date = () => new Date()): Promise<RollbackResult | null> {
  return db.transaction('rw', datasetTables(db), async () => {
    const backup = await db.backups.get(datasetId);
    if (!backup) return null;
    const current = await db.datasets.get(datasetId);
    const deleted = await tombstonedIds(db, datasetId);
    const { added } = backup;
    if (added) {
      await undoRows(db.entityRows, datasetId, backup.entities, added.entities, deleted.entity);
      await undoRows(db.claimRows, datasetId, backup.claims, added.claims, deleted.claim);
      await undoRows(db.sourceRows, datasetId, backup.sources, added.sources, deleted.source);
    } else {
      await restoreRows(db.entityRows, datasetId, backup.entities, deleted.entity);
      await restoreRows(db.claimRows, datasetId, backup.claims, deleted.claim);
      await restoreRows(db.sourceRows, datasetId, backup.sources, deleted.source);
    }
    // A fresh install time: the lexicon cache's fingerprint must not match any earlier state.
    await db.datasets.put({ ...backup.dataset, installedAt: now().toISOString() });
    await db.backups.delete(datasetId);
    return { datasetId, version: backup.dataset.version, replacedVersion: current?.version ?? backup.replacedBy };
  });
}
