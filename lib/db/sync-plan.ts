/**
 * Planning a synced dataset version: which rows it writes, which it deletes, and what those rows
 * were before (the rollback's backup). Worked out once, from one read of the dataset's own rows,
 * with one pass over each list; the summary shown to the user is read off the same plan, and the
 * apply step writes exactly this plan. Follows the install rules of seed.ts: rows the user created
 * or edited, rows of another dataset with the same id, and rows the user deleted are left alone.
 */
import { NO_CHANGES } from '../dataset/diff';
import { ClaimSchema, EntitySchema, SourceSchema, type Dataset } from '../dataset/schema';
import type { ChangeCounts, ImportSummary } from '../messages/protocol';
import type { ClaimRow, DatasetRow, DossierDb, EntityRow, RowOrigin, SourceRow } from './database';
import type { RowStore } from './row-store';
import { toClaimRow, toEntityRow, toSourceRow } from './rows';
import { compareVersions } from './seed';
import { tombstonedIds } from './tombstones';

type Owned = { id: string } & RowOrigin;

/** What a version does to one table. */
export interface TablePlan<R extends Owned> {
  /** Rows to write: new ones, and the dataset's own unedited rows whose data changed. */
  put: R[];
  /** Ids of the dataset's own unedited rows this version no longer ships. */
  remove: string[];
  /** The rows `put` overwrites and `remove` deletes, as they are now. */
  previous: R[];
  /** Ids in `put` that no row has now: a rollback deletes them. */
  added: string[];
  counts: ChangeCounts;
}

export interface UpdatePlan {
  datasetId: string;
  /** The version installed when the plan was made; the apply step insists on it. */
  fromVersion?: string;
  /** The dataset's header row, without its install time. */
  header: Omit<DatasetRow, 'installedAt'>;
  summary: ImportSummary;
  /** False when the version is not newer than the installed one: nothing is to be written. */
  writes: boolean;
  entities: TablePlan<EntityRow>;
  claims: TablePlan<ClaimRow>;
  sources: TablePlan<SourceRow>;
}

/** Only the dataset's fields are compared: the database adds its own (origin, edits). */
const ENTITY_FIELDS = Object.keys(EntitySchema.shape);
const CLAIM_FIELDS = Object.keys(ClaimSchema.shape);
const SOURCE_FIELDS = Object.keys(SourceSchema.shape);

/**
 * Deep equality of JSON-like values, as `sameValue` (diff.ts) decides it (key order and keys set
 * to undefined do not matter), without building a key set per object: this runs on every field
 * of every row of a 100,000-row update.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let defined = 0;
  for (const key in ao) {
    if (ao[key] === undefined) continue;
    defined++;
    if (!sameJson(ao[key], bo[key])) return false;
  }
  for (const key in bo) if (bo[key] !== undefined) defined--;
  return defined === 0;
}

function sameFields(fields: readonly string[], incoming: Record<string, unknown>, row: Record<string, unknown>): boolean {
  for (const f of fields) if (!sameJson(incoming[f], row[f])) return false;
  return true;
}

const emptyPlan = <R extends Owned>(): TablePlan<R> => ({ put: [], remove: [], previous: [], added: [], counts: { ...NO_CHANGES } });

/**
 * Plans one table: one read of the dataset's own rows, and for ids it does not own, a lookup of
 * just those (or one read of the table's keys when there are many, as on a first install).
 */
async function planTable<T extends { id: string }, R extends Owned>(
  table: RowStore<R>,
  stored: readonly R[] | undefined,
  datasetId: string,
  incoming: readonly T[],
  toRow: (item: T) => R,
  fields: readonly string[],
  deleted: ReadonlySet<string>,
): Promise<TablePlan<R>> {
  const plan = emptyPlan<R>();
  const own = new Map<string, R>();
  for (const row of stored ?? (await table.byDataset(datasetId))) own.set(row.id, row);
  const unknownIds = incoming.filter((r) => !own.has(r.id) && !deleted.has(r.id)).map((r) => r.id);
  const taken = await table.taken(unknownIds);
  const shipped = new Set<string>();
  for (const item of incoming) {
    // A row the user deleted stays deleted, as if this version did not ship it.
    if (deleted.has(item.id)) {
      plan.counts.kept++;
      continue;
    }
    shipped.add(item.id);
    const old = own.get(item.id);
    if (old === undefined) {
      if (taken.has(item.id)) plan.counts.kept++;
      else {
        plan.put.push(toRow(item));
        plan.added.push(item.id);
        plan.counts.added++;
      }
    } else if (old.userEdited) plan.counts.kept++;
    else if (!sameFields(fields, item as Record<string, unknown>, old as Record<string, unknown>)) {
      plan.put.push(toRow(item));
      plan.previous.push(old);
      plan.counts.changed++;
    }
  }
  for (const old of own.values()) {
    if (shipped.has(old.id)) continue;
    if (old.userEdited) plan.counts.kept++;
    else {
      plan.remove.push(old.id);
      plan.previous.push(old);
      plan.counts.removed++;
    }
  }
  return plan;
}

export function headerRow(dataset: Dataset): Omit<DatasetRow, 'installedAt'> {
  return {
    id: dataset.id,
    name: dataset.name,
    version: dataset.version,
    publishedAt: dataset.publishedAt,
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    schemaVersion: dataset.schemaVersion,
    entityCount: dataset.entities.length,
    claimCount: dataset.claims.length,
    sourceCount: dataset.sources.length,
  };
}

/**
 * Plans installing `dataset` (validated) over what is stored now, or over `stored` (the dataset's
 * own rows, read a moment earlier). Reads only; run it inside a transaction over the dataset
 * tables for a consistent view.
 */
/** A dataset's own rows as stored, read once. */
export interface StoredRows {
  entities: EntityRow[];
  claims: ClaimRow[];
  sources: SourceRow[];
}

/**
 * Reads a dataset's own rows: most of the time of planning a large update. A check starts this
 * while the new version downloads; the apply step's re-check of the rows a plan touches (see
 * applyDatasetUpdate) makes up for rows changed in between.
 */
export async function readStoredRows(db: DossierDb, datasetId: string): Promise<StoredRows> {
  return db.transaction('r', [db.entityBlocks, db.claims, db.sources], async () => ({
    entities: await db.entityRows.byDataset(datasetId),
    claims: await db.claimRows.byDataset(datasetId),
    sources: await db.sourceRows.byDataset(datasetId),
  }));
}

export async function planUpdate(db: DossierDb, dataset: Dataset, stored?: StoredRows): Promise<UpdatePlan> {
  const installed = await db.datasets.get(dataset.id);
  const base = {
    datasetId: dataset.id,
    ...(installed ? { fromVersion: installed.version } : {}),
    header: headerRow(dataset),
  };
  const head = { dataset: { id: dataset.id, name: dataset.name, version: dataset.version }, ...(installed ? { installedVersion: installed.version } : {}) };
  if (installed && compareVersions(dataset.version, installed.version) <= 0)
    return {
      ...base,
      writes: false,
      summary: { ...head, entities: { ...NO_CHANGES }, claims: { ...NO_CHANGES }, sources: { ...NO_CHANGES } },
      entities: emptyPlan(),
      claims: emptyPlan(),
      sources: emptyPlan(),
    };
  const origin: RowOrigin = { datasetId: dataset.id };
  const deleted = await tombstonedIds(db, dataset.id);
  const entities = await planTable(db.entityRows, stored?.entities, dataset.id, dataset.entities, (e) => toEntityRow(e, origin), ENTITY_FIELDS, deleted.entity);
  const claims = await planTable(db.claimRows, stored?.claims, dataset.id, dataset.claims, (c) => toClaimRow(c, origin), CLAIM_FIELDS, deleted.claim);
  const sources = await planTable(db.sourceRows, stored?.sources, dataset.id, dataset.sources, (s) => toSourceRow(s, origin), SOURCE_FIELDS, deleted.source);
  return {
    ...base,
    writes: true,
    summary: { ...head, entities: entities.counts, claims: claims.counts, sources: sources.counts },
    entities,
    claims,
    sources,
  };
}
