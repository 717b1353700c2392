/**
 * Removing a subscribed dataset, in one transaction: its rows, its header, its backup, its
 * tombstones and the subscription. Rows the user edited become the user's own, so an override
 * outlives the dataset it overrode; the user's own rows and snippets are never touched.
 */
import { USER_DATASET_ID, type DossierDb, type RowOrigin } from './database';
import type { RowStore } from './row-store';

type Owned = { id: string } & RowOrigin;

export interface RemovedDataset {
  datasetId: string;
  /** Rows deleted, all kinds together. */
  removed: number;
  /** Rows the user had edited, kept as their own. */
  kept: number;
}

async function removeRows<R extends Owned>(table: RowStore<R>, datasetId: string, counts: { removed: number; kept: number }): Promise<void> {
  const rows = await table.byDataset(datasetId);
  const edited = rows.filter((r) => r.userEdited);
  const plain = rows.filter((r) => !r.userEdited);
  await table.bulkDelete(plain.map((r) => r.id));
  await table.bulkPut(
    edited.map((r) => {
      const { userEdited: _edited, ...rest } = r;
      return { ...rest, datasetId: USER_DATASET_ID } as R;
    }),
  );
  counts.removed += plain.length;
  counts.kept += edited.length;
}

/** Unsubscribes and removes the dataset's rows. Returns null when nothing of it was there. */
export async function removeSubscribedDataset(db: DossierDb, datasetId: string): Promise<RemovedDataset | null> {
  return db.transaction('rw', db.tables, async () => {
    const subscription = await db.subscriptions.get(datasetId);
    const dataset = await db.datasets.get(datasetId);
    if (!subscription && !dataset) return null;
    const counts = { removed: 0, kept: 0 };
    await removeRows(db.entityRows, datasetId, counts);
    await removeRows(db.claimRows, datasetId, counts);
    await removeRows(db.sourceRows, datasetId, counts);
    await db.tombstones.where('datasetId').equals(datasetId).delete();
    await db.datasets.delete(datasetId);
    await db.backups.delete(datasetId);
    await db.subscriptions.delete(datasetId);
    return { datasetId, ...counts };
  });
}
