/**
 * Schema version 5 (dataset sync) adds two tables and changes no row: a version 4 database opens
 * with every row kept and empty subscriptions and backups tables, which then work.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../lib/dataset/schema';
import { DossierDb, SCHEMA_VERSIONS } from '../../../lib/db/database';
import { toEntityRow } from '../../../lib/db/rows';
import { applyDatasetUpdate } from '../../../lib/db/sync-apply';
import { fixtureV1, fixtureV2 } from '../db/fixtures';

describe('schema version 5', () => {
  it('opens a version 4 database with its rows kept and the sync tables empty and usable', async () => {
    const name = `migrate-v4-${Math.random().toString(36).slice(2)}`;
    const v1 = DatasetSchema.parse(fixtureV1());
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) old.version(v.version).stores(v.stores);
    await old.open();
    await old.table('entities').bulkPut(v1.entities.map((e) => toEntityRow(e, { datasetId: v1.id })));
    await old.table('entities').update('nato', { userEdited: true, summary: 'Edited by the user.' });
    await old.table('datasets').put({ id: v1.id, name: v1.name, version: v1.version, publishedAt: v1.publishedAt, schemaVersion: 1, installedAt: '2026-01-01T00:00:00.000Z', entityCount: 3, claimCount: 0, sourceCount: 0 });
    await old.table('snippets').put({ id: 'snippet-1', url: 'https://example.org/', site: 'example.org', savedAt: '2026-01-01T00:00:00.000Z', entities: [], tags: [] });
    await old.table('tombstones').put({ kind: 'claim', id: 'kuleba-resigned', datasetId: v1.id });
    old.close();

    const db = new DossierDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.entityRows.count()).toBe(3);
    expect((await db.entityRows.get('nato'))?.summary).toBe('Edited by the user.');
    expect(await db.snippets.count()).toBe(1);
    expect(await db.tombstones.count()).toBe(1);
    expect(await db.subscriptions.count()).toBe(0);
    expect(await db.backups.count()).toBe(0);

    // An update now keeps the old version as a backup, and the user's edit.
    await applyDatasetUpdate(db, DatasetSchema.parse(fixtureV2()));
    expect((await db.backups.get(v1.id))?.dataset.version).toBe('1.0.0');
    expect((await db.entityRows.get('nato'))?.summary).toBe('Edited by the user.');
    db.close();
  });
});
