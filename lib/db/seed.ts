/**
 * Installing and updating datasets. A dataset is validated in full before anything is written, and
 * written in one transaction, so the database holds either the old version or the new one. An
 * update replaces only the dataset's own untouched rows: rows the user created or edited survive.
 */
import type { Dataset } from '../dataset/schema';
import { validateDataset, type ValidationError } from '../dataset/validate';
import type { DatasetRow, DossierDb, RowOrigin } from './database';
import type { OwnedRow, RowStore } from './row-store';
import { toClaimRow, toEntityRow, toSourceRow } from './rows';
import { tombstonedIds } from './tombstones';

export class DatasetValidationError extends Error {
  override readonly name = 'DatasetValidationError';
  constructor(readonly errors: readonly ValidationError[]) {
    super(`invalid dataset (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  }
}

export interface InstallResult {
  /** "unchanged": the same or a newer version was already installed; nothing was written. */
  status: 'installed' | 'updated' | 'unchanged';
  datasetId: string;
  version: string;
  /** The version that was installed before, if any. */
  previousVersion?: string;
  /** Rows written and deleted. */
  written: number;
  deleted: number;
  /** Rows of the dataset left as they were because the user created or edited them. */
  kept: number;
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** Compares "major.minor.patch" versions numerically: negative if a < b, 0 if equal, positive if a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = VERSION.exec(a);
  const pb = VERSION.exec(b);
  if (!pa || !pb) throw new Error(`not a version: "${pa ? b : a}"`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  return 0;
}

interface Counts {
  written: number;
  deleted: number;
  kept: number;
}

/** A row the dataset may overwrite or delete: its own, and not edited by the user. */
function isReplaceable(row: OwnedRow, datasetId: string): boolean {
  return row.datasetId === datasetId && !row.userEdited;
}

/**
 * Writes a dataset's rows into one table and deletes its rows the new version no longer has.
 * Reads only the dataset's own rows (to honour the user's edits and find stale rows) and which of
 * the other ids it ships are taken (rows of another origin with such an id stay untouched).
 */
async function replaceRows<R extends OwnedRow>(table: RowStore<R>, datasetId: string, rows: R[], counts: Counts): Promise<void> {
  const previous = await table.byDataset(datasetId);
  const own = new Map(previous.map((r) => [r.id, r]));
  const foreign = await table.taken(rows.filter((r) => !own.has(r.id)).map((r) => r.id));
  const writable = rows.filter((r) => {
    if (foreign.has(r.id)) return false;
    const old = own.get(r.id);
    return old === undefined || isReplaceable(old, datasetId);
  });
  const incoming = new Set(rows.map((r) => r.id));
  const stale = previous.filter((r) => !incoming.has(r.id));
  const deletable = stale.filter((r) => isReplaceable(r, datasetId)).map((r) => r.id);
  await table.bulkPut(writable);
  await table.bulkDelete(deletable);
  counts.written += writable.length;
  counts.deleted += deletable.length;
  counts.kept += rows.length - writable.length + stale.length - deletable.length;
}

function datasetRow(dataset: Dataset, installedAt: Date): DatasetRow {
  return {
    id: dataset.id,
    name: dataset.name,
    version: dataset.version,
    publishedAt: dataset.publishedAt,
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    schemaVersion: dataset.schemaVersion,
    installedAt: installedAt.toISOString(),
    entityCount: dataset.entities.length,
    claimCount: dataset.claims.length,
    sourceCount: dataset.sources.length,
  };
}

/**
 * Installs a dataset, or updates it when `input.version` is newer than the installed one (same or
 * older: no-op). Throws DatasetValidationError listing every problem if the input is not a valid
 * dataset; the database is then unchanged.
 */
export async function installDataset(db: DossierDb, input: unknown, now: () => Date = () => new Date()): Promise<InstallResult> {
  const validated = validateDataset(input);
  if (!validated.ok) throw new DatasetValidationError(validated.errors);
  const dataset = validated.value;
  const origin: RowOrigin = { datasetId: dataset.id };

  return db.transaction('rw', [db.entityBlocks, db.claims, db.sources, db.datasets, db.tombstones], async () => {
    // Checked inside the transaction: two concurrent installs (onInstalled and startup) are
    // serialised by IndexedDB, and the second sees the first one's version.
    const installed = await db.datasets.get(dataset.id);
    const base = { datasetId: dataset.id, version: dataset.version, ...(installed ? { previousVersion: installed.version } : {}) };
    if (installed && compareVersions(dataset.version, installed.version) <= 0)
      return { status: 'unchanged', ...base, written: 0, deleted: 0, kept: 0 };

    const counts: Counts = { written: 0, deleted: 0, kept: 0 };
    // Rows the user deleted stay deleted: they are left out as if this version did not ship them
    // (and, being absent from the database, are not deleted either), and count as kept.
    const buried = await tombstonedIds(db, dataset.id);
    const alive = <T extends { id: string }>(rows: T[], ids: Set<string>) => {
      const out = rows.filter((r) => !ids.has(r.id));
      counts.kept += rows.length - out.length;
      return out;
    };
    await replaceRows(db.entityRows, dataset.id, alive(dataset.entities, buried.entity).map((e) => toEntityRow(e, origin)), counts);
    await replaceRows(db.claimRows, dataset.id, alive(dataset.claims, buried.claim).map((c) => toClaimRow(c, origin)), counts);
    await replaceRows(db.sourceRows, dataset.id, alive(dataset.sources, buried.source).map((s) => toSourceRow(s, origin)), counts);
    await db.datasets.put(datasetRow(dataset, now()));
    return { status: installed ? 'updated' : 'installed', ...base, ...counts };
  });
}

/** `id` and `version` of something that looks like a dataset, without validating the rest. */
function peekHeader(input: unknown): { id: string; version: string } | null {
  if (typeof input !== 'object' || input === null) return null;
  const { id, version } = input as { id?: unknown; version?: unknown };
  return typeof id === 'string' && typeof version === 'string' && VERSION.test(version) ? { id, version } : null;
}

/**
 * Applies the dataset bundled with the extension; safe to call on every start. The background's
 * service worker starts often, so when the installed version is already as new, this returns
 * before validating the (large) bundled dataset. Otherwise it is `installDataset`.
 */
export async function applyBundledSeed(db: DossierDb, seed: unknown, now: () => Date = () => new Date()): Promise<InstallResult> {
  const header = peekHeader(seed);
  if (header) {
    const installed = await db.datasets.get(header.id);
    if (installed && compareVersions(header.version, installed.version) <= 0)
      return { status: 'unchanged', datasetId: header.id, version: header.version, previousVersion: installed.version, written: 0, deleted: 0, kept: 0 };
  }
  return installDataset(db, seed, now);
}
