import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDb } from '../../../lib/db/database';
import { getAllLexiconEntities, getEntityCard, getOverview } from '../../../lib/db/queries';
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
    await db.entityRows.delete('nato');
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
