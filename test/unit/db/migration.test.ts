/**
 * Databases left by earlier versions of Dossier open in this one with every row kept. Each case
 * builds the database with the old schema and data, closes it, then opens it with DossierDb.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../lib/dataset/schema';
import { DossierDb, SCHEMA_VERSIONS, type EntityRow } from '../../../lib/db/database';
import { bucketOf } from '../../../lib/db/entity-blocks';
import { loadLexicon } from '../../../lib/db/lexicon-cache';
import { getEntityCard } from '../../../lib/db/queries';
import { toClaimRow, toEntityRow, toSourceRow } from '../../../lib/db/rows';
import { installDataset } from '../../../lib/db/seed';
import { sampleSnippets } from '../snippets/library-fixtures';
import { fixtureV1 } from './fixtures';

/** A database as schema version `upTo` created it. */
function openAsVersion(name: string, upTo: number): Dexie {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= upTo)) db.version(v.version).stores(v.stores);
  return db;
}

describe('database migrations', () => {
  it('opens a version 1 database with its rows and user edits intact', async () => {
    const name = `migrate-v1-${Math.random().toString(36).slice(2)}`;
    const data = DatasetSchema.parse(fixtureV1());
    const old = openAsVersion(name, 1);
    await old.open();
    expect(old.verno).toBe(1);
    await old.table('entities').bulkPut(data.entities.map((e) => toEntityRow(e, { datasetId: data.id })));
    await old.table('entities').update(data.entities[0]!.id, { userEdited: true, summary: 'Edited by the user.' });
    await old.table('claims').bulkPut(data.claims.map((c) => toClaimRow(c, { datasetId: data.id })));
    await old.table('sources').bulkPut(data.sources.map((s) => toSourceRow(s, { datasetId: data.id })));
    await old.table('datasets').put({
      id: data.id, name: data.name, version: data.version, publishedAt: data.publishedAt, schemaVersion: 1,
      installedAt: '2026-01-01T00:00:00.000Z', entityCount: data.entities.length, claimCount: data.claims.length, sourceCount: data.sources.length,
    });
    old.close();

    const db = new DossierDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.entityRows.count()).toBe(data.entities.length);
    expect(await db.claims.count()).toBe(data.claims.length);
    expect(await db.sources.count()).toBe(data.sources.length);
    const card = await getEntityCard(db, data.entities[0]!.id);
    expect(card?.entity.summary).toBe('Edited by the user.');
    expect(card?.claims.length).toBeGreaterThan(0);
    // The table version 2 added works on the migrated data.
    expect((await loadLexicon(db)).terms).toBeGreaterThan(0);
    expect(await db.cache.count()).toBe(1);
    db.close();
  });
  it('opens a version 2 database in version 3 with its rows and cache kept, and an empty tombstones table', async () => {
    const name = `migrate-v2-${Math.random().toString(36).slice(2)}`;
    const data = DatasetSchema.parse(fixtureV1());
    const old = openAsVersion(name, 2);
    await old.open();
    expect(old.verno).toBe(2);
    await old.table('entities').bulkPut(data.entities.map((e) => toEntityRow(e, { datasetId: data.id })));
    await old.table('entities').update('nato', { userEdited: true, summary: 'Edited by the user.' });
    await old.table('claims').bulkPut(data.claims.map((c) => toClaimRow(c, { datasetId: data.id })));
    await old.table('sources').bulkPut(data.sources.map((s) => toSourceRow(s, { datasetId: data.id })));
    await old.table('datasets').put({
      id: data.id, name: data.name, version: data.version, publishedAt: data.publishedAt, schemaVersion: 1,
      installedAt: '2026-01-01T00:00:00.000Z', entityCount: data.entities.length, claimCount: data.claims.length, sourceCount: data.sources.length,
    });
    await old.table('cache').put({ key: 'lexicon', fingerprint: 'old', value: { terms: 0 } });
    old.close();

    const db = new DossierDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.entityRows.count()).toBe(data.entities.length);
    expect(await db.claims.count()).toBe(data.claims.length);
    expect(await db.sources.count()).toBe(data.sources.length);
    expect(await db.cache.get('lexicon')).toMatchObject({ fingerprint: 'old' });
    expect((await getEntityCard(db, 'nato'))?.entity.summary).toBe('Edited by the user.');
    // The new table works: keyed by [kind+id], indexed by dataset.
    expect(await db.tombstones.count()).toBe(0);
    await db.tombstones.put({ kind: 'entity', id: 'nato', datasetId: data.id });
    expect(await db.tombstones.get(['entity', 'nato'])).toEqual({ kind: 'entity', id: 'nato', datasetId: data.id });
    expect(await db.tombstones.where('datasetId').equals(data.id).count()).toBe(1);
    db.close();
  });

  it('opens a version 5 database in version 6: entity rows lose names and words, everything else is kept', async () => {
    const name = `migrate-v5-${Math.random().toString(36).slice(2)}`;
    const data = DatasetSchema.parse(fixtureV1());
    const before = Math.max(...SCHEMA_VERSIONS.filter((v) => v.version < 6).map((v) => v.version));
    const old = openAsVersion(name, before);
    await old.open();
    // Rows as versions 1–5 wrote them: with the derived lookup keys their indexes were built on.
    const legacy = data.entities.map((e) => ({ ...toEntityRow(e, { datasetId: data.id }), names: [e.name.toLowerCase()], words: [e.name.toLowerCase()] }));
    await old.table('entities').bulkPut(legacy);
    await old.table('entities').update('nato', { userEdited: true, summary: 'Edited by the user.' });
    await old.table('claims').bulkPut(data.claims.map((c) => toClaimRow(c, { datasetId: data.id })));
    await old.table('sources').bulkPut(data.sources.map((s) => toSourceRow(s, { datasetId: data.id })));
    await old.table('cache').put({ key: 'lexicon', fingerprint: 'old', value: { terms: 0 } });
    expect(await old.table('entities').where('words').equals('nato').count()).toBe(0);
    expect(await old.table('entities').where('names').equals('dmytro kuleba').primaryKeys()).toEqual(['dmytro-kuleba']);
    old.close();

    const db = new DossierDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    const rows = await db.entityRows.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual(data.entities.map((e) => e.id).sort());
    for (const row of rows) {
      expect(row).not.toHaveProperty('names');
      expect(row).not.toHaveProperty('words');
    }
    expect(await db.entityRows.get('dmytro-kuleba')).toEqual(toEntityRow(data.entities.find((e) => e.id === 'dmytro-kuleba')!, { datasetId: data.id }));
    expect((await getEntityCard(db, 'nato'))?.entity.summary).toBe('Edited by the user.');
    expect(await db.claims.count()).toBe(data.claims.length);
    expect(await db.sources.count()).toBe(data.sources.length);
    expect(await db.cache.get('lexicon')).toMatchObject({ fingerprint: 'old' });
    // The rows went on to the blocks of version 7; looking them up by dataset still answers.
    expect(db.tables.map((t) => t.name)).not.toContain('entities');
    expect(await db.entityRows.byDataset(data.id)).toHaveLength(data.entities.length);
    db.close();
  });

  it('opens a version 4 database with its snippets whole, and a dataset update afterwards leaves them alone', async () => {
    const name = `migrate-v4-${Math.random().toString(36).slice(2)}`;
    const data = DatasetSchema.parse(fixtureV1());
    const snippets = sampleSnippets();
    const old = openAsVersion(name, 4);
    await old.open();
    expect(old.verno).toBe(4);
    const legacy = data.entities.map((e) => ({ ...toEntityRow(e, { datasetId: data.id }), names: [e.name.toLowerCase()], words: [e.name.toLowerCase()] }));
    await old.table('entities').bulkPut(legacy);
    await old.table('claims').bulkPut(data.claims.map((c) => toClaimRow(c, { datasetId: data.id })));
    await old.table('sources').bulkPut(data.sources.map((s) => toSourceRow(s, { datasetId: data.id })));
    await old.table('snippets').bulkPut(snippets);
    old.close();

    const db = new DossierDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.snippets.toArray())).toEqual(byId(snippets));
    // The tables versions 5 and 6 added or changed work on the migrated database.
    expect(await db.subscriptions.count()).toBe(0);
    expect(await db.entityRows.byDataset(data.id)).toHaveLength(data.entities.length);

    // A newer version of the dataset replaces entities, claims and sources; snippets are the user's.
    const input = fixtureV1();
    const next = DatasetSchema.parse({ ...input, version: '9.0.0', entities: input.entities.map((e, i) => (i === 0 ? { ...e, summary: 'Updated.' } : e)) });
    await installDataset(db, next);
    expect((await db.entityRows.get(next.entities[0]!.id))?.summary).toBe('Updated.');
    expect(byId(await db.snippets.toArray())).toEqual(byId(snippets));
    db.close();
  });

  it('opens a version 6 database with entities in blocks: every row, edit and user row kept, the old table gone', async () => {
    const name = `migrate-v6-${Math.random().toString(36).slice(2)}`;
    const data = DatasetSchema.parse(fixtureV1());
    const old = openAsVersion(name, 6);
    await old.open();
    const rows = [
      ...data.entities.map((e) => toEntityRow(e, { datasetId: data.id })),
      toEntityRow({ id: 'my-own', type: 'person', name: 'Someone I Track', aliases: [{ text: 'S.I.T.', caseSensitive: true }], roles: [], related: [] }, { datasetId: 'user' }),
    ];
    await old.table('entities').bulkPut(rows);
    await old.table('entities').update('nato', { userEdited: true, summary: 'Edited by the user.' });
    await old.table('claims').bulkPut(data.claims.map((c) => toClaimRow(c, { datasetId: data.id })));
    await old.table('sources').bulkPut(data.sources.map((s) => toSourceRow(s, { datasetId: data.id })));
    const expected = (await old.table('entities').toArray()) as EntityRow[];
    old.close();

    const db = new DossierDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(db.tables.map((t) => t.name)).not.toContain('entities');
    // Every row, unchanged, in id order, each in the block its id hashes to.
    expect(await db.entityRows.toArray()).toEqual(expected);
    expect(await db.entityRows.count()).toBe(expected.length);
    for (const block of await db.entityBlocks.toArray()) for (const row of block.rows) expect(bucketOf(row.id)).toBe(block.bucket);
    expect(await db.entityRows.get('my-own')).toMatchObject({ datasetId: 'user', aliases: [{ text: 'S.I.T.', caseSensitive: true }] });
    expect((await getEntityCard(db, 'nato'))?.entity.summary).toBe('Edited by the user.');
    expect(await db.entityRows.byDataset('user')).toHaveLength(1);

    // An update of the dataset afterwards keeps the user's edit and own row.
    const input = fixtureV1();
    await installDataset(db, { ...input, version: '9.0.0', entities: input.entities.map((e) => ({ ...e, summary: 'Updated.' })) });
    expect((await db.entityRows.get('nato'))?.summary).toBe('Edited by the user.');
    expect((await db.entityRows.get('dmytro-kuleba'))?.summary).toBe('Updated.');
    expect(await db.entityRows.get('my-own')).toBeDefined();
    db.close();
  });
});
