/** The entity block store: rows by id over ENTITY_BUCKETS block records. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityRow } from '../../../lib/db/database';
import { DossierDb } from '../../../lib/db/database';
import { bucketOf, ENTITY_BUCKETS, entityBlock, toEntityBlocks } from '../../../lib/db/entity-blocks';

const row = (id: string, datasetId = 'ds', extra: Partial<EntityRow> = {}): EntityRow => ({
  id,
  type: 'person',
  name: `Name of ${id}`,
  aliases: [],
  roles: [],
  related: [],
  datasetId,
  ...extra,
});

let db: DossierDb;
beforeEach(async () => {
  db = new DossierDb(`blocks-${Math.random().toString(36).slice(2)}`, { indexedDB, IDBKeyRange });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('bucketOf', () => {
  it('is part of the stored format: these values never change', () => {
    // FNV-1a 32-bit of the UTF-16 code units, modulo 256.
    expect(bucketOf('')).toBe(0x811c9dc5 % 256);
    expect(bucketOf('nato')).toBe(bucketOf('nato'));
    expect([bucketOf('a'), bucketOf('nato'), bucketOf('dmytro-kuleba'), bucketOf('укроборонпром')]).toMatchInlineSnapshot(`
      [
        44,
        153,
        141,
        175,
      ]
    `);
  });

  it('spreads ids over every block', () => {
    const counts = new Array<number>(ENTITY_BUCKETS).fill(0);
    for (let i = 0; i < 100_000; i++) counts[bucketOf(`entity-${i}`)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(300);
    expect(Math.max(...counts)).toBeLessThan(500);
  });
});

describe('EntityStore', () => {
  it('puts, gets and deletes rows by id; blocks hold their rows sorted, with count and datasets', async () => {
    await db.entityRows.bulkPut([row('b'), row('a', 'user'), row('c')]);
    expect(await db.entityRows.get('a')).toEqual(row('a', 'user'));
    expect(await db.entityRows.get('missing')).toBeUndefined();
    expect((await db.entityRows.bulkGet(['c', 'missing', 'a'])).map((r) => r?.id)).toEqual(['c', undefined, 'a']);
    expect(await db.entityRows.count()).toBe(3);
    expect((await db.entityRows.toArray()).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect((await db.entityRows.byDataset('ds')).map((r) => r.id)).toEqual(['b', 'c']);
    expect(await db.entityRows.byDataset('nobody')).toEqual([]);
    expect(await db.entityRows.taken(['a', 'z'])).toEqual(new Set(['a']));
    for (const block of await db.entityBlocks.toArray()) {
      expect(block.count).toBe(block.rows.length);
      expect(block.datasets).toEqual([...new Set(block.rows.map((r) => r.datasetId))].sort());
      expect(block.rows.map((r) => r.id)).toEqual(block.rows.map((r) => r.id).sort());
    }

    await db.entityRows.put(row('a', 'user', { summary: 'Changed.' }));
    expect((await db.entityRows.get('a'))?.summary).toBe('Changed.');
    expect(await db.entityRows.update('b', { userEdited: true })).toBe(1);
    expect(await db.entityRows.update('zz', { userEdited: true })).toBe(0);
    expect((await db.entityRows.get('b'))?.userEdited).toBe(true);

    await db.entityRows.bulkDelete(['a', 'b', 'c']);
    expect(await db.entityRows.count()).toBe(0);
    // Emptied blocks are deleted, not kept empty.
    expect(await db.entityBlocks.count()).toBe(0);
  });

  it('keeps rows of different ids in one block apart', async () => {
    // Ids that share a block.
    const ids: string[] = [];
    for (let i = 0; ids.length < 3; i++) if (bucketOf(`x${i}`) === bucketOf('x0')) ids.push(`x${i}`);
    await db.entityRows.bulkPut(ids.map((id) => row(id)));
    await db.entityRows.delete(ids[1]!);
    expect(await db.entityBlocks.count()).toBe(1);
    expect((await db.entityRows.toArray()).map((r) => r.id)).toEqual([ids[0], ids[2]].sort());
  });

  it('writes inside the caller transaction: a failure after the write leaves nothing behind', async () => {
    await db.entityRows.put(row('kept'));
    await expect(
      db.transaction('rw', db.entityBlocks, async () => {
        await db.entityRows.bulkPut([row('new'), row('kept', 'ds', { summary: 'Changed.' })]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.entityRows.toArray()).toEqual([row('kept')]);
  });

  it('writes 10,000 rows as at most ENTITY_BUCKETS records', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(`entity-${String(i).padStart(5, '0')}`, i % 2 ? 'a' : 'b'));
    await db.entityRows.bulkPut(rows);
    expect(await db.entityBlocks.count()).toBeLessThanOrEqual(ENTITY_BUCKETS);
    expect(await db.entityRows.count()).toBe(10_000);
    expect(await db.entityRows.toArray()).toEqual(rows);
    expect(await db.entityRows.byDataset('a')).toHaveLength(5_000);
  });
});

describe('toEntityBlocks', () => {
  it('groups rows by block, each block sorted by id', () => {
    const blocks = toEntityBlocks([row('b'), row('a'), row('c', 'user')]);
    expect(blocks.flatMap((b) => b.rows).map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
    for (const b of blocks) expect(b).toEqual(entityBlock(b.bucket, b.rows));
  });
});
