/**
 * Importing a dataset file the user chose: check it in full and say what it would change
 * (`previewImport`), or apply it in one transaction (`applyImport`). The install itself is
 * `installDataset` (seed.ts), so an imported file follows the same rules as the bundled dataset.
 */
import { diffDataset, NO_CHANGES, type DeletedIds, type OwnedRow } from '../dataset/diff';
import type { Dataset } from '../dataset/schema';
import { parseDatasetJson, type Validated, type ValidationError } from '../dataset/validate';
import type { ImportCheck, ImportSummary } from '../messages/protocol';
import { USER_DATASET_ID, type DatasetRow, type DossierDb, type RowOrigin } from './database';
import type { RowStore } from './row-store';
import { compareVersions, installDataset } from './seed';
import { tombstonedIds, type TombstonedIds } from './tombstones';

/** Parses and validates a dataset file, and refuses the id reserved for the user's own rows. */
export function validateImport(text: string): Validated<Dataset> {
  const parsed = parseDatasetJson(text);
  if (!parsed.ok) return parsed;
  if (parsed.value.id === USER_DATASET_ID)
    return {
      ok: false,
      errors: [{ path: '$.id', message: `the id "${USER_DATASET_ID}" is reserved for entries you create yourself; give the dataset another id` }],
    };
  return parsed;
}

/**
 * An older version than the installed one is refused rather than ignored: the user chose the file
 * and should hear why nothing happens. The same version is allowed and changes nothing.
 */
function versionRefusal(dataset: Dataset, installed: DatasetRow | undefined): ValidationError | null {
  if (!installed || compareVersions(dataset.version, installed.version) >= 0) return null;
  return {
    path: '$.version',
    message: `version ${dataset.version} is older than the installed version ${installed.version} of "${installed.name}"; Dossier keeps the newer one`,
  };
}

/** The dataset's own rows plus every row, of any origin, whose id the import brings. */
async function installedRows<R extends { id: string } & RowOrigin>(table: RowStore<R>, datasetId: string, ids: string[]): Promise<OwnedRow[]> {
  const rows = new Map<string, R>();
  for (const row of await table.byDataset(datasetId)) rows.set(row.id, row);
  for (const row of await table.bulkGet(ids)) if (row) rows.set(row.id, row);
  return [...rows.values()] as unknown as OwnedRow[];
}

/** Rows the user deleted from the dataset: installDataset skips them, so they count as kept. */
function tombstones(ids: TombstonedIds): DeletedIds {
  return { entities: ids.entity, claims: ids.claim, sources: ids.source };
}

/** What installing `dataset` would change now. Reads only; call inside a transaction to be exact. */
async function summarise(db: DossierDb, dataset: Dataset, installed: DatasetRow | undefined): Promise<ImportSummary> {
  const header = {
    dataset: { id: dataset.id, name: dataset.name, version: dataset.version },
    ...(installed ? { installedVersion: installed.version } : {}),
  };
  // The same version installs nothing (installDataset leaves it as it is), so nothing changes.
  if (installed && installed.version === dataset.version) {
    return { ...header, entities: { ...NO_CHANGES }, claims: { ...NO_CHANGES }, sources: { ...NO_CHANGES } };
  }
  const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
  const diff = diffDataset(
    dataset,
    {
      entities: await installedRows(db.entityRows, dataset.id, ids(dataset.entities)),
      claims: await installedRows(db.claimRows, dataset.id, ids(dataset.claims)),
      sources: await installedRows(db.sourceRows, dataset.id, ids(dataset.sources)),
    },
    tombstones(await tombstonedIds(db, dataset.id)),
  );
  return { ...header, ...diff };
}

/** Checks a dataset file in full and says what importing it would change. Writes nothing. */
export async function previewImport(db: DossierDb, text: string): Promise<ImportCheck> {
  const validated = validateImport(text);
  if (!validated.ok) return validated;
  const dataset = validated.value;
  return db.transaction('r', db.tables, async () => {
    const installed = await db.datasets.get(dataset.id);
    const refusal = versionRefusal(dataset, installed);
    if (refusal) return { ok: false, errors: [refusal] };
    return { ok: true, summary: await summarise(db, dataset, installed) };
  });
}

export interface AppliedImport {
  check: ImportCheck;
  /** True when rows were written (a new dataset or a newer version). */
  wrote: boolean;
}

/**
 * Checks a dataset file in full again, then installs it in one transaction: the summary it answers
 * with is what this transaction changed. An invalid file, the reserved id or an older version
 * write nothing.
 */
export async function applyImport(db: DossierDb, text: string, now: () => Date = () => new Date()): Promise<AppliedImport> {
  const validated = validateImport(text);
  if (!validated.ok) return { check: validated, wrote: false };
  const dataset = validated.value;
  // Every table: installDataset opens its transaction inside this one, and a nested transaction
  // may only use tables of its parent, whichever tables the install touches.
  return db.transaction('rw', db.tables, async () => {
    const installed = await db.datasets.get(dataset.id);
    const refusal = versionRefusal(dataset, installed);
    if (refusal) return { check: { ok: false, errors: [refusal] }, wrote: false };
    const summary = await summarise(db, dataset, installed);
    const result = await installDataset(db, dataset, now);
    return { check: { ok: true, summary }, wrote: result.status !== 'unchanged' };
  });
}
