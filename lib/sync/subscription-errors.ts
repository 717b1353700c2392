/** The one error type of dataset sync: a code the options page translates, and a plain message. */
import type { ValidationError } from '../dataset/validate';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../db/storage-full';
import type { SyncErrorCode, SyncProblem } from '../db/sync-rows';

export class SyncError extends Error {
  override readonly name = 'SyncError';
  /** The version the manifest offered, once it was read: the options page names what it refused. */
  version?: string;
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly params: string[] = [],
    readonly errors?: ValidationError[],
  ) {
    super(message);
  }

  toProblem(): SyncProblem {
    return { code: this.code, message: this.message, params: this.params, ...(this.errors ? { errors: this.errors } : {}) };
  }
}

/** The version a failed check was about, if its manifest was read. */
export function offeredVersion(error: unknown): string | undefined {
  return error instanceof SyncError ? error.version : undefined;
}

/** Any thrown value as a problem to record and show. */
export function toProblem(error: unknown): SyncProblem {
  if (error instanceof SyncError) return error.toProblem();
  // A full disk while installing an update: its own code, which the options page translates.
  if (isStorageFull(error)) return { code: 'storage-full', message: STORAGE_FULL_MESSAGE, params: [] };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message, params: [message] };
}

/** "12.3 MB" style sizes for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
