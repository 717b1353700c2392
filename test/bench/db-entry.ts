/**
 * The import benchmark's page code (`window.DossierBenchDb`): installs a dataset into the real
 * Dexie database in Chromium's IndexedDB, the way the background does, and times it. Node with
 * fake-indexeddb would not be representative, so this runs in the browser.
 */
import Dexie from 'dexie';
import { DossierDb } from '../../lib/db/database';
import * as seed from '../../lib/db/seed';

type Install = (db: DossierDb, dataset: unknown) => Promise<unknown>;

/** lib/db is another engineer's work in progress: use whichever install function it exports. */
function installer(): { name: string; install: Install } | null {
  const exports = seed as unknown as Record<string, unknown>;
  for (const name of ['installDataset', 'applyBundledSeed'])
    if (typeof exports[name] === 'function') return { name, install: exports[name] as Install };
  return null;
}

export function available(): string | null {
  return installer()?.name ?? null;
}

export interface ImportResult {
  /** JSON.parse of the dataset file. */
  parseMs: number;
  /** Opening (creating) the database. */
  openMs: number;
  /** The install call: validation, row derivation and the IndexedDB transaction. */
  installMs: number;
  totalMs: number;
  entities: number;
  result: unknown;
}

export async function importDataset(url: string, dbName: string): Promise<ImportResult> {
  const found = installer();
  if (!found) throw new Error('lib/db/seed.ts exports neither installDataset nor applyBundledSeed');
  await Dexie.delete(dbName);
  const text = await (await fetch(url, { cache: 'no-store' })).text();
  const t0 = performance.now();
  const dataset = JSON.parse(text) as { entities: unknown[] };
  const t1 = performance.now();
  const db = new DossierDb(dbName);
  await db.open();
  const t2 = performance.now();
  const result = await found.install(db, dataset);
  const t3 = performance.now();
  const entities = await db.entityRows.count();
  db.close();
  await Dexie.delete(dbName);
  return { parseMs: t1 - t0, openMs: t2 - t1, installMs: t3 - t2, totalMs: t3 - t0, entities, result };
}
