import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { EntityIndex, type IndexEntity, type IndexQuery } from '../../../lib/search/entity-index';
import { syntheticEntities } from './synthetic';

const seed = JSON.parse(readFileSync(new URL('../../../seeds/dossier-seed.json', import.meta.url), 'utf8')) as Dataset;
const seedEntities: IndexEntity[] = seed.entities.map((e) => ({
  id: e.id,
  name: e.name,
  aliases: e.aliases.map((a) => a.text),
  type: e.type,
  datasetId: seed.id,
}));
const seedIndex = new EntityIndex(seedEntities, [{ id: seed.id, name: seed.name }]);

const q = (query: string, more: Partial<IndexQuery> = {}): IndexQuery => ({ query, sort: 'relevance', direction: 'asc', offset: 0, limit: 500, ...more });
const ids = (index: EntityIndex, query: IndexQuery) => index.query(query).hits.map((h) => h.id);

describe('EntityIndex over the seed', () => {
  it.each([
    ['kul', 'dmytro-kuleba'],
    ['Кул', 'dmytro-kuleba'],
    ['КУЛЕБА', 'dmytro-kuleba'],
    ['zelenskyy', 'volodymyr-zelensky'],
    ['Zelenský', 'volodymyr-zelensky'],
    ['зеленськ', 'volodymyr-zelensky'],
    ['umerov', 'rustem-umerov'],
    ['Умєров', 'rustem-umerov'],
    ['rheinm', 'rheinmetall'],
    ['nato', 'nato'],
    ['Київ', 'kyiv'],
    ['ukraine’s defence', 'ministry-of-defence-of-ukraine'],
  ])('%s finds %s first', (query, id) => {
    expect(ids(seedIndex, q(query))[0]).toBe(id);
  });

  it('matches a prefix of any word, in any order of the query words', () => {
    expect(ids(seedIndex, q('dmytro kul'))).toEqual(['dmytro-kuleba']);
    expect(ids(seedIndex, q('kuleba dmy'))).toEqual(['dmytro-kuleba']);
    expect(ids(seedIndex, q('dmytro reznikov'))).toEqual([]);
    expect(ids(seedIndex, q('uleba'))).toEqual([]);
  });

  it('says which name matched', () => {
    const [hit] = seedIndex.query(q('Кулеба')).hits;
    expect(hit).toMatchObject({ id: 'dmytro-kuleba', rank: 0 });
    const kuleba = seedEntities.find((e) => e.id === 'dmytro-kuleba')!;
    expect(kuleba.aliases[hit!.matchedName! - 1]).toBe('Кулеба');
    expect(seedIndex.query(q('')).hits[0]).toMatchObject({ rank: null, matchedName: null });
  });

  it('lists every entity by name without a query', () => {
    const page = seedIndex.query(q(''));
    expect(page.total).toBe(45);
    const names = page.hits.map((h) => h.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
    expect(ids(seedIndex, q('', { direction: 'desc' }))).toEqual(page.hits.map((h) => h.id).reverse());
  });

  it('filters by type and dataset', () => {
    const people = seedIndex.query(q('', { types: ['person'] }));
    expect(people.total).toBe(seed.entities.filter((e) => e.type === 'person').length);
    expect(people.hits.every((h) => h.type === 'person')).toBe(true);
    const mixed = seedIndex.query(q('', { types: ['person', 'company'] }));
    expect(new Set(mixed.hits.map((h) => h.type))).toEqual(new Set(['person', 'company']));
    expect(seedIndex.query(q('u', { types: ['place'] })).hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(['ukraine', 'united-kingdom', 'united-states', 'soviet-union']),
    );
    expect(seedIndex.query(q('', { datasetIds: ['user'] })).total).toBe(0);
    expect(seedIndex.query(q('', { datasetIds: [seed.id] })).total).toBe(45);
    expect(seedIndex.query(q('', { types: [] })).total).toBe(45);
  });

  it('sorts by type in the order of ENTITY_TYPES, by name within a type', () => {
    const hits = seedIndex.query(q('', { sort: 'type' })).hits;
    const order = ['person', 'company', 'organization', 'government-body', 'alliance', 'media', 'place', 'event'];
    const typeRanks = hits.map((h) => order.indexOf(h.type));
    expect(typeRanks).toEqual([...typeRanks].sort((a, b) => a - b));
    expect(hits[0]!.id).toBe('andriy-yermak');
  });
});

describe('EntityIndex ranking', () => {
  const entities: IndexEntity[] = [
    { id: 'word', name: 'Ivan Kulchenko', aliases: [], type: 'person', datasetId: 'a' },
    { id: 'alias-prefix', name: 'Zed', aliases: ['Kulik'], type: 'person', datasetId: 'a' },
    { id: 'name-prefix', name: 'Kula Bay', aliases: [], type: 'place', datasetId: 'b' },
    { id: 'exact', name: 'Yuri', aliases: ['KUL'], type: 'person', datasetId: 'user' },
    { id: 'other', name: 'Nothing', aliases: ['Else'], type: 'event', datasetId: 'b' },
    { id: 'name-prefix-2', name: 'Kulabay Street', aliases: ['Kul street'], type: 'place', datasetId: 'a' },
  ];
  const index = new EntityIndex(entities, [
    { id: 'a', name: 'Zulu set' },
    { id: 'b', name: 'Alpha set' },
  ]);

  it('ranks exact > name prefix > alias prefix > word prefix, then by name', () => {
    const page = index.query(q('kul'));
    expect(page.hits.map((h) => h.id)).toEqual(['exact', 'name-prefix', 'name-prefix-2', 'alias-prefix', 'word']);
    expect(page.hits.map((h) => h.rank)).toEqual([0, 1, 1, 2, 3]);
    expect(ids(index, q('kul', { direction: 'desc' }))).toEqual(['word', 'alias-prefix', 'name-prefix-2', 'name-prefix', 'exact']);
  });

  it('sorts search results by name or dataset when asked', () => {
    expect(ids(index, q('kul', { sort: 'name' }))).toEqual(['word', 'name-prefix', 'name-prefix-2', 'exact', 'alias-prefix']);
    // Datasets by name ("Alpha set" before "Zulu set"), the user's own last.
    expect(ids(index, q('kul', { sort: 'dataset' }))).toEqual(['name-prefix', 'word', 'name-prefix-2', 'alias-prefix', 'exact']);
  });

  it('pages through results', () => {
    const all = ids(index, q('kul'));
    const pages = [0, 2, 4].flatMap((offset) => ids(index, q('kul', { offset, limit: 2 })));
    expect(pages).toEqual(all);
    expect(index.query(q('kul', { offset: 10, limit: 2 }))).toEqual({ total: 5, hits: [] });
  });
});

describe('EntityIndex at 100,000 entities', () => {
  it('answers in a few milliseconds once built', () => {
    const entities = syntheticEntities(100_000);
    let t = performance.now();
    const index = new EntityIndex(entities);
    const build = performance.now() - t;
    t = performance.now();
    index.query(q(''));
    const firstOrder = performance.now() - t;

    const timings: string[] = [];
    /** Times a query twice, the other direction first: cold (a fresh compile of the code path) and warm; not cached either time. */
    const time = (label: string, query: IndexQuery) => {
      let start = performance.now();
      index.query({ ...query, direction: query.direction === 'asc' ? 'desc' : 'asc' });
      const cold = performance.now() - start;
      start = performance.now();
      const page = index.query(query);
      timings.push(`${label}: ${(performance.now() - start).toFixed(2)} ms (first run ${cold.toFixed(2)} ms; ${page.total} hits)`);
      return page;
    };
    const k = time('"kov"', q('kov'));
    expect(k.total).toBeGreaterThan(1000);
    expect(k.hits.every((h) => /kov/i.test(h.name))).toBe(true);
    const one = time('"taras bondarenko 7"', q('taras bondarenko 7'));
    expect(one.hits[0]!.name).toBe('Taras Bondarenko 7');
    const cyr = time('"Тарас Бондаренко 7"', q('Тарас Бондаренко 7'));
    expect(cyr.hits[0]!.id).toBe(one.hits[0]!.id);
    time('"o" (very broad)', q('o'));
    time('"s" sorted by type, desc', q('s', { sort: 'type', direction: 'desc' }));
    time('people of dataset set-1, by name', q('', { types: ['person'], datasetIds: ['set-1'] }));
    time('"jurgen" (accent-insensitive)', q('jurgen'));
    time('a page deep in the previous list', q('', { types: ['person'], datasetIds: ['set-1'], offset: 5000, limit: 200 }));
    console.log(`index of 100,000 entities: built in ${build.toFixed(0)} ms, name order in ${firstOrder.toFixed(0)} ms\n  ${timings.join('\n  ')}`);
  }, 60_000);
});
