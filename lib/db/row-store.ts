/**
 * The row operations the dataset code needs, over any table of `{ id, datasetId }` rows: a Dexie
 * table of one row per record (claims, sources) or the entity block store (entity-blocks.ts).
 * Install, sync, rollback and unsubscribe are written once against this interface.
 *
 * Call these inside a transaction that covers the underlying table. Writes must be awaited one
 * after another: a block store's write reads and rewrites whole blocks.
 */
import type { Table } from 'dexie';
import type { RowOrigin } from './database';

export type OwnedRow = { id: string } & RowOrigin;

export interface RowStore<R extends OwnedRow> {
  get(id: string): Promise<R | undefined>;
  /** Rows in the order of `ids`; undefined where there is none. */
  bulkGet(ids: readonly string[]): Promise<(R | undefined)[]>;
  put(row: R): Promise<void>;
  /** Writes all rows; pass everything at once rather than in slices (one pass over the blocks). */
  bulkPut(rows: readonly R[]): Promise<void>;
  delete(id: string): Promise<void>;
  bulkDelete(ids: readonly string[]): Promise<void>;
  count(): Promise<number>;
  /** Every row, by id. */
  toArray(): Promise<R[]>;
  /** The rows installed from dataset `datasetId` (or the user's own, for USER_DATASET_ID). */
  byDataset(datasetId: string): Promise<R[]>;
  /** Every id, in order. */
  ids(): Promise<string[]>;
  /** Which of `ids` some row has now, whatever its origin. */
  taken(ids: readonly string[]): Promise<Set<string>>;
}

/** Past this many ids, one read of a table's keys beats looking the ids up one by one. */
const LOOKUP_LIMIT = 2_000;

/** Rows per bulkPut: bounds the memory of pending requests; Dexie chains the chunks in one transaction. */
const CHUNK = 10_000;

/** A RowStore over a Dexie table keyed by `id` with a `datasetId` index. */
export function tableRows<R extends OwnedRow>(table: Table<R, string>): RowStore<R> {
  return {
    get: (id) => table.get(id),
    bulkGet: (ids) => table.bulkGet([...ids]),
    put: async (row) => void (await table.put(row)),
    bulkPut: async (rows) => {
      for (let i = 0; i < rows.length; i += CHUNK) await table.bulkPut(rows.slice(i, i + CHUNK));
    },
    delete: (id) => table.delete(id),
    bulkDelete: async (ids) => {
      if (ids.length) await table.bulkDelete([...ids]);
    },
    count: () => table.count(),
    toArray: () => table.toArray(),
    byDataset: (datasetId) => table.where('datasetId').equals(datasetId).toArray(),
    ids: async () => (await table.toCollection().primaryKeys()) as string[],
    taken: async (ids) => {
      if (ids.length === 0) return new Set();
      if (ids.length <= LOOKUP_LIMIT) return new Set((await table.bulkGet([...ids])).flatMap((r) => (r ? [r.id] : [])));
      const wanted = new Set(ids);
      return new Set(((await table.toCollection().primaryKeys()) as string[]).filter((k) => wanted.has(k)));
    },
  };
}
