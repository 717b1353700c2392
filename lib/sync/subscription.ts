/**
 * Dataset subscriptions: subscribe by manifest URL, check (by hand or on an alarm), apply a
 * pending update, roll back, unsubscribe. One operation at a time; everything the browser
 * provides (fetch, the clock, the "data changed" signal) comes in as a parameter.
 */
import { applyDatasetUpdate } from '../db/sync-apply';
import { rollbackDataset } from '../db/sync-rollback';
import type { CheckRecord, SubscriptionRow } from '../db/sync-rows';
import { removeSubscribedDataset } from '../db/sync-unsubscribe';
import type { ImportSummary } from '../messages/protocol';
import { DEFAULT_INTERVAL_HOURS, dueSubscriptions } from './alarms';
import { checkSubscription, type CheckOutcome, type CheckProgress, type KnownVersion } from './check';
import { DEFAULT_MAX_BYTES, syncUrl } from './fetch';
import { offeredVersion, SyncError, toProblem } from './subscription-errors';
import { SUBSCRIBING, type SubscribeInput, type SubscriptionSettings, type SubscriptionView, type SyncAnswer, type SyncDeps } from './subscription-types';

export { SUBSCRIBING, type SubscribeInput, type SubscriptionSettings, type SubscriptionView, type SyncAnswer, type SyncDeps } from './subscription-types';

export function createSyncService(deps: SyncDeps) {
  const { db, fetch } = deps;
  const now = deps.now ?? (() => new Date());
  const progress = new Map<string, CheckProgress>();
  /**
   * The data file of each pending update, as checked: "apply" soon after a check then reads only
   * the manifest. Memory only: a restarted worker downloads the file again.
   */
  const checked = new Map<string, KnownVersion>();
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs operations one after the other: two checks of one dataset must not interleave. */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** The list as last read: while work is in flight, it answers with that plus the progress. */
  let lastRead: SubscriptionView[] | null = null;

  async function list(): Promise<SubscriptionView[]> {
    // A large update holds the dataset tables for seconds; progress must not wait for it.
    if (progress.size > 0 && lastRead) return lastRead.map(({ progress: _old, ...row }) => withProgress(row));
    lastRead = await readList();
    return lastRead;
  }

  function withProgress(row: SubscriptionView): SubscriptionView {
    const p = progress.get(row.datasetId);
    return p ? { ...row, progress: p } : row;
  }

  async function readList(): Promise<SubscriptionView[]> {
    const rows = await db.subscriptions.toArray();
    const installed = await db.datasets.bulkGet(rows.map((r) => r.datasetId));
    const backups = await db.backups.bulkGet(rows.map((r) => r.datasetId));
    return rows.map((row, i) =>
      withProgress({
        ...row,
        ...(installed[i] ? { installedVersion: installed[i].version } : {}),
        ...(backups[i] ? { backupVersion: backups[i].dataset.version } : {}),
      }),
    );
  }

  /** The answer to an operation: the list read afresh, since the operation changed it. */
  const answer = async (applied?: ImportSummary): Promise<SyncAnswer> => {
    lastRead = await readList();
    return { ok: true, subscriptions: lastRead, ...(applied ? { applied } : {}) };
  };
  const refusal = async (error: unknown): Promise<SyncAnswer> => {
    lastRead = await readList();
    return { ok: false, subscriptions: lastRead, problem: toProblem(error) };
  };

  async function getSubscription(datasetId: string): Promise<SubscriptionRow> {
    const row = await db.subscriptions.get(datasetId);
    if (!row) throw new SyncError('not-subscribed', `there is no subscription to "${datasetId}"`, [datasetId]);
    return row;
  }

  function tracking(key: string) {
    return (p: CheckProgress) => progress.set(key, p);
  }

  function record(outcome: CheckOutcome | null, result: CheckRecord['result'], error?: unknown): CheckRecord {
    const version = outcome && outcome.kind !== 'not-modified' ? outcome.manifest.version : offeredVersion(error);
    return { at: now().toISOString(), result, ...(version ? { version } : {}), ...(error !== undefined ? { problem: toProblem(error) } : {}) };
  }

  /** Applies a ready version; the caller records it. */
  async function install(key: string, outcome: Extract<CheckOutcome, { kind: 'ready' }>): Promise<ImportSummary> {
    progress.set(key, { phase: 'apply' });
    const { summary, result } = await applyDatasetUpdate(db, outcome.dataset, now, outcome.plan);
    if (result.status !== 'unchanged') deps.changed?.();
    return summary;
  }

  async function subscribe(input: SubscribeInput): Promise<SyncAnswer> {
    try {
      const manifestUrl = syncUrl(input.manifestUrl).href;
      const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
      const existing = (await db.subscriptions.toArray()).find((s) => s.manifestUrl === manifestUrl);
      if (existing) throw new SyncError('already-subscribed', `already subscribed to ${manifestUrl}`, [existing.name]);
      const outcome = await checkSubscription({ db, fetch, onProgress: tracking(SUBSCRIBING) }, { manifestUrl, maxBytes });
      if (outcome.kind === 'not-modified') throw new SyncError('internal', 'unexpected 304 answer to an unconditional request');
      const { manifest, validators } = outcome;
      if (await db.subscriptions.get(manifest.id))
        throw new SyncError('already-subscribed', `already subscribed to dataset "${manifest.id}"`, [manifest.name]);
      // Subscribing is the user's consent to this version: it is installed at once.
      const applied = outcome.kind === 'ready' ? await install(SUBSCRIBING, outcome) : undefined;
      const installedNow = applied && applied.installedVersion === undefined;
      const row: SubscriptionRow = {
        datasetId: manifest.id,
        name: manifest.name,
        manifestUrl,
        trusted: input.trusted ?? false,
        intervalHours: input.intervalHours ?? DEFAULT_INTERVAL_HOURS,
        maxBytes,
        subscribedAt: now().toISOString(),
        ...validators,
        lastCheck: record(outcome, applied ? (installedNow ? 'installed' : 'updated') : 'up-to-date'),
      };
      await db.subscriptions.put(row);
      return await answer(applied);
    } catch (error) {
      return refusal(error);
    } finally {
      progress.delete(SUBSCRIBING);
    }
  }

  /** Checks one subscription and records what it found; applies a new version if trusted. */
  async function check(datasetId: string): Promise<SyncAnswer> {
    let sub: SubscriptionRow;
    try {
      sub = await getSubscription(datasetId);
    } catch (error) {
      return refusal(error);
    }
    let outcome: CheckOutcome | null = null;
    checked.delete(datasetId);
    try {
      outcome = await checkSubscription(
        { db, fetch, onProgress: tracking(datasetId) },
        {
          manifestUrl: sub.manifestUrl,
          datasetId,
          maxBytes: sub.maxBytes,
          validators: { ...(sub.etag ? { etag: sub.etag } : {}), ...(sub.lastModified ? { lastModified: sub.lastModified } : {}) },
          ...(sub.skippedVersion ? { skippedVersion: sub.skippedVersion } : {}),
        },
      );
      if (outcome.kind === 'not-modified') {
        await db.subscriptions.update(datasetId, { lastCheck: { ...record(null, sub.pending ? 'pending' : 'up-to-date'), ...(sub.lastCheck?.version ? { version: sub.lastCheck.version } : {}) } });
        return await answer();
      }
      const validators = { etag: outcome.validators.etag, lastModified: outcome.validators.lastModified };
      if (outcome.kind === 'up-to-date') {
        await db.subscriptions.update(datasetId, { ...validators, name: outcome.manifest.name, pending: undefined, lastCheck: record(outcome, 'up-to-date') });
        return await answer();
      }
      if (sub.trusted) {
        const applied = await install(datasetId, outcome);
        await db.subscriptions.update(datasetId, { ...validators, name: outcome.manifest.name, pending: undefined, lastCheck: record(outcome, 'updated') });
        return await answer(applied);
      }
      const { manifest } = outcome;
      checked.set(datasetId, { sha256: manifest.sha256, dataset: outcome.dataset, plan: outcome.plan });
      await db.subscriptions.update(datasetId, {
        ...validators,
        name: manifest.name,
        pending: { version: manifest.version, publishedAt: manifest.publishedAt, url: manifest.url, format: manifest.format, sha256: manifest.sha256, size: manifest.size, summary: outcome.summary },
        lastCheck: record(outcome, 'pending'),
      });
      return await answer();
    } catch (error) {
      // The validators stay as they were: the next check downloads again rather than hear "304".
      await db.subscriptions.update(datasetId, { lastCheck: record(outcome, 'failed', error) }).catch(() => undefined);
      return refusal(error);
    } finally {
      progress.delete(datasetId);
    }
  }

  /** Applies the pending update: downloads it again and insists on the hash the user saw the summary of. */
  async function apply(datasetId: string): Promise<SyncAnswer> {
    let sub: SubscriptionRow;
    try {
      sub = await getSubscription(datasetId);
      if (!sub.pending) throw new SyncError('no-pending', `no update of "${datasetId}" is waiting`, [datasetId]);
    } catch (error) {
      return refusal(error);
    }
    const pending = sub.pending;
    let outcome: CheckOutcome | null = null;
    try {
      const known = checked.get(datasetId);
      checked.delete(datasetId);
      outcome = await checkSubscription(
        { db, fetch, onProgress: tracking(datasetId) },
        { manifestUrl: sub.manifestUrl, datasetId, maxBytes: sub.maxBytes, ...(known?.sha256 === pending.sha256 ? { known } : {}) },
      );
      if (outcome.kind !== 'ready' || outcome.manifest.sha256 !== pending.sha256)
        throw new SyncError('changed', `the published version of "${datasetId}" changed since it was checked; check again`, [datasetId]);
      const applied = await install(datasetId, outcome);
      await db.subscriptions.update(datasetId, {
        etag: outcome.validators.etag,
        lastModified: outcome.validators.lastModified,
        pending: undefined,
        lastCheck: record(outcome, 'updated'),
      });
      return await answer(applied);
    } catch (error) {
      // A changed or broken file: the summary the user saw no longer holds.
      await db.subscriptions.update(datasetId, { pending: undefined, lastCheck: record(outcome, 'failed', error) }).catch(() => undefined);
      return refusal(error);
    } finally {
      progress.delete(datasetId);
    }
  }

  /** Declines the pending update: later checks wait for a newer version than this one. */
  async function skip(datasetId: string): Promise<SyncAnswer> {
    try {
      const sub = await getSubscription(datasetId);
      if (!sub.pending) throw new SyncError('no-pending', `no update of "${datasetId}" is waiting`, [datasetId]);
      checked.delete(datasetId);
      await db.subscriptions.update(datasetId, { pending: undefined, skippedVersion: sub.pending.version });
      return await answer();
    } catch (error) {
      return refusal(error);
    }
  }

  /** Restores the version the last update replaced; checks then skip the version rolled back. */
  async function rollback(datasetId: string): Promise<SyncAnswer> {
    try {
      const sub = await getSubscription(datasetId);
      const result = await rollbackDataset(db, datasetId, now);
      if (!result) throw new SyncError('no-backup', `there is no earlier version of "${datasetId}" to go back to`, [sub.name]);
      deps.changed?.();
      await db.subscriptions.update(datasetId, { pending: undefined, skippedVersion: result.replacedVersion, etag: undefined, lastModified: undefined });
      return await answer();
    } catch (error) {
      return refusal(error);
    }
  }

  async function unsubscribe(datasetId: string): Promise<SyncAnswer> {
    try {
      checked.delete(datasetId);
      const removed = await removeSubscribedDataset(db, datasetId);
      if (!removed) throw new SyncError('not-subscribed', `there is no subscription to "${datasetId}"`, [datasetId]);
      deps.changed?.();
      return await answer();
    } catch (error) {
      return refusal(error);
    }
  }

  async function configure(datasetId: string, settings: SubscriptionSettings): Promise<SyncAnswer> {
    try {
      await getSubscription(datasetId);
      await db.subscriptions.update(datasetId, settings);
      return await answer();
    } catch (error) {
      return refusal(error);
    }
  }

  /** The alarm's work: checks every subscription whose interval has passed, one after the other. */
  async function checkDue(): Promise<void> {
    for (const sub of dueSubscriptions(await db.subscriptions.toArray(), now())) await serial(() => check(sub.datasetId));
  }

  return {
    /** Every subscription, with the progress of work in flight; not queued, so it answers during a check. */
    list: async (): Promise<SyncAnswer> => {
      const subscribing = progress.get(SUBSCRIBING);
      return { ok: true, subscriptions: await list(), ...(subscribing ? { subscribing } : {}) };
    },
    subscribe: (input: SubscribeInput) => serial(() => subscribe(input)),
    check: (datasetId: string) => serial(() => check(datasetId)),
    apply: (datasetId: string) => serial(() => apply(datasetId)),
    skip: (datasetId: string) => serial(() => skip(datasetId)),
    rollback: (datasetId: string) => serial(() => rollback(datasetId)),
    unsubscribe: (datasetId: string) => serial(() => unsubscribe(datasetId)),
    configure: (datasetId: string, settings: SubscriptionSettings) => serial(() => configure(datasetId, settings)),
    checkDue,
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
