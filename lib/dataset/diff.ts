/**
 * What installing a dataset would change, worked out from plain rows before anything is written.
 * Mirrors the install rules of lib/db/seed.ts: a dataset writes only rows that are new or its own
 * and unedited; rows the user created or edited, and rows of another dataset with the same id,
 * are left alone ("kept").
 */
import type { ChangeCounts } from '../messages/protocol';
import { ClaimSchema, EntitySchema, SourceSchema, type Dataset } from './schema';

/** A stored row as the diff sees it: the dataset object plus where it came from. */
export interface OwnedRow {
  id: string;
  datasetId: string;
  userEdited?: boolean;
  [field: string]: unknown;
}

/**
 * Installed rows that matter to one import: every row of the dataset being imported, plus any row
 * (of any origin) whose id the import brings.
 */
export interface InstalledRows {
  entities: readonly OwnedRow[];
  claims: readonly OwnedRow[];
  sources: readonly OwnedRow[];
}

/**
 * Ids the user deleted from a dataset (tombstones): an update leaves them deleted, so they count
 * as kept rather than added.
 */
export interface DeletedIds {
  entities?: ReadonlySet<string>;
  claims?: ReadonlySet<string>;
  sources?: ReadonlySet<string>;
}

export interface DatasetDiff {
  entities: ChangeCounts;
  claims: ChangeCounts;
  sources: ChangeCounts;
}

export const NO_CHANGES: ChangeCounts = { added: 0, changed: 0, removed: 0, kept: 0 };

/**
 * Only the dataset fields are compared: the database adds its own (lookup keys, origin), and a
 * change to those is not a change to the data.
 */
const ENTITY_FIELDS = Object.keys(EntitySchema.shape);
const CLAIM_FIELDS = Object.keys(ClaimSchema.shape);
const SOURCE_FIELDS = Object.keys(SourceSchema.shape);

/** Deep equality of JSON-like values; object key order and keys set to undefined do not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const key of keys) if (!sameValue(ao[key], bo[key])) return false;
  return true;
}

function sameFields(fields: readonly string[], incoming: object, row: OwnedRow): boolean {
  const inc = incoming as Record<string, unknown>;
  return fields.every((f) => sameValue(inc[f], row[f]));
}

/** A row the dataset may overwrite or delete: its own, and not edited by the user. */
function isReplaceable(row: OwnedRow, datasetId: string): boolean {
  return row.datasetId === datasetId && !row.userEdited;
}

function diffTable(
  datasetId: string,
  incoming: readonly { id: string }[],
  installed: readonly OwnedRow[],
  fields: readonly string[],
  deleted: ReadonlySet<string> | undefined,
): ChangeCounts {
  const byId = new Map(installed.map((r) => [r.id, r]));
  const counts = { ...NO_CHANGES };
  const incomingIds = new Set<string>();
  for (const row of incoming) {
    // A row the user deleted stays deleted, as if this version did not ship it.
    if (deleted?.has(row.id)) {
      counts.kept++;
      continue;
    }
    incomingIds.add(row.id);
    const old = byId.get(row.id);
    if (old === undefined) counts.added++;
    else if (!isReplaceable(old, datasetId)) counts.kept++;
    else if (!sameFields(fields, row, old)) counts.changed++;
  }
  for (const old of installed) {
    if (old.datasetId !== datasetId || incomingIds.has(old.id)) continue;
    if (isReplaceable(old, datasetId)) counts.removed++;
    else counts.kept++;
  }
  return counts;
}

/**
 * Counts, per kind, the rows an install of `dataset` would add, change and remove, and those it
 * would leave alone because the user created or edited them (or another dataset owns the id).
 * Rows that stay exactly as they are count nowhere.
 */
export function diffDataset(dataset: Dataset, installed: InstalledRows, deleted: DeletedIds = {}): DatasetDiff {
  return {
    entities: diffTable(dataset.id, dataset.entities, installed.entities, ENTITY_FIELDS, deleted.entities),
    claims: diffTable(dataset.id, dataset.claims, installed.claims, CLAIM_FIELDS, deleted.claims),
    sources: diffTable(dataset.id, dataset.sources, installed.sources, SOURCE_FIELDS, deleted.sources),
  };
}
