/**
 * Dataset sync and FollowTheMoney import. The sync service (lib/sync/subscription.ts) does the
 * fetching in the background; a FtM file becomes a dataset here and then takes the path of any
 * imported file (previewImport / applyImport), so it follows the same rules.
 */
import type { DossierDb } from '../db/database';
import { applyImport, previewImport } from '../db/import';
import { compareVersions } from '../db/seed';
import type { FtmCheck } from '../messages/protocol';
import { ftmToDataset } from '../sync/ftm';
import type { SyncService } from '../sync/subscription';
import type { HandlerTable } from './handlers';

type SyncRequests =
  | 'sync.list'
  | 'sync.subscribe'
  | 'sync.check'
  | 'sync.apply'
  | 'sync.skip'
  | 'sync.rollback'
  | 'sync.unsubscribe'
  | 'sync.configure'
  | 'dataset.ftmPreview'
  | 'dataset.ftmImport';

/** The next patch version: a FtM file imported again for an installed dataset is its update. */
function bump(version: string): string {
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

export function syncHandlers(db: DossierDb, sync: SyncService, changed: () => void, now: () => Date = () => new Date()): Pick<HandlerTable, SyncRequests> {
  /** Converts a FtM file, then checks or imports the dataset it gives. */
  async function ftm(request: { text: string; id: string; name: string }, write: boolean): Promise<FtmCheck> {
    const installed = await db.datasets.get(request.id);
    const version = installed && compareVersions(installed.version, '1.0.0') >= 0 ? bump(installed.version) : '1.0.0';
    const converted = ftmToDataset(request.text, { id: request.id, name: request.name, version, publishedAt: now().toISOString() });
    if (!converted.ok) return { check: converted, skipped: 0, version };
    const text = JSON.stringify(converted.value);
    const skipped = converted.skipped.length;
    if (!write) return { check: await previewImport(db, text), skipped, version };
    const { check, wrote } = await applyImport(db, text, now);
    if (wrote) changed();
    return { check, skipped, version };
  }

  return {
    'sync.list': () => sync.list(),
    'sync.subscribe': ({ manifestUrl, trusted, intervalHours, maxBytes }) =>
      sync.subscribe({ manifestUrl, trusted, ...(intervalHours ? { intervalHours } : {}), ...(maxBytes ? { maxBytes } : {}) }),
    'sync.check': (r) => sync.check(r.datasetId),
    'sync.apply': (r) => sync.apply(r.datasetId),
    'sync.skip': (r) => sync.skip(r.datasetId),
    'sync.rollback': (r) => sync.rollback(r.datasetId),
    'sync.unsubscribe': (r) => sync.unsubscribe(r.datasetId),
    'sync.configure': ({ type: _type, datasetId, ...settings }) => sync.configure(datasetId, settings),
    'dataset.ftmPreview': (r) => ftm(r, false),
    'dataset.ftmImport': (r) => ftm(r, true),
  };
}
