/** entity.search (the editor's entity picker) runs on the same in-memory index as the entity list. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listHandlers } from '../../../lib/background/list-handlers';
import type { DossierDb } from '../../../lib/db/database';
import { installDataset } from '../../../lib/db/seed';
import { RequestSchema, type Request } from '../../../lib/messages/protocol';
import { fixtureV1, freshDb } from '../db/fixtures';

let db: DossierDb;
beforeEach(async () => {
  db = freshDb();
  await installDataset(db, fixtureV1(), () => new Date('2025-03-01T00:00:00Z'));
});
afterEach(async () => {
  await db.delete();
});

const search = (query: string, limit?: number, offset?: number) =>
  listHandlers(db)['entity.search'](RequestSchema.parse({ type: 'entity.search', query, limit, offset }) as Extract<Request, { type: 'entity.search' }>, {});
const ids = async (query: string) => (await search(query)).results.map((x) => x.id);

describe('entity.search', () => {
  it('lists everything by name for an empty query, with id, name, type and summary', async () => {
    const all = await search('   ');
    expect(all.total).toBe(3);
    expect(all.results.map((r) => r.id)).toEqual(['dmytro-kuleba', 'mfa-ukraine', 'nato']);
    expect(all.results[0]).toEqual({ id: 'dmytro-kuleba', name: 'Dmytro Kuleba', type: 'person', summary: 'Ukrainian diplomat.' });
  });

  it('finds a Cyrillic alias by the prefix of any word, in any case', async () => {
    expect(await ids('кулеб')).toEqual(['dmytro-kuleba']);
    expect(await ids('КУЛЕБА')).toEqual(['dmytro-kuleba']);
    expect(await ids('дмитрий')).toEqual(['dmytro-kuleba']);
    expect(await ids('нат')).toEqual(['nato']);
    expect(await ids('мзс укр')).toEqual(['mfa-ukraine']);
  });

  it('finds Latin names by the prefix of any word, in any case, and nothing inside words', async () => {
    expect(await ids('kul')).toEqual(['dmytro-kuleba']);
    expect(await ids('ATLANTIC')).toEqual(['nato']);
    expect(await ids('nato')).toEqual(['nato']);
    expect(await ids('mfa')).toEqual(['mfa-ukraine']);
    expect(await ids('o')).toEqual(['mfa-ukraine', 'nato']); // "of …", "Organization"
    expect(await ids('leba')).toEqual([]);
    expect((await search('zzz')).total).toBe(0);
  });

  it('ranks an exact name before a later-word match, and sees the latest write', async () => {
    await db.entityRows.put({ id: 'ukraine', type: 'place', name: 'Ukraine', aliases: [], roles: [], related: [], datasetId: 'user' });
    expect(await ids('ukraine')).toEqual(['ukraine', 'mfa-ukraine']);
  });

  it('pages results and reports the total', async () => {
    const page = await search('', 2, 1);
    expect(page.total).toBe(3);
    expect(page.results.map((r) => r.id)).toEqual(['mfa-ukraine', 'nato']);
  });
});
