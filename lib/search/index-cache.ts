/**
 * The entity search index of one database, built on first use and rebuilt when the data changed.
 *
 * "Changed" is checked on every request, for free: Dexie reports every committed write, from this
 * context or (through its broadcast channel) any other page of the extension, and a counter of
 * writes to the entity and dataset tables keys the index. Nothing else has to tell the index about
 * an import or an edit. (The lexicon's fingerprint would miss edits that keep the entity count,
 * and counting 100,000 rows costs IndexedDB about 300 ms in Chromium: too slow for every page of
 * a scrolling list.) An index is only replaced once its successor is built.
 */
import Dexie from 'dexie';
import type { DossierDb } from '../db/database';
import { EntityIndex, type IndexEntity } from './entity-index';

/**
 * From this many entities on, a rebuild takes seconds (reading every row from IndexedDB): while it
 * runs, requests wait at most STALE_WAIT_MS and are then answered from the previous index. Its
 * rows' names and summaries still come fresh from the database; only membership and order lag.
 */
const STALE_OK_SIZE = 20_000;
const STALE_WAIT_MS = 400;

export interface IndexCache {
  /** The index for the data as it is now (for a large database, possibly the one from just before the latest write). */
  get(): Promise<EntityIndex>;
}

export function createIndexCache(db: DossierDb): IndexCache {
  const writes = watchWrites(db.name, ['entityBlocks', 'datasets']);
  let current: { generation: number; index: Promise<EntityIndex> } | null = null;
  let previous: EntityIndex | null = null;

  return {
    get() {
      // Read before building: a write committed during the build makes the next request rebuild.
      const generation = writes.count;
      if (current?.generation !== generation) {
        const entry = { generation, index: buildIndex(db) };
        current = entry;
        entry.index.then(
          (index) => {
            if (current === entry) previous = index;
          },
          // A failed build is not kept: the next request tries again.
          () => {
            if (current === entry) current = null;
          },
        );
      }
      const fresh = current!.index;
      const stale = previous;
      if (!stale || stale.size < STALE_OK_SIZE) return fresh;
      const fallback = new Promise<EntityIndex>((resolve) => setTimeout(() => resolve(stale), STALE_WAIT_MS));
      return Promise.race([fresh.catch(() => stale), fallback]);
    },
  };
}

/**
 * Counts committed transactions that wrote to any of `tables` of the database `dbName`, from this
 * context or (through Dexie's broadcast) another of the extension's. Kept apart from the cache so
 * the global listener holds only a counter, never an index.
 */
function watchWrites(dbName: string, tables: readonly string[]): { count: number } {
  const counter = { count: 0 };
  const prefixes = tables.map((t) => `idb://${dbName}/${t}/`);
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) counter.count++;
  });
  return counter;
}

/** Reads every entity, in one read transaction, and indexes them. */
export async function buildIndex(db: DossierDb): Promise<EntityIndex> {
  const { entities, datasets } = await db.transaction('r', db.entityBlocks, db.datasets, async () => {
    const entities: IndexEntity[] = (await db.entityRows.toArray()).map((row) => ({
      id: row.id,
      name: row.name,
      aliases: row.aliases.map((a) => a.text),
      type: row.type,
      datasetId: row.datasetId,
    }));
    return { entities, datasets: (await db.datasets.toArray()).map(({ id, name }) => ({ id, name })) };
  });
  return new EntityIndex(entities, datasets);
}
