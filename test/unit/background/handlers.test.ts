import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import type { DossierDb } from '../../../lib/db/database';
import { getAllLexiconEntities } from '../../../lib/db/queries';
import { compileLexicon } from '../../../lib/match/lexicon';
import { wholeLexicon } from '../../../lib/match/subset';
import { installDataset } from '../../../lib/db/seed';
import { RequestSchema, type Request, type RequestInput, type RequestType } from '../../../lib/messages/protocol';
import { fixtureV1, fixtureV2, freshDb } from '../db/fixtures';

let db: DossierDb;
beforeEach(async () => {
  db = freshDb();
  await installDataset(db, fixtureV1(), () => new Date('2025-03-01T00:00:00Z'));
});
afterEach(async () => {
  await db.delete();
});

/** Requests as the router hands them over: parsed, with defaults filled in. */
const req = <T extends RequestType>(input: Extract<RequestInput, { type: T }>) => RequestSchema.parse(input) as Extract<Request, { type: T }>;

describe('createHandlers', () => {
  it('answers lexicon.get with the compiled lexicon, compiled once', async () => {
    const expected = compileLexicon(await getAllLexiconEntities(db));
    const spy = vi.spyOn(db.entityRows, 'toArray');
    const h = createHandlers(db, { openOptions: () => {} });
    const [a, b] = await Promise.all([h.handle(req({ type: 'lexicon.get' })), h.handle(req({ type: 'lexicon.get' }))]);
    // The seed is small: answered whole, without the parts the background cuts from.
    expect(a.lexicon).toEqual(wholeLexicon(expected));
    expect(b.lexicon).toBe(a.lexicon); // the same cached object
    await h.handle(req({ type: 'lexicon.get' }));
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('recompiles the lexicon after invalidateLexicon', async () => {
    const h = createHandlers(db, { openOptions: () => {} });
    const before = (await h.handle(req({ type: 'lexicon.get' }))).lexicon;
    await installDataset(db, fixtureV2());
    expect((await h.handle(req({ type: 'lexicon.get' }))).lexicon).toBe(before);
    h.invalidateLexicon();
    const after = (await h.handle(req({ type: 'lexicon.get' }))).lexicon;
    expect(after).not.toEqual(before);
    expect(after).toEqual(wholeLexicon(compileLexicon(await getAllLexiconEntities(db))));
  });

  it('does not cache a failed compilation', async () => {
    const h = createHandlers(db, { openOptions: () => {} });
    const spy = vi.spyOn(db.entityRows, 'toArray').mockRejectedValueOnce(new Error('db closed'));
    await expect(h.handle(req({ type: 'lexicon.get' }))).rejects.toThrow('db closed');
    await expect(h.handle(req({ type: 'lexicon.get' }))).resolves.toHaveProperty('lexicon');
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('answers entity.card, dataset.overview and entity.search', async () => {
    const h = createHandlers(db, { openOptions: () => {} });
    const card = await h.handle(req({ type: 'entity.card', id: 'dmytro-kuleba' }));
    expect(card).toMatchObject({ entity: { id: 'dmytro-kuleba' }, datasetId: 'fixture' });
    expect(await h.handle(req({ type: 'entity.card', id: 'nobody' }))).toBeNull();
    expect(await h.handle(req({ type: 'dataset.overview' }))).toMatchObject({ entityCount: 3, datasets: [{ id: 'fixture' }] });
    expect(await h.handle(req({ type: 'entity.search', query: 'кулеба' }))).toEqual({
      total: 1,
      results: [{ id: 'dmytro-kuleba', name: 'Dmytro Kuleba', type: 'person', summary: 'Ukrainian diplomat.' }],
    });
    expect(await h.handle(req({ type: 'entity.search', query: '', limit: 1, offset: 2 }))).toMatchObject({ total: 3, results: [{ id: 'nato' }] });
  });

  it('opens the options page through the injected dependency', async () => {
    const openOptions = vi.fn(async () => {});
    const h = createHandlers(db, { openOptions });
    expect(await h.handle(req({ type: 'options.open', entityId: 'nato' }))).toEqual({ opened: true });
    expect(await h.handle(req({ type: 'options.open' }))).toEqual({ opened: true });
    expect(openOptions.mock.calls).toEqual([['nato'], [undefined]]);
  });
});
