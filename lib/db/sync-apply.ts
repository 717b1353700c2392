/**
 * Applying a synced dataset version: what it would change (read only), and the update itself.
 * The update writes only what its plan (sync-plan.ts) says changes, and in the same transaction
 * keeps the previous version of exactly those rows, plus the ids it adds, as the dataset's backup:
 * an update of one row in 100,000 writes one row and a backup of one row.
 */
import type { Dataset } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import type { ImportSummary } from '../messages/protocol';
import type { DossierDb, RowOrigin } from './database';
import { DatasetValidationError } from './seed';
import type { RowStore } from './row-store';
import { planUpdate, type StoredRows, type TablePlan, type UpdatePlan } from './sync-plan';
import type { BackupRow } from './sync-rows';

type Owned = { id: string } & RowOrigin;

/**
 * The tables an update or rollback writes. Not the subscriptions: the options page reads those
 * for progress while a large update is written.
 */
export function datasetTables(db: DossierDb) {
  return [db.entityBlocks, db.claims, db.sources, db.datasets, db.tombstones, db.backups];
}

/** What installing `dataset` (validated) would change now, and how. Reads only. */
export async function planDatasetUpdate(db: DossierDb, dataset: Dataset, stored?: StoredRows): Promise<UpdatePlan> {
  return db.transaction('r', datasetTables(db), async () => await planUpdate(db, dataset, stored));
}

/** What installing `dataset` would change now. Reads only. */
export async function summariseUpdate(db: DossierDb, dataset: Dataset): Promise<ImportSummary> {
  return (await planDatasetUpdate(db, dataset)).summary;
}

/** Rows an update may replace: the dataset's own, not edited by the user. */
export async function replaceableRows<R extends Owned>(table: RowStore<R>, datasetId: string): Promise<R[]> {
  return (await table.byDataset(datasetId)).filter((r) => !r.userEdited);
}

/**
 * Whether the rows a plan touches are still as they were when it was made: the rows it overwrites
 * or deletes still the dataset's own and unedited, the ids it adds still free. Only those rows
 * are read, so a plan made moments earlier (in the check) need not be made again.
 */
async function stillHolds<R extends Owned>(table: RowStore<R>, datasetId: string, plan: TablePlan<R>): Promise<boolean> {
  const current = await table.bulkGet(plan.previous.map((r) => r.id));
  if (current.some((r) => !r || r.datasetId !== datasetId || r.userEdited)) return false;
  return plan.added.length === 0 || (await table.taken(plan.added)).size === 0;
}

async function write<R extends Owned>(table: RowStore<R>, plan: TablePlan<R>): Promise<void> {
  await table.bulkPut(plan.put);
  await table.bulkDelete(plan.remove);
}

/** What an update did. "unchanged": the same or a newer version was installed; nothing was written. */
export interface AppliedUpdate {
  summary: ImportSummary;
  result: { status: 'installed' | 'updated' | 'unchanged'; datasetId: string; version: string; previousVersion?: string; written: number; deleted: number };
}

/**
 * Installs a dataset version in one transaction, writing only what changes; the previous version
 * of what it overwrites, deletes and adds becomes the dataset's backup. `known` is the plan the
 * check made of this (already validated) dataset: it is used when the rows it touches are
 * unchanged since, and made afresh otherwise. Without it the dataset is validated first.
 */
export async function applyDatasetUpdate(db: DossierDb, dataset: Dataset, now: () => Date = () => new Date(), known?: UpdatePlan): Promise<AppliedUpdate> {
  if (!known) {
    const validated = validateDataset(dataset);
    if (!validated.ok) throw new DatasetValidationError(validated.errors);
  }
  return db.transaction('rw', datasetTables(db), async () => {
    const installed = await db.datasets.get(dataset.id);
    const usable =
      known !== undefined &&
      known.datasetId === dataset.id &&
      known.header.version === dataset.version &&
      known.fromVersion === installed?.version &&
      (await stillHolds(db.entityRows, dataset.id, known.entities)) &&
      (await stillHolds(db.claimRows, dataset.id, known.claims)) &&
      (await stillHolds(db.sourceRows, dataset.id, known.sources));
    const plan = usable ? known : await planUpdate(db, dataset);
    const base = { datasetId: dataset.id, version: dataset.version, ...(installed ? { previousVersion: installed.version } : {}) };
    if (!plan.writes) return { summary: plan.summary, result: { status: 'unchanged', ...base, written: 0, deleted: 0 } };
    if (installed) await db.backups.put(backupOf(plan, installed, now()));
    await write(db.entityRows, plan.entities);
    await write(db.claimRows, plan.claims);
    await write(db.sourceRows, plan.sources);
    await db.datasets.put({ ...plan.header, installedAt: now().toISOString() });
    const tables = [plan.entities, plan.claims, plan.sources];
    return {
      summary: plan.summary,
      result: {
        status: installed ? 'updated' : 'installed',
        ...base,
        written: tables.reduce((n, t) => n + t.put.length, 0),
        deleted: tables.reduce((n, t) => n + t.remove.length, 0),
      },
    };
  });
}

function backupOf(plan: UpdatePlan, installed: BackupRow['dataset'], at: Date): BackupRow {
  return {
    datasetId: plan.datasetId,
    dataset: installed,
    entities: plan.entities.previous,
    claims: plan.claims.previous,
    sources: plan.sources.previous,
    added: { entities: plan.entities.added, claims: plan.claims.added, sources: plan.sources.added },
    replacedBy: plan.header.version,
    savedAt: at.toISOString(),
  };
}
