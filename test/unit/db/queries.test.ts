import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDb } from '../../../lib/db/database';
import { getAllLexiconEntities, getEntityCard, getOverview, searchEntities } from '../../../lib/db/queries';
import { installDataset } from '../../../lib/db/seed';
import { fixtureV1, freshDb } from './fixtures';

let db: DossierDb;
beforeEach(async () => {
  db = freshDb();
  await installDataset(db, fixtureV1(), () => new Date('2025-03-01T00:00:00Z'));
});
afterEach(async () => {
  await db.delete();
});

const ids = (r: { results: { id: string }[] }) => r.results.map((x) => x.id);

describe('getEntityCard', () => {
  it('returns the entity, its claims newest first with sources, related entities and organisations', async () => {
    const card = await getEntityCard(db, 'dmytro-kuleba');
    expect(card).not.toBeNull();
    expect(card!.datasetId).toBe('fixture');
    expect(card!.entity).toEqual(fixtureV1().entities[0]);
    expect(card!.entity).not.toHaveProperty('names');
    expect(card!.claims.map((c) => c.id)).toEqual(['kuleba-resigned', 'kuleba-appointed', 'kuleba-undated']);
    expect(card!.claims[1]).toEqual({
      id: 'kuleba-appointed',
      text: 'Kuleba became foreign minister.',
      date: '2020-03-04',
      quote: 'Parliament appointed Dmytro Kuleba as foreign minister.',
      source: { id: 'source-a', title: 'Parliament appoints new foreign minister', publisher: 'Example News', date: '2020-03-04', url: 'https://example.com/a' },
    });
    expect(card!.claims[2]).not.toHaveProperty('date');
    expect(card!.related).toEqual([
      { id: 'mfa-ukraine', relation: 'headed', name: 'Ministry of Foreign Affairs of Ukraine', type: 'government-body' },
      { id: 'nato', relation: 'negotiated with', name: 'North Atlantic Treaty Organization', type: 'alliance' },
    ]);
    expect(card!.organizations).toEqual({ 'mfa-ukraine': { name: 'Ministry of Foreign Affairs of Ukraine', type: 'government-body' } });
  });

  it('orders claims of the same date by id and leaves out what is missing from the database', async () => {
    await db.claims.bulkPut([
      { ...(await db.claims.get('kuleba-resigned'))!, id: 'a-same-day' },
      { id: 'orphan', entities: ['dmytro-kuleba'], text: 'Orphan.', date: '2019', sourceId: 'gone', quote: 'Q.', datasetId: 'user' },
    ]);
    await db.entities.delete('nato');
    const card = (await getEntityCard(db, 'dmytro-kuleba'))!;
    expect(card.claims.map((c) => c.id)).toEqual(['a-same-day', 'kuleba-resigned', 'kuleba-appointed', 'orphan', 'kuleba-undated']);
    expect(card.claims.find((c) => c.id === 'orphan')?.source).toBeNull();
    expect(card.related.map((r) => r.id)).toEqual(['mfa-ukraine']);
  });

  it('returns null for an unknown id', async () => {
    expect(await getEntityCard(db, 'nobody')).toBeNull();
  });
});

describe('getOverview', () => {
  it('lists installed datasets and row counts', async () => {
    expect(await getOverview(db)).toEqual({
      datasets: [
        {
          id: 'fixture',
          name: 'Fixture dataset',
          version: '1.0.0',
          publishedAt: '2025-01-15T10:00:00Z',
          installedAt: '2025-03-01T00:00:00.000Z',
          entityCount: 3,
          claimCount: 3,
          sourceCount: 2,
        },
      ],
      entityCount: 3,
      claimCount: 3,
      sourceCount: 2,
    });
  });
});

describe('getAllLexiconEntities', () => {
  it('returns id, type, name and aliases of every entity', async () => {
    const all = await getAllLexiconEntities(db);
    expect(all.map((e) => e.id).sort()).toEqual(['dmytro-kuleba', 'mfa-ukraine', 'nato']);
    expect(all.find((e) => e.id === 'nato')).toEqual({
      id: 'nato',
      type: 'alliance',
      name: 'North Atlantic Treaty Organization',
      aliases: [{ text: 'NATO', caseSensitive: true }, { text: 'НАТО', caseSensitive: true }],
    });
  });
});

describe('searchEntities', () => {
  it('lists everything by name for an empty query', async () => {
    const all = await searchEntities(db, '   ');
    expect(all.total).toBe(3);
    expect(ids(all)).toEqual(['dmytro-kuleba', 'mfa-ukraine', 'nato']);
    expect(all.results[0]).toEqual({ id: 'dmytro-kuleba', name: 'Dmytro Kuleba', type: 'person', summary: 'Ukrainian diplomat.' });
  });

  it('finds a Cyrillic alias by the prefix of any word, in any case', async () => {
    expect(ids(await searchEntities(db, 'кулеб'))).toEqual(['dmytro-kuleba']);
    expect(ids(await searchEntities(db, 'КУЛЕБА'))).toEqual(['dmytro-kuleba']);
    expect(ids(await searchEntities(db, 'дмитрий'))).toEqual(['dmytro-kuleba']);
    expect(ids(await searchEntities(db, 'нат'))).toEqual(['nato']);
    expect(ids(await searchEntities(db, 'мзс укр'))).toEqual(['mfa-ukraine']);
  });

  it('finds Latin names by the prefix of any word, in any case', async () => {
    expect(ids(await searchEntities(db, 'kul'))).toEqual(['dmytro-kuleba']);
    expect(ids(await searchEntities(db, 'ATLANTIC'))).toEqual(['nato']);
    expect(ids(await searchEntities(db, 'nato'))).toEqual(['nato']);
    expect(ids(await searchEntities(db, 'mfa'))).toEqual(['mfa-ukraine']);
    expect(ids(await searchEntities(db, 'o'))).toEqual(['mfa-ukraine', 'nato']); // "of …", "Organization"
    expect((await searchEntities(db, 'zzz')).total).toBe(0);
  });

  it('falls back to substrings from three characters, after word-prefix matches', async () => {
    expect(ids(await searchEntities(db, 'leba'))).toEqual(['dmytro-kuleba']);
    expect(ids(await searchEntities(db, 'le'))).toEqual([]);
    // "ukr…" starts a word of the ministry; "krain" is only inside it.
    expect(ids(await searchEntities(db, 'krain'))).toEqual(['mfa-ukraine']);
  });

  it('ranks exact and first-word matches before later-word matches', async () => {
    await db.entities.put({
      id: 'ukraine',
      type: 'place',
      name: 'Ukraine',
      aliases: [],
      roles: [],
      related: [],
      datasetId: 'user',
      names: ['ukraine'],
      words: ['ukraine'],
    });
    expect(ids(await searchEntities(db, 'ukraine'))).toEqual(['ukraine', 'mfa-ukraine']);
  });

  it('pages results and reports the total', async () => {
    const page = await searchEntities(db, '', 2, 1);
    expect(page.total).toBe(3);
    expect(ids(page)).toEqual(['mfa-ukraine', 'nato']);
  });
});
