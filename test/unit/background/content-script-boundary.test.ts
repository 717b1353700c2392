/**
 * What a web page's content script can and cannot do through the message router, with the real
 * handlers over a real (fake-indexeddb) database: every request outside CONTENT_SCRIPT_REQUESTS is
 * refused before any handler runs, so nothing reachable from a page can change the dataset,
 * subscriptions or another site's snippets, or read other sites' snippets; a snippet request's site
 * comes from the sender, never from the message; malformed payloads are refused by zod with an
 * error naming the field. (Settings live in browser.storage, which no request of the protocol reaches.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, type RouterContext } from '../../../lib/background/router';
import { createHandlers } from '../../../lib/background/handlers';
import type { DossierDb } from '../../../lib/db/database';
import { installDataset } from '../../../lib/db/seed';
import { CONTENT_SCRIPT_REQUESTS, RequestSchema, type Request, type RequestType } from '../../../lib/messages/protocol';
import type { Snippet } from '../../../lib/snippets/schema';
import { fixtureV1, freshDb } from '../db/fixtures';
import { snippet } from '../snippets/library-fixtures';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const PAGE_A = 'https://news.example.org/articles/kuleba-nato';
const optionsPage = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };
const contentScript = (url = PAGE_A) => ({ id: EXTENSION_ID, tab: { id: 3, url }, url });

const DATASET_TEXT = JSON.stringify({ ...fixtureV1(), id: 'hostile-takeover', version: '9.9.9' });

/** One valid message of every request type: a page that could send any of these would be fully trusted. */
const SAMPLES: Record<RequestType, Record<string, unknown>> = {
  'lexicon.get': { type: 'lexicon.get' },
  'entity.card': { type: 'entity.card', id: 'nato' },
  'options.open': { type: 'options.open', entityId: 'nato' },
  'page.count': { type: 'page.count', count: 3 },
  'snippet.save': { type: 'snippet.save', snippet: {} },
  'snippet.forPage': { type: 'snippet.forPage' },
  'snippet.placed': { type: 'snippet.placed', placements: [] },
  'snippet.note': { type: 'snippet.note', id: 'snip-0001', note: '', tags: [] },
  'dataset.overview': { type: 'dataset.overview' },
  'entity.search': { type: 'entity.search', query: 'nato' },
  'entity.list': { type: 'entity.list' },
  'entity.brief': { type: 'entity.brief', ids: ['nato'] },
  'entity.save': {
    type: 'entity.save',
    create: false,
    entity: { id: 'nato', type: 'alliance', name: 'Pwned by a page', aliases: [], roles: [], related: [] },
  },
  'entity.delete': { type: 'entity.delete', id: 'nato' },
  'claim.list': { type: 'claim.list', entityId: 'nato' },
  'claim.save': {
    type: 'claim.save',
    create: true,
    claim: { id: 'page-claim', entities: ['nato'], text: 'Injected.', sourceId: 'source-a', quote: 'Injected.' },
  },
  'claim.delete': { type: 'claim.delete', id: 'kuleba-appointed' },
  'source.list': { type: 'source.list' },
  'source.save': { type: 'source.save', create: true, source: { id: 'page-source', title: 'Injected' } },
  'source.delete': { type: 'source.delete', id: 'source-b' },
  'undo.apply': { type: 'undo.apply', undo: { entities: [{ id: 'page-entity', type: 'person', name: 'X', aliases: [], roles: [], related: [], datasetId: 'user' }], claims: [], sources: [] } },
  'dataset.preview': { type: 'dataset.preview', text: DATASET_TEXT },
  'dataset.import': { type: 'dataset.import', text: DATASET_TEXT },
  'dataset.export': { type: 'dataset.export', scope: 'all' },
  'sync.list': { type: 'sync.list' },
  'sync.subscribe': { type: 'sync.subscribe', manifestUrl: 'https://evil.example.com/manifest.json', trusted: true },
  'sync.check': { type: 'sync.check', datasetId: 'fixture' },
  'sync.apply': { type: 'sync.apply', datasetId: 'fixture' },
  'sync.skip': { type: 'sync.skip', datasetId: 'fixture' },
  'sync.rollback': { type: 'sync.rollback', datasetId: 'fixture' },
  'sync.unsubscribe': { type: 'sync.unsubscribe', datasetId: 'fixture' },
  'sync.configure': { type: 'sync.configure', datasetId: 'fixture', trusted: true },
  'dataset.ftmPreview': { type: 'dataset.ftmPreview', text: '', id: 'page-ftm', name: 'Page' },
  'dataset.ftmImport': { type: 'dataset.ftmImport', text: '', id: 'page-ftm', name: 'Page' },
  'snippet.list': { type: 'snippet.list' },
  'snippet.update': { type: 'snippet.update', id: 'snip-other', note: 'changed by a page', tags: [] },
  'snippet.delete': { type: 'snippet.delete', ids: ['snip-other'] },
  'snippet.restore': { type: 'snippet.restore', snippets: [] },
  'snippet.import': { type: 'snippet.import', text: '{}' },
  'snippet.open': { type: 'snippet.open', id: 'snip-other' },
};

const ALL_TYPES = RequestSchema.options.map((o) => o.shape.type.value) as RequestType[];
const PAGE_FORBIDDEN = ALL_TYPES.filter((t) => !CONTENT_SCRIPT_REQUESTS.has(t));

let db: DossierDb;
let ctx: RouterContext;
let opened: string[];

const ownSnippet = snippet({ id: 'snip-own1', url: PAGE_A, site: 'news.example.org', note: 'mine' });
const otherSnippet = snippet({ id: 'snip-other', url: 'https://bank.example.com/statement', site: 'bank.example.com', quote: 'Account 1234', note: 'private' });
/** A snippet on the other site whose URL is the same path as page A's: only the site may tell them apart. */
const otherSamePath = snippet({ id: 'snip-other2', url: 'https://bank.example.com/articles/kuleba-nato', site: 'bank.example.com', quote: 'Secret' });

beforeEach(async () => {
  db = freshDb();
  await installDataset(db, fixtureV1());
  await db.snippets.bulkPut([ownSnippet, otherSnippet, otherSamePath]);
  await db.subscriptions.put({
    datasetId: 'fixture', name: 'Fixture dataset', manifestUrl: 'https://data.example.org/fixture/manifest.json', trusted: false,
    intervalHours: 24, maxBytes: 1024 * 1024, subscribedAt: '2026-01-01T00:00:00.000Z',
  });
  opened = [];
  const fetch = vi.fn(async () => {
    throw new Error('no network in this test');
  });
  const { createSyncService } = await import('../../../lib/sync/subscription');
  const handlers = createHandlers(db, {
    openOptions: () => undefined,
    openTab: async (url) => {
      opened.push(url);
      return 1;
    },
    sync: createSyncService({ db, fetch: fetch as never, changed: () => undefined }),
  });
  ctx = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle: (r, from) => handlers.handle(r as Request, from) };
});

afterEach(async () => {
  await db.delete();
});

/** Everything a page must not be able to change, as plain data. */
async function snapshot() {
  return {
    entities: await db.entityRows.toArray(),
    claims: await db.claims.toArray(),
    sources: await db.sources.toArray(),
    datasets: await db.datasets.toArray(),
    tombstones: await db.tombstones.toArray(),
    subscriptions: await db.subscriptions.toArray(),
    backups: await db.backups.toArray(),
    snippets: await db.snippets.toArray(),
  };
}

describe('requests a web page may not make', () => {
  it('the sample table covers every request type of the protocol', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...ALL_TYPES].sort());
    expect(PAGE_FORBIDDEN.length).toBeGreaterThan(25);
  });

  it.each(ALL_TYPES)('the sample of %s is a valid message (so a refusal below is about the sender)', (type) => {
    expect(RequestSchema.safeParse(SAMPLES[type]).success).toBe(true);
  });

  it.each(PAGE_FORBIDDEN)('refuses %s from a content script before any handler runs', async (type) => {
    const handle = vi.fn();
    const answer = await handleMessage(SAMPLES[type], contentScript(), { ...ctx, handle });
    expect(answer).toEqual({ ok: false, error: `"${type}" is not available to web pages` });
    expect(handle).not.toHaveBeenCalled();
  });

  it('a page sending every forbidden request, with the real handlers, changes and learns nothing', async () => {
    const before = await snapshot();
    for (const type of PAGE_FORBIDDEN) {
      const answer = await handleMessage(SAMPLES[type], contentScript(), ctx);
      expect(answer.ok).toBe(false);
    }
    expect(await snapshot()).toEqual(before);
    expect(opened).toEqual([]);
  });

  it('a content script cannot pass for an extension page: only the browser-set sender URL counts', async () => {
    // A page's frame claiming the extension's origin in its tab URL, or giving no URL at all.
    for (const sender of [
      { id: EXTENSION_ID, tab: { id: 3, url: `${ORIGIN}/options.html` }, url: PAGE_A },
      { id: EXTENSION_ID, tab: { id: 3 } },
      { id: EXTENSION_ID, tab: { id: 3 }, url: `https://evil.example.com/?${ORIGIN}/options.html` },
    ]) {
      const answer = await handleMessage(SAMPLES['entity.delete'], sender, ctx);
      expect(answer).toEqual({ ok: false, error: '"entity.delete" is not available to web pages' });
    }
    expect(await db.entityRows.get('nato')).toBeDefined();
  });

  it('the same requests from the options page do work (the refusals above are not broken handlers)', async () => {
    expect(await handleMessage(SAMPLES['entity.delete'], optionsPage, ctx)).toMatchObject({ ok: true });
    expect(await db.entityRows.get('nato')).toBeUndefined();
    expect(await handleMessage(SAMPLES['snippet.list'], optionsPage, ctx)).toMatchObject({ ok: true, result: { snippets: expect.any(Array) } });
  });
});

describe('snippet requests a page may make reach its own site only', () => {
  const send = (message: Record<string, unknown>, url = PAGE_A) => handleMessage(message, contentScript(url), ctx);

  it('snippet.forPage answers the sender site\'s snippets, whatever canonical URL the page names', async () => {
    expect(await send({ type: 'snippet.forPage' })).toMatchObject({ ok: true, result: { snippets: [{ id: 'snip-own1' }] } });
    const other = await send({ type: 'snippet.forPage', canonicalUrl: 'https://bank.example.com/statement' });
    expect(other).toMatchObject({ ok: true, result: { snippets: [{ id: 'snip-own1' }] } });
    const samePath = await send({ type: 'snippet.forPage', canonicalUrl: 'https://bank.example.com/articles/kuleba-nato' });
    expect(JSON.stringify(samePath)).not.toMatch(/snip-other|Secret|Account/);
  });

  it('a message naming a site, a URL or a tab of its own is malformed: the sender decides', async () => {
    for (const extra of [{ site: 'bank.example.com' }, { url: 'https://bank.example.com/statement' }, { tabId: 9 }, { host: 'bank.example.com' }]) {
      const answer = await send({ type: 'snippet.forPage', ...extra });
      expect(answer.ok).toBe(false);
      expect(answer.ok || answer.error).toMatch(/^malformed message: \$ Unrecognized key/);
    }
  });

  it('snippet.note cannot change another site\'s snippet, even by its exact id', async () => {
    const answer = await send({ type: 'snippet.note', id: 'snip-other', note: 'pwned', tags: ['x'] });
    expect(answer).toMatchObject({ ok: true, result: { ok: false, reason: 'site' } });
    expect(await db.snippets.get('snip-other')).toEqual(otherSnippet);
    // Its own site's snippet it may change.
    expect(await send({ type: 'snippet.note', id: 'snip-own1', note: 'edited', tags: [] })).toMatchObject({ ok: true, result: { ok: true } });
  });

  it('snippet.placed ignores ids of another site', async () => {
    const answer = await send({ type: 'snippet.placed', placements: [{ id: 'snip-other', status: 'missing' }, { id: 'snip-own1', status: 'approximate' }] });
    expect(answer).toEqual({ ok: true, result: { recorded: 1 } });
    expect(await db.snippets.get('snip-other')).toEqual(otherSnippet);
  });

  it('snippet.save refuses a snippet of another site, and files its own under the sender\'s host', async () => {
    const draft = (url: string, site: string): Partial<Snippet> => ({
      quote: 'Account 1234', prefix: '', suffix: '', position: { start: 0, end: 12 }, url, title: 'T', site, entities: [],
    });
    const foreign = await send({ type: 'snippet.save', snippet: draft('https://bank.example.com/statement', 'bank.example.com') });
    expect(foreign).toMatchObject({ ok: true, result: { ok: false, reason: 'site' } });
    const lying = await send({ type: 'snippet.save', snippet: draft(PAGE_A, 'bank.example.com') });
    expect(lying).toMatchObject({ ok: true, result: { ok: true, snippet: { site: 'news.example.org' } } });
    expect((await db.snippets.where('site').equals('bank.example.com').toArray()).map((s) => s.id).sort()).toEqual(['snip-other', 'snip-other2']);
  });
});

describe('malformed payloads are refused by zod, with the field and the reason', () => {
  it.each([
    [{ type: 'entity.card', id: '../../etc' }, 'malformed message: $.id must be a kebab-case slug such as "dmytro-kuleba"'],
    [{ type: 'snippet.placed', placements: [{ id: 'a', status: 'bogus' }] }, 'malformed message: $.placements[0].status Invalid option: expected one of "exact"|"approximate"|"missing"'],
    [{ type: 'page.count', count: -1 }, 'malformed message: $.count Too small: expected number to be >=0'],
    [{ type: 'snippet.note', id: 'x'.repeat(65), note: '', tags: [] }, 'malformed message: $.id Too big: expected string to have <=64 characters'],
    [{ type: 'lexicon.get', words: ['1'] }, 'malformed message: $.words[0] Invalid input: expected number, received string'],
    [{ type: 'db.drop' }, 'malformed message: unknown request type "db.drop"'],
    [{ type: 'lexicon.get', extra: 1 }, 'malformed message: $ Unrecognized key: "extra"'],
    ['hello', 'malformed message: $ Invalid input: expected object, received string'],
  ])('%j', async (message, error) => {
    const handle = vi.fn();
    expect(await handleMessage(message, contentScript(), { ...ctx, handle })).toEqual({ ok: false, error });
    expect(handle).not.toHaveBeenCalled();
  });
});
