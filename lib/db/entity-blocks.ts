/**
 * Entities stored in blocks: every entity row lives in one of ENTITY_BUCKETS block records,
 * chosen by a hash of its id. IndexedDB's cost is per record (in Chromium about 150 µs per put
 * however small the row): 100,000 entities written one record each took 16 s, the same rows in 256
 * blocks under one second (schema version 7). A lookup by id reads one block of a few hundred rows.
 *
 * The store answers the RowStore interface (row-store.ts), so the dataset code does not know about
 * blocks. A block holds its rows sorted by id, its row count (indexed: `count()` reads index keys
 * only) and the ids of the datasets its rows come from (indexed: `byDataset` reads only the
 * blocks holding that dataset).
 */
import Dexie, { type Table } from 'dexie';
import type { EntityRow } from './database';
import type { RowStore } from './row-store';

/**
 * How many blocks. Part of the stored format: changing it (or bucketOf) moves every row, so it
 * needs a schema version with an upgrade that rewrites the blocks.
 */
export const ENTITY_BUCKETS = 256;

export interface EntityBlockRow {
  bucket: number;
  count: number;
  datasets: string[];
  rows: EntityRow[];
}

/** The block of an id: FNV-1a over its UTF-16 code units, modulo ENTITY_BUCKETS. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % ENTITY_BUCKETS;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A block record of `rows` (any order; ids unique). */
export function entityBlock(bucket: number, rows: Iterable<EntityRow>): EntityBlockRow {
  const sorted = [...rows].sort(byId);
  return { bucket, count: sorted.length, datasets: [...new Set(sorted.map((r) => r.datasetId))].sort(), rows: sorted };
}

/** Groups items by the block of their id. */
function groupByBucket<T>(items: readonly T[], idOf: (item: T) => string): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const bucket = bucketOf(idOf(item));
    const group = groups.get(bucket);
    if (group) group.push(item);
    else groups.set(bucket, [item]);
  }
  return groups;
}

/** Every row of `rows` as block records (for a migration or a first fill). */
export function toEntityBlocks(rows: readonly EntityRow[]): EntityBlockRow[] {
  return [...groupByBucket(rows, (r) => r.id)].map(([bucket, group]) => entityBlock(bucket, group));
}

export class EntityStore implements RowStore<EntityRow> {
  /** `blocks` is read on each call: Dexie sets up its tables after this store is made. */
  constructor(private readonly blocks: () => Table<EntityBlockRow, number>) {}

  async get(id: string): Promise<EntityRow | undefined> {
    const block = await this.blocks().get(bucketOf(id));
    return block?.rows.find((r) => r.id === id);
  }

  async bulkGet(ids: readonly string[]): Promise<(EntityRow | undefined)[]> {
    if (!ids.length) return [];
    const wanted = new Set(ids);
    const found = new Map<string, EntityRow>();
    const blocks = await this.blocks().bulkGet([...new Set(ids.map(bucketOf))]);
    for (const block of blocks) for (const row of block?.rows ?? []) if (wanted.has(row.id)) found.set(row.id, row);
    return ids.map((id) => found.get(id));
  }

  async put(row: EntityRow): Promise<void> {
    await this.bulkPut([row]);
  }

  async bulkPut(rows: readonly EntityRow[]): Promise<void> {
    const groups = groupByBucket(rows, (r) => r.id);
    await this.rewrite([...groups.keys()], (bucket, current) => {
      for (const row of groups.get(bucket)!) current.set(row.id, row);
    });
  }

  /** Changes some fields of a row; returns 0 when there is no row with this id, as Dexie's update does. */
  async update(id: string, changes: Partial<EntityRow>): Promise<number> {
    let updated = 0;
    await this.rewrite([bucketOf(id)], (_bucket, rows) => {
      const row = rows.get(id);
      if (!row) return;
      rows.set(id, { ...row, ...changes, id });
      updated = 1;
    });
    return updated;
  }

  async delete(id: string): Promise<void> {
    await this.bulkDelete([id]);
  }

  async bulkDelete(ids: readonly string[]): Promise<void> {
    const groups = groupByBucket(ids, (id) => id);
    await this.rewrite([...groups.keys()], (bucket, current) => {
      for (const id of groups.get(bucket)!) current.delete(id);
    });
  }

  async count(): Promise<number> {
    const counts = (await this.blocks().orderBy('count').keys()) as number[];
    return counts.reduce((a, b) => a + b, 0);
  }

  async toArray(): Promise<EntityRow[]> {
    return (await this.blocks().toArray()).flatMap((b) => b.rows).sort(byId);
  }

  async byDataset(datasetId: string): Promise<EntityRow[]> {
    const blocks = await this.blocks().where('datasets').equals(datasetId).toArray();
    return blocks.flatMap((b) => b.rows.filter((r) => r.datasetId === datasetId)).sort(byId);
  }

  async ids(): Promise<string[]> {
    return (await this.toArray()).map((r) => r.id);
  }

  /** One read of the blocks the ids fall in (all of them, for a whole dataset's ids). */
  async taken(ids: readonly string[]): Promise<Set<string>> {
    return new Set((await this.bulkGet(ids)).flatMap((r) => (r ? [r.id] : [])));
  }

  /** Reads the blocks, lets `change` edit each one's rows by id, writes back what changed shape. */
  private async rewrite(buckets: number[], change: (bucket: number, rows: Map<string, EntityRow>) => void): Promise<void> {
    if (!buckets.length) return;
    const table = this.blocks();
    // Inside a transaction (the usual case) the read and the write are part of it; outside one,
    // they still go together.
    const body = async () => {
      const current = await table.bulkGet(buckets);
      const puts: EntityBlockRow[] = [];
      const empties: number[] = [];
      buckets.forEach((bucket, i) => {
        const rows = new Map((current[i]?.rows ?? []).map((r) => [r.id, r]));
        change(bucket, rows);
        if (rows.size) puts.push(entityBlock(bucket, rows.values()));
        else if (current[i]) empties.push(bucket);
      });
      if (puts.length) await table.bulkPut(puts);
      if (empties.length) await table.bulkDelete(empties);
    };
    await (Dexie.currentTransaction ? body() : table.db.transaction('rw', table, body));
  }
}
