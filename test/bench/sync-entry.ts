/**
 * The sync benchmark's page code (`window.DossierBenchSync`): the steps a check and an update
 * take in the background, run one by one in a Chromium page over a real IndexedDB, so each can
 * be timed on its own (the background reports only coarse progress phases).
 */
import Dexie from 'dexie';
import { DossierDb } from '../../lib/db/database';
import { applyDatasetUpdate, planDatasetUpdate } from '../../lib/db/sync-apply';
import { rollbackDataset } from '../../lib/db/sync-rollback';
import { decodeUtf8 } from '../../lib/sync/fetch';
import { parseDatasetJsonl } from '../../lib/sync/jsonl';
import { sha256Hex } from '../../lib/sync/sha256';

const DB_NAME = 'dossier-bench-sync';

/** Downloads, hashes, parses, plans and applies one version; returns the time of each step in ms. */
export async function step(url: string, fresh: boolean): Promise<Record<string, number | string>> {
  if (fresh) await Dexie.delete(DB_NAME);
  const out: Record<string, number | string> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    out[name] = Math.round(now - t);
    t = now;
  };
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  lap('downloadMs');
  await sha256Hex(bytes);
  lap('sha256Ms');
  const text = decodeUtf8(bytes, url);
  lap('decodeMs');
  const parsed = parseDatasetJsonl(text);
  lap('parseValidateMs');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  const db = new DossierDb(DB_NAME);
  await db.open();
  t = performance.now();
  const plan = await planDatasetUpdate(db, parsed.value);
  lap('planMs');
  const applied = await applyDatasetUpdate(db, parsed.value, () => new Date(), plan);
  lap('writeMs');
  out.summary = JSON.stringify(applied.summary.entities);
  db.close();
  return out;
}

export async function rollback(datasetId: string): Promise<number> {
  const db = new DossierDb(DB_NAME);
  const t = performance.now();
  await rollbackDataset(db, datasetId);
  db.close();
  return Math.round(performance.now() - t);
}

/** Ways of reading a dataset's rows back, timed: the dataset's blocks, or every block. */
export async function reads(datasetId: string): Promise<Record<string, number>> {
  const db = new DossierDb(DB_NAME);
  await db.open();
  const out: Record<string, number> = {};
  const time = async (name: string, fn: () => Promise<unknown>) => {
    const t = performance.now();
    await db.transaction('r', db.entityBlocks, fn);
    out[name] = Math.round(performance.now() - t);
  };
  await time('byDatasetMs', () => db.entityRows.byDataset(datasetId));
  await time('tableToArrayMs', () => db.entityRows.toArray());
  await time('countMs', () => db.entityRows.count());
  db.close();
  return out;
}
