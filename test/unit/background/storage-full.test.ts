/**
 * A full disk during any write: IndexedDB rejects with a DOMException named QuotaExceededError.
 * Every write path (entity, claim and source saves, deletes, undo, dataset import, sync, snippets)
 * answers with one plain message that says what happened and what to do, never the exception's
 * text, and the aborted transaction leaves the database as it was. Reading goes on: the lexicon
 * cache is skipped rather than failing every page's highlights.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { handleMessage, type RouterContext } from '../../../lib/background/router';
import type { DossierDb } from '../../../lib/db/database';
import { isStorageFull, STORAGE_FULL_MESSAGE, storageFullMessage } from '../../../lib/db/storage-full';
import type { Request } from '../../../lib/messages/protocol';
import { STORAGE_FULL_ERROR } from '../../../lib/snippets/library';
import { createSyncService } from '../../../lib/sync/subscription';
import { dump, fixtureEntity, seededDb } from '../edit/helpers';
import { fixtureV1, fixtureV2, freshDb } from '../db/fixtures';
import { fakeFetch, MANIFEST_URL, publishVersion, serve } from '../sync/subscription-helpers';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const optionsPage = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageFullMessage', () => {
  it('recognises the quota error bare, wrapped by Dexie once or twice, or as a cause', () => {
    const bare = quota();
    const dexie = Object.assign(new Error('QuotaExceededError The quota has been exceeded.'), { name: 'QuotaExceededError', inner: bare });
    const aborted = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: dexie });
    const caused = new Error('write failed', { cause: bare });
    for (const e of [bare, dexie, aborted, caused, { name: 'NS_ERROR_DOM_QUOTA_REACHED' }]) expect(isStorageFull(e)).toBe(true);
    for (const e of [new Error('other'), new DOMException('x', 'AbortError'), null, undefined, 'QuotaExceededError', { inner: { inner: null } }])
      expect(storageFullMessage(e)).toBeNull();
  });

  it('is a plain message that begins as the options page recognises', () => {
    expect(STORAGE_FULL_MESSAGE.startsWith(STORAGE_FULL_ERROR)).toBe(true);
    expect(STORAGE_FULL_MESSAGE).toMatch(/no storage space left.*nothing was saved.*Free some disk space/);
    expect(STORAGE_FULL_MESSAGE).not.toMatch(/QuotaExceeded|DOMException/);
  });
});

describe('every write path through the router, with the disk full', () => {
  let db: DossierDb;
  let ctx: RouterContext;
  beforeEach(async () => {
    db = await seededDb();
    const handlers = createHandlers(db, { openOptions: () => undefined });
    ctx = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle: (r, from) => handlers.handle(r as Request, from) };
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  /** Makes every put of the tables that hold entities, claims, sources and datasets fail as a full disk would. */
  const fillDisk = () => {
    for (const table of [db.entityBlocks, db.claims, db.sources, db.datasets, db.tombstones]) {
      vi.spyOn(table, 'put').mockRejectedValue(quota());
      vi.spyOn(table, 'bulkPut').mockRejectedValue(quota());
    }
  };

  const kuleba = () => {
    const e = fixtureEntity('dmytro-kuleba');
    return { ...e, summary: 'Edited while the disk was full.' };
  };

  it.each<[string, Record<string, unknown>]>([
    ['entity.save (edit)', { type: 'entity.save', entity: kuleba(), create: false }],
    ['entity.save (new)', { type: 'entity.save', entity: { id: 'andrii-sybiha', type: 'person', name: 'Andrii Sybiha' }, create: true }],
    ['entity.delete', { type: 'entity.delete', id: 'nato' }],
    ['claim.save', { type: 'claim.save', create: true, claim: { id: 'new-claim', entities: ['nato'], text: 'New.', sourceId: 'source-a', quote: 'New.' } }],
    ['claim.delete', { type: 'claim.delete', id: 'kuleba-appointed' }],
    ['source.save', { type: 'source.save', create: true, source: { id: 'source-c', title: 'A third source' } }],
    ['dataset.import', { type: 'dataset.import', text: JSON.stringify(fixtureV2()) }],
    ['dataset.import (new dataset)', { type: 'dataset.import', text: JSON.stringify({ ...fixtureV1(), id: 'other-fixture', entities: fixtureV1().entities.map((e) => ({ ...e, id: `${e.id}-2`, related: [], roles: [] })), claims: [], sources: [] }) }],
  ])('%s answers with the plain message and writes nothing', async (_, message) => {
    const before = await dump(db);
    fillDisk();
    const answer = await handleMessage(message, optionsPage, ctx);
    expect(answer).toEqual({ ok: false, error: STORAGE_FULL_MESSAGE });
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
  });

  it('undo.apply answers with the plain message and restores nothing', async () => {
    const deleted = await handleMessage({ type: 'entity.delete', id: 'nato' }, optionsPage, ctx);
    expect(deleted.ok).toBe(true);
    const before = await dump(db);
    fillDisk();
    const undo = (deleted as { result: { undo: unknown } }).result.undo;
    expect(await handleMessage({ type: 'undo.apply', undo }, optionsPage, ctx)).toEqual({ ok: false, error: STORAGE_FULL_MESSAGE });
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
  });

  it('reading still works: the lexicon is compiled and answered, just not cached', async () => {
    vi.spyOn(db.cache, 'put').mockRejectedValue(quota());
    const answer = await handleMessage({ type: 'lexicon.get' }, { id: EXTENSION_ID, tab: { id: 3 }, url: 'https://news.example.com/a' }, ctx);
    expect(answer.ok).toBe(true);
    expect((answer as { result: { lexicon: { terms: number } } }).result.lexicon.terms).toBeGreaterThan(0);
    vi.restoreAllMocks();
    expect(await db.cache.get('lexicon')).toBeUndefined();
  });

  it('other failures keep their own message', async () => {
    vi.spyOn(db.entityBlocks, 'bulkPut').mockRejectedValue(new Error('database closed'));
    expect(await handleMessage({ type: 'entity.save', entity: kuleba(), create: false }, optionsPage, ctx)).toEqual({ ok: false, error: 'database closed' });
  });
});

describe('dataset sync with the disk full', () => {
  let db: DossierDb;
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  it('subscribing reports the plain message as the problem, and installs nothing', async () => {
    db = freshDb();
    const fetch = fakeFetch();
    serve(fetch, await publishVersion(fixtureV1()));
    const sync = createSyncService({ db, fetch, changed: () => undefined });
    vi.spyOn(db.entityBlocks, 'bulkPut').mockRejectedValue(quota());
    const answer = await sync.subscribe({ manifestUrl: MANIFEST_URL, trusted: false });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.problem).toEqual({ code: 'storage-full', message: STORAGE_FULL_MESSAGE, params: [] });
    vi.restoreAllMocks();
    expect(await db.entityRows.count()).toBe(0);
    expect(await db.datasets.count()).toBe(0);
  });

  it('applying an update reports the plain message, and the installed version stays whole', async () => {
    db = freshDb();
    const fetch = fakeFetch();
    serve(fetch, await publishVersion(fixtureV1()));
    const sync = createSyncService({ db, fetch, changed: () => undefined });
    expect((await sync.subscribe({ manifestUrl: MANIFEST_URL, trusted: false })).ok).toBe(true);
    const before = await dump(db);
    serve(fetch, await publishVersion(fixtureV2()));
    expect((await sync.check('fixture')).ok).toBe(true);
    vi.spyOn(db.entityBlocks, 'bulkPut').mockRejectedValue(quota());
    const answer = await sync.apply('fixture');
    expect(!answer.ok && answer.problem).toEqual({ code: 'storage-full', message: STORAGE_FULL_MESSAGE, params: [] });
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
    expect((await db.datasets.get('fixture'))?.version).toBe('1.0.0');
  });
});
