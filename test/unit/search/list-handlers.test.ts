import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listHandlers } from '../../../lib/background/list-handlers';
import type { DossierDb } from '../../../lib/db/database';
import { toEntityRow } from '../../../lib/db/rows';
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

const req = <T extends RequestType>(input: Extract<RequestInput, { type: T }>) => RequestSchema.parse(input) as Extract<Request, { type: T }>;
const list = (h: ReturnType<typeof listHandlers>, input: Omit<Extract<RequestInput, { type: 'entity.list' }>, 'type'> = {}) =>
  h['entity.list'](req({ type: 'entity.list', ...input }), {});

describe('entity.list', () => {
  it('lists every entity by name, with summary, country and dataset', async () => {
    const h = listHandlers(db);
    const page = await list(h);
    expect(page.total).toBe(3);
    expect(page.results.map((r) => r.id)).toEqual(['dmytro-kuleba', 'mfa-ukraine', 'nato']);
    expect(page.results[0]).toEqual({
      id: 'dmytro-kuleba',
      name: 'Dmytro Kuleba',
      type: 'person',
      datasetId: 'fixture',
      summary: 'Ukrainian diplomat.',
      country: 'UA',
    });
  });

  it('finds by a Cyrillic alias and says which alias matched', async () => {
    const page = await list(listHandlers(db), { query: 'кулеба' });
    expect(page.results.map((r) => r.id)).toEqual(['dmytro-kuleba']);
    expect(page.results[0]!.matched).toBe('Дмитро Кулеба');
    // The name itself matching is not repeated as "matched".
    expect((await list(listHandlers(db), { query: 'dmytro' })).results[0]!.matched).toBeUndefined();
  });

  it('filters, sorts and pages', async () => {
    const h = listHandlers(db);
    expect((await list(h, { types: ['alliance', 'government-body'] })).results.map((r) => r.id)).toEqual(['mfa-ukraine', 'nato']);
    expect((await list(h, { datasetIds: ['user'] })).total).toBe(0);
    expect((await list(h, { sort: 'type', direction: 'desc' })).results.map((r) => r.id)).toEqual(['nato', 'mfa-ukraine', 'dmytro-kuleba']);
    expect(await list(h, { offset: 1, limit: 1 })).toMatchObject({ total: 3, results: [{ id: 'mfa-ukraine' }] });
  });

  it('builds the index once, and again only after the data changed', async () => {
    const h = listHandlers(db);
    const spy = vi.spyOn(db.entityRows, 'toArray');
    await list(h, { query: 'kul' });
    await list(h, { query: 'nato' });
    expect(spy).toHaveBeenCalledTimes(1);

    // A dataset update.
    await installDataset(db, fixtureV2(), () => new Date('2025-03-02T00:00:00Z'));
    expect((await list(h, { query: 'Сибіга' })).results.map((r) => r.id)).toEqual(['andrii-sybiha']);
    expect(spy).toHaveBeenCalledTimes(2);

    // An edit that keeps the entity count and dataset versions: a new alias.
    const row = (await db.entityRows.get('andrii-sybiha'))!;
    const { datasetId: _d, userEdited: _u, ...entity } = row;
    await db.entityRows.put(toEntityRow({ ...entity, aliases: [...entity.aliases, { text: 'Sybiha the Minister' }] }, { datasetId: 'fixture', userEdited: true }));
    expect((await list(h, { query: 'the minister' })).results.map((r) => r.id)).toEqual(['andrii-sybiha']);
    expect(spy).toHaveBeenCalledTimes(3);
  });
});

describe('entity.brief', () => {
  it('gives id, name and type of the entities that exist, in the order asked', async () => {
    const h = listHandlers(db);
    const r = await h['entity.brief'](req({ type: 'entity.brief', ids: ['nato', 'no-such-entity', 'dmytro-kuleba'] }), {});
    expect(r.entities).toEqual([
      { id: 'nato', name: 'North Atlantic Treaty Organization', type: 'alliance' },
      { id: 'dmytro-kuleba', name: 'Dmytro Kuleba', type: 'person' },
    ]);
  });
});
