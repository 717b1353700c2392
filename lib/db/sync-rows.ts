/**
 * Rows of the dataset-sync tables (schema version 5): a subscription per synced dataset, and the
 * previous version of a dataset kept for a one-click rollback.
 */
import type { ValidationError } from '../dataset/validate';
import type { ImportSummary } from '../messages/protocol';
import type { DataFormat } from '../sync/manifest';
import type { ClaimRow, DatasetRow, EntityRow, SourceRow } from './database';

/**
 * The id of the dataset that ships inside the extension. It cannot be subscribed to: every start
 * of the extension installs it again, so unsubscribing from it would not remove it.
 */
export const BUNDLED_DATASET_ID = 'dossier-seed';

/** Why a check or an update failed; `code` picks the message the options page shows. */
export type SyncErrorCode =
  | 'network'
  | 'http'
  | 'insecure-url'
  | 'manifest-not-json'
  | 'manifest-invalid'
  | 'manifest-id'
  | 'other-origin'
  | 'schema-version'
  | 'too-large'
  | 'truncated'
  | 'size-mismatch'
  | 'hash-mismatch'
  | 'not-utf8'
  | 'data-invalid'
  | 'data-mismatch'
  | 'reserved-id'
  | 'bundled-id'
  | 'changed'
  | 'no-pending'
  | 'no-backup'
  | 'not-subscribed'
  | 'already-subscribed'
  /** The browser has no storage space left (a QuotaExceededError); nothing was written. */
  | 'storage-full'
  | 'internal';

export interface SyncProblem {
  code: SyncErrorCode;
  /** The problem in plain English, for logs and tests; the options page shows a translated text. */
  message: string;
  /** Values the translated text is built from (a status code, sizes, a version). */
  params: string[];
  /** Every problem of an invalid manifest or data file, with its path. */
  errors?: ValidationError[];
}

export type CheckResult = 'installed' | 'updated' | 'pending' | 'up-to-date' | 'failed';

/** What the last check of a subscription found. */
export interface CheckRecord {
  /** ISO date-time. */
  at: string;
  result: CheckResult;
  /** The version the publisher offered, when the manifest was read. */
  version?: string;
  problem?: SyncProblem;
}

/** A newer version found by a check, waiting for the user to apply it. */
export interface PendingUpdate {
  version: string;
  publishedAt: string;
  /** The data file, as checked; applying downloads it again and insists on the same hash. */
  url: string;
  format: DataFormat;
  sha256: string;
  size: number;
  summary: ImportSummary;
}

export interface SubscriptionRow {
  datasetId: string;
  /** The dataset's name as its manifest gives it. */
  name: string;
  manifestUrl: string;
  /** Updates are applied without asking. */
  trusted: boolean;
  /** Hours between automatic checks. */
  intervalHours: number;
  /** The largest data file accepted, in bytes. */
  maxBytes: number;
  subscribedAt: string;
  /** Validators of the manifest from the last complete check, sent back as a conditional request. */
  etag?: string;
  lastModified?: string;
  lastCheck?: CheckRecord;
  pending?: PendingUpdate;
  /** A version the user rolled back from: checks do not offer it again. */
  skippedVersion?: string;
}

/** The ids an update added, by kind: a rollback deletes them. */
export interface AddedIds {
  entities: string[];
  claims: string[];
  sources: string[];
}

/**
 * What a rollback needs to undo a dataset's last update. With `added` (every backup written
 * now), the lists hold only the rows that update overwrote or deleted, as they were; without it
 * (backups of the first sync builds), they hold all of the previous version's own unedited rows.
 */
export interface BackupRow {
  datasetId: string;
  dataset: DatasetRow;
  /** Only the dataset's own unedited rows: an update never touches the others. */
  entities: EntityRow[];
  claims: ClaimRow[];
  sources: SourceRow[];
  added?: AddedIds;
  /** The version that replaced this one, and when. */
  replacedBy: string;
  savedAt: string;
}
