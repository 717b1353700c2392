import { describe, expect, it } from 'vitest';
import { installDataset } from '../../../lib/db/seed';
import { lexiconFingerprint, loadLexicon } from '../../../lib/db/lexicon-cache';
import { getAllLexiconEntities } from '../../../lib/db/queries';
import { Matcher } from '../../../lib/match/matcher';
import { fixtureV1, freshDb } from './fixtures';

describe('stored lexicon', () => {
  it('is compiled once and reused while the data is unchanged', async () => {
    const db = freshDb();
    await installDataset(db, fixtureV1());
    const first = await loadLexicon(db);
    const row = await db.cache.get('lexicon');
    expect(row?.fingerprint).toBe(await lexiconFingerprint(db));
    // Tamper with the stored copy: a reuse returns it as stored, a recompile would not.
    await db.cache.put({ ...row!, value: { ...first, maxWords: 99 } });
    expect((await loadLexicon(db)).maxWords).toBe(99);
  });

  it('is compiled again after the dataset changes', async () => {
    const db = freshDb();
    await installDataset(db, fixtureV1());
    await loadLexicon(db);
    const v2 = fixtureV1();
    v2.version = '1.1.0';
    v2.entities.push({ id: 'new-entity', type: 'company', name: 'Brand New Works' });
    await installDataset(db, v2);
    const lexicon = await loadLexicon(db);
    expect(new Matcher(lexicon).find('Brand New Works', new Set()).map((m) => m.entityId)).toEqual(['new-entity']);
  });
});

describe('stored lexicon and concurrent edits', () => {
  it('does not keep a lexicon compiled from data an edit changed meanwhile', async () => {
    const db = freshDb();
    await installDataset(db, fixtureV1());
    // An edit lands while the compile reads the entities: edits clear the cache table.
    await loadLexicon(db, async (d) => {
      const entities = await getAllLexiconEntities(d);
      await d.cache.clear();
      return entities;
    });
    expect(await db.cache.get('lexicon')).toBeUndefined();
    await loadLexicon(db);
    expect(await db.cache.get('lexicon')).toBeDefined();
  });
});
