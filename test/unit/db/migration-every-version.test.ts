/**
 * A database left by ANY earlier schema version opens in this one with every row kept. For each
 * version in SCHEMA_VERSIONS before the current one, the test builds the database as that version
 * created it (its tables only, its row shapes: entity rows before version 6 carry `names` and
 * `words`, from version 7 on they live in blocks), fills every table it had with realistic rows,
 * then opens it with DossierDb and compares every table row by row.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../lib/dataset/schema';
import {
  DossierDb,
  SCHEMA_VERSIONS,
  USER_DATASET_ID,
  type CacheRow,
  type ClaimRow,
  type DatasetRow,
  type EntityRow,
  type SourceRow,
  type TombstoneRow,
} from '../../../lib/db/database';
import { toEntityBlocks } from '../../../lib/db/entity-blocks';
import { rowToEntity, toClaimRow, toEntityRow, toSourceRow } from '../../../lib/db/rows';
import type { BackupRow, SubscriptionRow } from '../../../lib/db/sync-rows';
import { getEntityCard } from '../../../lib/db/queries';
import { sampleSnippets } from '../snippets/library-fixtures';
import { fixtureV1 } from './fixtures';

const CURRENT = SCHEMA_VERSIONS.at(-1)!.version;
const EARLIER = SCHEMA_VERSIONS.filter((v) => v.version < CURRENT).map((v) => v.version);

/** A database as schema version `upTo` created it (a fresh install of that version runs no upgrade). */
function openAsVersion(name: string, upTo: number): Dexie {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= upTo)) db.version(v.version).stores(v.stores);
  return db;
}

/** Which tables schema version `v` had, by replaying the history's store declarations. */
function tablesOf(v: number): Set<string> {
  const tables = new Set<string>();
  for (const s of SCHEMA_VERSIONS.filter((x) => x.version <= v))
    for (const [table, spec] of Object.entries(s.stores)) spec === null ? tables.delete(table) : tables.add(table);
  return tables;
}

/** The rows a long-used install holds: a dataset with user edits, the user's own rows, and the rest. */
function realisticRows() {
  const data = DatasetSchema.parse(fixtureV1());
  const origin = { datasetId: data.id };
  const entities: EntityRow[] = [
    ...data.entities.map((e) =>
      e.id === 'nato' ? toEntityRow({ ...e, summary: 'Edited by the user: 32 members.' }, { ...origin, userEdited: true }) : toEntityRow(e, origin),
    ),
    toEntityRow(
      {
        id: 'volyn-armour-works',
        type: 'company',
        name: 'Volyn Armour Works',
        aliases: [{ text: 'Волинський бронетанковий завод', lang: 'uk' }],
        roles: [],
        related: [{ id: 'nato', relation: 'supplies' }],
        links: [{ url: 'https://volyn.example.com/', title: 'Company site' }],
      },
      { datasetId: USER_DATASET_ID },
    ),
  ];
  const claims: ClaimRow[] = [
    ...data.claims.map((c) => (c.id === 'kuleba-resigned' ? toClaimRow({ ...c, text: 'Kuleba resigned in September.' }, { ...origin, userEdited: true }) : toClaimRow(c, origin))),
    toClaimRow(
      { id: 'volyn-repairs', entities: ['volyn-armour-works'], text: 'The plant repaired forty vehicles.', sourceId: 'user-notes', quote: 'Forty armoured vehicles were repaired.' },
      { datasetId: USER_DATASET_ID },
    ),
  ];
  const sources: SourceRow[] = [
    ...data.sources.map((s) => toSourceRow(s, origin)),
    toSourceRow({ id: 'user-notes', title: 'My interview notes', date: '2026-10' }, { datasetId: USER_DATASET_ID }),
  ];
  const datasets: DatasetRow[] = [
    {
      id: data.id, name: data.name, version: data.version, publishedAt: data.publishedAt, schemaVersion: 1,
      installedAt: '2026-01-01T00:00:00.000Z', entityCount: data.entities.length, claimCount: data.claims.length, sourceCount: data.sources.length,
    },
  ];
  const tombstones: TombstoneRow[] = [
    { kind: 'entity', id: 'deleted-minister', datasetId: data.id },
    { kind: 'claim', id: 'deleted-claim', datasetId: data.id },
    { kind: 'source', id: 'deleted-source', datasetId: data.id },
  ];
  const cache: CacheRow[] = [{ key: 'lexicon', fingerprint: 'fixture:3', value: { terms: 7, compiled: [1, 2, 3] } }];
  const subscriptions: SubscriptionRow[] = [
    {
      datasetId: data.id, name: data.name, manifestUrl: 'https://data.example.org/fixture/manifest.json', trusted: false, intervalHours: 24,
      maxBytes: 50 * 1024 * 1024, subscribedAt: '2026-02-01T00:00:00.000Z', etag: '"1.0.0"',
      lastCheck: { at: '2026-03-01T00:00:00.000Z', result: 'up-to-date', version: '1.0.0' },
    },
  ];
  const backups: BackupRow[] = [
    {
      datasetId: data.id, dataset: { ...datasets[0]!, version: '0.9.0' }, entities: entities.filter((e) => e.id === 'dmytro-kuleba'),
      claims: claims.slice(0, 1), sources: sources.slice(0, 1), added: { entities: [], claims: ['kuleba-undated'], sources: [] },
      replacedBy: '1.0.0', savedAt: '2026-02-15T00:00:00.000Z',
    },
  ];
  return { entities, claims, sources, datasets, tombstones, cache, snippets: sampleSnippets(), subscriptions, backups };
}

/** Entity rows as versions 1–5 wrote them: with the lookup keys their `*names`/`*words` indexes used. */
function legacyEntityRow(row: EntityRow): EntityRow & { names: string[]; words: string[] } {
  const names = [row.name, ...row.aliases.map((a) => a.text)].map((n) => n.toLowerCase());
  return { ...row, names, words: [...new Set(names.flatMap((n) => n.split(/\s+/)))] };
}

const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const byId = <T extends { id: string }>(rows: T[]) => byKey(rows, (r) => r.id);

describe('migration from every earlier schema version', () => {
  it('covers every version before the current one', () => {
    expect(EARLIER).toEqual(Array.from({ length: CURRENT - 1 }, (_, i) => i + 1));
  });

  it.each(EARLIER)('opens a version %i database with every row of every table kept', async (version) => {
    const name = `migrate-every-v${version}-${Math.random().toString(36).slice(2)}`;
    const rows = realisticRows();
    const tables = tablesOf(version);
    const old = openAsVersion(name, version);
    await old.open();
    expect(old.verno).toBe(version);
    expect(new Set(old.tables.map((t) => t.name))).toEqual(tables);

    // Entities: one record each up to version 6 (with names/words before 6); blocks from 7 on.
    if (tables.has('entityBlocks')) await old.table('entityBlocks').bulkPut(toEntityBlocks(rows.entities));
    else await old.table('entities').bulkPut(version < 6 ? rows.entities.map(legacyEntityRow) : rows.entities);
    await old.table('claims').bulkPut(rows.claims);
    await old.table('sources').bulkPut(rows.sources);
    await old.table('datasets').bulkPut(rows.datasets);
    const filled = new Set(['entities', 'entityBlocks', 'claims', 'sources', 'datasets']);
    for (const table of ['cache', 'tombstones', 'snippets', 'subscriptions', 'backups'] as const) {
      if (!tables.has(table)) continue;
      await old.table(table).bulkPut(rows[table]);
      filled.add(table);
    }
    // Every table this version had got rows: a table added later and forgotten here would fail.
    expect([...tables].filter((t) => !filled.has(t))).toEqual([]);
    old.close();

    const db = new DossierDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    try {
      expect(db.verno).toBe(CURRENT);
      // Entities through the block store, exactly as stored (without the pre-v6 derived fields).
      expect(await db.entityRows.toArray()).toEqual(byId(rows.entities));
      expect(await db.entityRows.count()).toBe(rows.entities.length);
      expect(await db.entityRows.byDataset(USER_DATASET_ID)).toEqual([rows.entities.at(-1)]);
      expect((await db.entityRows.get('nato'))?.userEdited).toBe(true);
      expect(await db.claims.toArray()).toEqual(byId(rows.claims));
      expect(await db.sources.toArray()).toEqual(byId(rows.sources));
      expect(await db.datasets.toArray()).toEqual(rows.datasets);
      const expectTable = async <T>(table: string, expected: T[], key: (r: T) => string) => {
        const got = (await db.table(table).toArray()) as T[];
        expect(byKey(got, key)).toEqual(tables.has(table) ? byKey(expected, key) : []);
      };
      await expectTable('cache', rows.cache, (r) => r.key);
      await expectTable('tombstones', rows.tombstones, (r) => `${r.kind}:${r.id}`);
      await expectTable('snippets', rows.snippets, (r) => r.id);
      await expectTable('subscriptions', rows.subscriptions, (r) => r.datasetId);
      await expectTable('backups', rows.backups, (r) => r.datasetId);

      // The migrated rows work with today's reads: a card with its user edit, claims and sources.
      const card = await getEntityCard(db, 'nato');
      expect(card?.entity).toEqual(rowToEntity(rows.entities.find((e) => e.id === 'nato')!));
      const user = await getEntityCard(db, 'volyn-armour-works');
      expect(user?.claims.map((c) => [c.id, c.source?.title])).toEqual([['volyn-repairs', 'My interview notes']]);
      // The old one-record-per-entity table is gone.
      expect(db.tables.map((t) => t.name)).not.toContain('entities');
    } finally {
      db.close();
    }
  });
});
