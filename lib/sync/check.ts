/**
 * Checking a subscription: read the manifest (conditionally), download the data file, and check
 * it in full (size, SHA-256, encoding, schema, integrity, id, version) BEFORE anything is written.
 * Nothing here writes to the database; the caller applies a "ready" result (see subscription.ts).
 */
import { SCHEMA_VERSION, type Dataset } from '../dataset/schema';
import { toValidationErrors } from '../dataset/validate';
import { USER_DATASET_ID, type DossierDb } from '../db/database';
import { compareVersions } from '../db/seed';
import { planDatasetUpdate } from '../db/sync-apply';
import { BUNDLED_DATASET_ID } from '../db/sync-rows';
import { readStoredRows, type UpdatePlan } from '../db/sync-plan';
import type { ImportSummary } from '../messages/protocol';
import { decodeUtf8, fetchDataFile, fetchManifest, syncUrl, type Fetch, type Validators } from './fetch';
import { parseDatasetText } from './jsonl';
import { ManifestSchema, type Manifest } from './manifest';
import { sha256Hex } from './sha256';
import { formatBytes, SyncError } from './subscription-errors';

/** Where the work of a check is, for the options page's progress line. */
export type CheckPhase = 'manifest' | 'download' | 'verify' | 'apply';
export interface CheckProgress {
  phase: CheckPhase;
  received?: number;
  total?: number;
}

export interface CheckTarget {
  manifestUrl: string;
  /** The subscription's dataset; a manifest for another id is refused. Absent when subscribing. */
  datasetId?: string;
  maxBytes: number;
  /** Sent as If-None-Match / If-Modified-Since; omit for an unconditional check. */
  validators?: Validators;
  /** A version the user rolled back from: not offered again. */
  skippedVersion?: string;
  /**
   * A data file this worker checked earlier (a pending update's): when the manifest still names
   * its hash, it is not downloaded and parsed again.
   */
  known?: KnownVersion;
}

/** A checked data file kept in memory between a check and the user's "apply". */
export interface KnownVersion {
  sha256: string;
  dataset: Dataset;
  plan: UpdatePlan;
}

export interface CheckDeps {
  db: DossierDb;
  fetch: Fetch;
  onProgress?: (progress: CheckProgress) => void;
}

export type CheckOutcome =
  /** 304: the manifest has not changed since the last check. */
  | { kind: 'not-modified' }
  /** The offered version is installed already, older, or the one the user rolled back from. */
  | { kind: 'up-to-date'; manifest: Manifest; validators: Validators }
  /** A newer version, downloaded and valid: ready to apply, with the plan of what it changes. */
  | { kind: 'ready'; manifest: Manifest; validators: Validators; dataset: Dataset; summary: ImportSummary; plan: UpdatePlan };

/** Parses and checks a manifest's text. */
export function parseManifest(text: string, url: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    throw new SyncError('manifest-not-json', `the manifest at ${url} is not JSON: ${(e as Error).message}`, [url]);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const errors = toValidationErrors(parsed.error);
    throw new SyncError('manifest-invalid', `the manifest at ${url} is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, [url], errors);
  }
  return parsed.data;
}

/** The checks on a manifest that need no download. */
function checkManifest(manifest: Manifest, target: CheckTarget): void {
  if (target.datasetId !== undefined && manifest.id !== target.datasetId)
    throw new SyncError('manifest-id', `the manifest is for dataset "${manifest.id}", not "${target.datasetId}"`, [manifest.id, target.datasetId]);
  if (manifest.id === USER_DATASET_ID)
    throw new SyncError('reserved-id', `the id "${USER_DATASET_ID}" is reserved for entries you create yourself`, [USER_DATASET_ID]);
  if (manifest.id === BUNDLED_DATASET_ID)
    throw new SyncError('bundled-id', `the dataset "${manifest.id}" ships with Dossier and is updated with the extension; it cannot be subscribed to`, [manifest.name]);
  if (manifest.schemaVersion > SCHEMA_VERSION)
    throw new SyncError(
      'schema-version',
      `the dataset uses schemaVersion ${manifest.schemaVersion}, newer than this version of Dossier understands (${SCHEMA_VERSION}); update the extension`,
      [String(manifest.schemaVersion), String(SCHEMA_VERSION)],
    );
  if (manifest.size > target.maxBytes)
    throw new SyncError('too-large', `the data file is ${formatBytes(manifest.size)}, over the limit of ${formatBytes(target.maxBytes)}`, [
      formatBytes(manifest.size),
      formatBytes(target.maxBytes),
    ]);
}

/** The data file's URL: relative to the manifest, and on the manifest's origin (the only one permitted). */
export function dataFileUrl(manifest: Manifest, manifestUrl: string): string {
  const url = syncUrl(manifest.url, manifestUrl);
  const origin = new URL(manifestUrl).origin;
  if (url.origin !== origin)
    throw new SyncError('other-origin', `the data file ${url.href} is not on ${origin}, the only site Dossier may reach for this subscription`, [url.href, origin]);
  return url.href;
}

/** Downloads and checks a data file against its manifest; returns the valid dataset. */
export async function downloadDataset(deps: CheckDeps, manifest: Manifest, manifestUrl: string, maxBytes: number): Promise<Dataset> {
  const url = dataFileUrl(manifest, manifestUrl);
  deps.onProgress?.({ phase: 'download', received: 0, total: manifest.size });
  const bytes = await fetchDataFile(deps.fetch, url, { size: manifest.size, maxBytes }, (received, total) =>
    deps.onProgress?.({ phase: 'download', received, total }),
  );
  deps.onProgress?.({ phase: 'verify' });
  const hash = await sha256Hex(bytes);
  if (hash !== manifest.sha256)
    throw new SyncError('hash-mismatch', `the SHA-256 of ${url} is ${hash}, not ${manifest.sha256} as its manifest states`, [hash, manifest.sha256]);
  const parsed = parseDatasetText(decodeUtf8(bytes, url), manifest.format);
  if (!parsed.ok)
    throw new SyncError(
      'data-invalid',
      `the data file ${url} is not a valid dataset (${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'}): ${parsed.errors
        .slice(0, 5)
        .map((e) => `${e.path} ${e.message}`)
        .join('; ')}`,
      [String(parsed.errors.length)],
      parsed.errors,
    );
  const dataset = parsed.value;
  for (const field of ['id', 'version', 'schemaVersion'] as const)
    if (dataset[field] !== manifest[field])
      throw new SyncError('data-mismatch', `the data file's ${field} is "${dataset[field]}", but its manifest says "${manifest[field]}"`, [
        field,
        String(dataset[field]),
        String(manifest[field]),
      ]);
  return dataset;
}

/**
 * Checks a subscription. Throws SyncError with a code and a plain message for every problem; the
 * database is only read.
 */
export async function checkSubscription(deps: CheckDeps, target: CheckTarget): Promise<CheckOutcome> {
  const manifestUrl = syncUrl(target.manifestUrl).href;
  deps.onProgress?.({ phase: 'manifest' });
  const response = await fetchManifest(deps.fetch, manifestUrl, target.validators);
  if (response.status === 'not-modified') return { kind: 'not-modified' };
  const manifest = parseManifest(response.text, manifestUrl);
  checkManifest(manifest, target);
  const validators = response.validators;

  const installed = await deps.db.datasets.get(manifest.id);
  if (installed && compareVersions(manifest.version, installed.version) <= 0) return { kind: 'up-to-date', manifest, validators };
  if (manifest.version === target.skippedVersion) return { kind: 'up-to-date', manifest, validators };

  try {
    const known = target.known?.sha256 === manifest.sha256 && target.known.dataset.version === manifest.version ? target.known : undefined;
    // A file kept from the check still has to be on the manifest's site, as a download would.
    if (known) dataFileUrl(manifest, manifestUrl);
    // The installed rows are read while the new version downloads (reading 100,000 rows back
    // takes seconds); the apply step checks that the rows a plan touches are still as they were.
    const stored = known ? null : readStoredRows(deps.db, manifest.id);
    stored?.catch(() => undefined);
    const dataset = known?.dataset ?? (await downloadDataset(deps, manifest, manifestUrl, target.maxBytes));
    const plan = known?.plan ?? (await planDatasetUpdate(deps.db, dataset, (await stored) ?? undefined));
    return { kind: 'ready', manifest, validators, dataset, summary: plan.summary, plan };
  } catch (error) {
    if (error instanceof SyncError) error.version = manifest.version;
    throw error;
  }
}
