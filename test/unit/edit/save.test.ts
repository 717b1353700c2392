import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { USER_DATASET_ID, type DossierDb } from '../../../lib/db/database';
import { saveEntity } from '../../../lib/db/edit';
import { saveClaim, saveSource } from '../../../lib/db/edit-claims';
import { loadLexicon } from '../../../lib/db/lexicon-cache';
import { getEntityCard } from '../../../lib/db/queries';
import { dump, fixtureEntity, seededDb } from './helpers';

let db: DossierDb;
beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => {
  await db.delete();
});

describe('saveEntity', () => {
  it('saves an edit of a dataset entity as the user override, in one transaction', async () => {
    const kuleba = fixtureEntity('dmytro-kuleba');
    kuleba.aliases.push({ text: 'Kuleba-Test-Alias' });
    const spy = vi.spyOn(db, 'transaction');
    const result = await saveEntity(db, kuleba, false);
    expect(result).toEqual({ ok: true, value: kuleba });
    expect(spy).toHaveBeenCalledTimes(1);
    const row = await db.entityRows.get('dmytro-kuleba');
    expect(row).toMatchObject({ datasetId: 'fixture', userEdited: true });
    expect(row?.aliases.map((a) => a.text)).toContain('Kuleba-Test-Alias');
  });

  it('creates a new entity with the user origin', async () => {
    const entity = { id: 'andrii-sybiha', type: 'person', name: 'Andrii Sybiha', related: [{ id: 'mfa-ukraine', relation: 'heads' }] };
    const result = await saveEntity(db, entity, true);
    expect(result.ok).toBe(true);
    const row = await db.entityRows.get('andrii-sybiha');
    expect(row).toMatchObject({ datasetId: USER_DATASET_ID, name: 'Andrii Sybiha', aliases: [], roles: [] });
    expect(row).not.toHaveProperty('userEdited');
    expect((await getEntityCard(db, 'andrii-sybiha'))?.related).toEqual([{ id: 'mfa-ukraine', relation: 'heads', name: 'Ministry of Foreign Affairs of Ukraine', type: 'government-body' }]);
  });

  it('answers every schema problem at its path relative to the entity, and writes nothing', async () => {
    const before = await dump(db);
    const kuleba = fixtureEntity('dmytro-kuleba');
    const bad = {
      ...kuleba,
      name: '',
      country: 'Ukraine',
      aliases: [kuleba.aliases[0], { text: 'Tab\there' }],
      links: [{ url: 'http://example.com' }],
    };
    const result = await saveEntity(db, bad, false);
    expect(result.ok).toBe(false);
    const paths = !result.ok ? result.errors.map((e) => e.path).sort() : [];
    expect(paths).toEqual(['$.aliases[1].text', '$.country', '$.links[0].url', '$.name']);
    expect(await dump(db)).toEqual(before);
  });

  it('checks references, duplicates and self-relations against the database', async () => {
    const before = await dump(db);
    const kuleba = fixtureEntity('dmytro-kuleba');
    kuleba.aliases.push({ text: 'Kuleba' });
    kuleba.roles[0]!.organizationId = 'no-such-ministry';
    kuleba.related.push({ id: 'dmytro-kuleba', relation: 'is' }, { id: 'nobody', relation: 'knows' });
    const result = await saveEntity(db, kuleba, false);
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: '$.aliases[3].text', message: 'duplicate alias "Kuleba"' },
        { path: '$.related[2].id', message: 'an entity cannot be related to itself' },
        { path: '$.roles[0].organizationId', message: 'refers to entity "no-such-ministry", which does not exist' },
        { path: '$.related[3].id', message: 'refers to entity "nobody", which does not exist' },
      ],
    });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a taken id on create and an unknown id on edit (ids never change)', async () => {
    const nato = fixtureEntity('nato');
    expect(await saveEntity(db, nato, true)).toMatchObject({ ok: false, errors: [{ path: '$.id', message: expect.stringContaining('already taken') }] });
    expect(await saveEntity(db, { ...nato, id: 'nato-renamed' }, false)).toMatchObject({
      ok: false,
      errors: [{ path: '$.id', message: expect.stringContaining('ids cannot be changed') }],
    });
    expect(await db.entityRows.get('nato-renamed')).toBeUndefined();
  });

  it('writes nothing when saved unchanged, so the row keeps following dataset updates', async () => {
    const before = await dump(db);
    expect(await saveEntity(db, fixtureEntity('nato'), false)).toMatchObject({ ok: true });
    expect(await dump(db)).toEqual(before);
    expect((await db.entityRows.get('nato'))?.userEdited).toBeUndefined();
  });

  it('makes the stored lexicon stale, though the entity count did not change', async () => {
    const stale = await loadLexicon(db);
    const nato = fixtureEntity('nato');
    nato.aliases.push({ text: 'North Atlantic Alliance' });
    await saveEntity(db, nato, false);
    const fresh = await loadLexicon(db);
    expect(fresh.terms).toBe(stale.terms + 1);
  });
});

describe('saveClaim and saveSource', () => {
  it('creates a claim for the user and checks its references', async () => {
    const claim = { id: 'my-claim', entities: ['nato'], text: 'NATO met.', sourceId: 'source-a', quote: 'They met.' };
    expect(await saveClaim(db, claim, true)).toEqual({ ok: true, value: claim });
    expect(await db.claims.get('my-claim')).toMatchObject({ datasetId: USER_DATASET_ID });
    const bad = { ...claim, id: 'my-other-claim', entities: ['nato', 'nobody', 'nato'], sourceId: 'no-source', quote: 'x'.repeat(301) };
    const result = await saveClaim(db, bad, true);
    expect(result).toMatchObject({ ok: false, errors: [{ path: '$.quote', message: 'must be at most 300 characters' }] });
    const refs = await saveClaim(db, { ...bad, quote: 'ok' }, true);
    expect(!refs.ok && refs.errors.map((e) => e.path)).toEqual(['$.entities[2]', '$.entities[1]', '$.sourceId']);
    expect(await db.claims.get('my-other-claim')).toBeUndefined();
  });

  it('marks an edited dataset claim and source as the user override', async () => {
    const claim = { id: 'kuleba-resigned', entities: ['dmytro-kuleba'], text: 'Kuleba resigned in September.', date: '2024-09-04', sourceId: 'source-b', quote: 'Kuleba submitted his resignation.' };
    expect((await saveClaim(db, claim, false)).ok).toBe(true);
    expect(await db.claims.get('kuleba-resigned')).toMatchObject({ text: 'Kuleba resigned in September.', datasetId: 'fixture', userEdited: true });
    const source = { id: 'source-b', title: 'Foreign minister resigns', publisher: 'Example Daily', date: '2024-09-04', url: 'https://example.com/b' };
    expect((await saveSource(db, source, false)).ok).toBe(true);
    expect(await db.sources.get('source-b')).toMatchObject({ url: 'https://example.com/b', userEdited: true });
    expect(await saveSource(db, { id: 'source-c', title: ' padded ' }, true)).toMatchObject({ ok: false, errors: [{ path: '$.title' }] });
  });
});
