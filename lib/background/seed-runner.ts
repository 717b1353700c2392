/**
 * Applies the bundled dataset at every background start and on install/update, one run after the
 * other, and tells callers when the database is ready to be read.
 */
import type { DossierDb } from '../db/database';
import { applyBundledSeed, type InstallResult } from '../db/seed';

export interface SeedRunnerOptions {
  /** Called after a run installed or updated the dataset (e.g. to drop the cached lexicon). */
  onChanged?(result: InstallResult): void;
  /** Called when a run fails; the database keeps what it had, and requests are still answered from it. */
  onError?(error: unknown): void;
}

export interface SeedRunner {
  /** Queues one application of the seed after any previous one; resolves when it is done. Never rejects. */
  run(): Promise<void>;
  /** Resolves when every run queued so far is done. */
  ready(): Promise<void>;
}

export function createSeedRunner(db: DossierDb, seed: unknown, options: SeedRunnerOptions = {}): SeedRunner {
  let last: Promise<void> = Promise.resolve();
  const once = async () => {
    try {
      const result = await applyBundledSeed(db, seed);
      if (result.status !== 'unchanged') options.onChanged?.(result);
    } catch (error) {
      options.onError?.(error);
    }
  };
  return {
    run() {
      last = last.then(once);
      return last;
    },
    ready: () => last,
  };
}
