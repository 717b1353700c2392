import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DossierDb } from '../../../lib/db/database';
import { USER_DATASET_ID } from '../../../lib/db/database';
import { toClaimRow, toEntityRow } from '../../../lib/db/rows';
import { applyBundledSeed, compareVersions, DatasetValidationError, installDataset } from '../../../lib/db/seed';
import { fixtureV1, fixtureV2, freshDb } from './fixtures';

let db: DossierDb;
afterEach(async () => {
  await db?.delete();
});

async function counts(d: DossierDb) {
  return { entities: await d.entityRows.count(), claims: await d.claims.count(), sources: await d.sources.count(), datasets: await d.datasets.count() };
}

describe('compareVersions', () => {
  it('compares numerically, part by part', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBeLessThan(0);
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(/not a version/);
  });
});

describe('installDataset: first install', () => {
  it('loads every row in one transaction over all four tables', async () => {
    db = freshDb();
    const spy = vi.spyOn(db, 'transaction');
    const result = await installDataset(db, fixtureV1(), () => new Date('2025-03-01T00:00:00Z'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ status: 'installed', datasetId: 'fixture', version: '1.0.0', written: 8, deleted: 0, kept: 0 });
    expect(await counts(db)).toEqual({ entities: 3, claims: 3, sources: 2, datasets: 1 });
    expect(await db.datasets.get('fixture')).toEqual({
      id: 'fixture',
      name: 'Fixture dataset',
      version: '1.0.0',
      publishedAt: '2025-01-15T10:00:00Z',
      schemaVersion: 1,
      installedAt: '2025-03-01T00:00:00.000Z',
      entityCount: 3,
      claimCount: 3,
      sourceCount: 2,
    });
    const kuleba = await db.entityRows.get('dmytro-kuleba');
    expect(kuleba).toMatchObject({ datasetId: 'fixture', name: 'Dmytro Kuleba', country: 'UA' });
    expect(kuleba?.userEdited).toBeUndefined();
    // Since schema version 6, rows hold no derived search keys: search runs on lib/search's index.
    expect(kuleba).not.toHaveProperty('names');
    expect(kuleba).not.toHaveProperty('words');
  });

  it('writes nothing when the transaction fails part-way', async () => {
    db = freshDb();
    db.sources.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(installDataset(db, fixtureV1())).rejects.toThrow(/disk full/);
    expect(await counts(db)).toEqual({ entities: 0, claims: 0, sources: 0, datasets: 0 });
  });
});

describe('installDataset: same or older version', () => {
  it('is a no-op', async () => {
    db = freshDb();
    await installDataset(db, fixtureV1(), () => new Date('2025-03-01T00:00:00Z'));
    await db.entityRows.update('nato', { summary: 'changed locally' });
    const again = await installDataset(db, fixtureV1(), () => new Date('2025-04-01T00:00:00Z'));
    expect(again).toMatchObject({ status: 'unchanged', version: '1.0.0', previousVersion: '1.0.0', written: 0 });
    const older = await installDataset(db, { ...fixtureV1(), version: '0.9.0' });
    expect(older.status).toBe('unchanged');
    expect((await db.datasets.get('fixture'))?.installedAt).toBe('2025-03-01T00:00:00.000Z');
    expect((await db.entityRows.get('nato'))?.summary).toBe('changed locally');
  });
});

describe('installDataset: newer version', () => {
  it('updates seed rows, deletes removed ones, and leaves user and user-edited rows alone', async () => {
    db = freshDb();
    await installDataset(db, fixtureV1());
    // A row the user created, and two dataset rows the user edited (one of them is dropped by v2).
    const userEntity = toEntityRow({ id: 'my-note', type: 'person', name: 'My Person', aliases: [], roles: [], related: [] }, { datasetId: USER_DATASET_ID });
    await db.entityRows.put(userEntity);
    const userClaim = toClaimRow(
      { id: 'my-claim', entities: ['my-note', 'nato'], text: 'My claim.', sourceId: 'source-b', quote: 'Quoted.' },
      { datasetId: USER_DATASET_ID },
    );
    await db.claims.put(userClaim);
    await db.entityRows.update('mfa-ukraine', { summary: 'My own summary.', userEdited: true });
    await db.entityRows.update('nato', { summary: 'Kept by the user.', userEdited: true });

    const result = await installDataset(db, fixtureV2());
    expect(result).toMatchObject({ status: 'updated', version: '1.1.0', previousVersion: '1.0.0' });
    // Written: kuleba, sybiha, 1 claim, 1 source. Deleted: 2 claims, 1 source. Kept: mfa (in v2) and nato (dropped).
    expect(result).toMatchObject({ written: 4, deleted: 3, kept: 2 });

    expect((await db.entityRows.get('dmytro-kuleba'))?.summary).toBe('Ukrainian diplomat, foreign minister 2020–2024.');
    expect((await db.entityRows.get('andrii-sybiha'))?.name).toBe('Andrii Sybiha');
    expect(await db.entityRows.get('mfa-ukraine')).toMatchObject({ summary: 'My own summary.', userEdited: true, datasetId: 'fixture' });
    expect(await db.entityRows.get('nato')).toMatchObject({ summary: 'Kept by the user.', userEdited: true });
    expect(await db.entityRows.get('my-note')).toEqual(userEntity);
    expect(await db.claims.get('my-claim')).toEqual(userClaim);
    expect((await db.claims.toCollection().primaryKeys()).sort()).toEqual(['kuleba-appointed', 'my-claim']);
    expect(await db.sources.toCollection().primaryKeys()).toEqual(['source-a']);
    expect(await db.datasets.get('fixture')).toMatchObject({ version: '1.1.0', entityCount: 3, claimCount: 1, sourceCount: 1 });
  });

  it('does not overwrite a row with the same id that the user created', async () => {
    db = freshDb();
    const mine = toEntityRow({ id: 'nato', type: 'organization', name: 'My NATO', aliases: [], roles: [], related: [] }, { datasetId: USER_DATASET_ID });
    await db.entityRows.put(mine);
    const result = await installDataset(db, fixtureV1());
    expect(result.kept).toBe(1);
    expect(await db.entityRows.get('nato')).toEqual(mine);
  });

  it('does not bring back rows the user deleted (tombstoned), and counts them as kept', async () => {
    db = freshDb();
    await installDataset(db, fixtureV1());
    // As the dataset manager's delete leaves them: the rows gone, a tombstone for each.
    await db.entityRows.delete('mfa-ukraine');
    await db.claims.delete('kuleba-appointed');
    await db.tombstones.bulkPut([
      { kind: 'entity', id: 'mfa-ukraine', datasetId: 'fixture' },
      { kind: 'claim', id: 'kuleba-appointed', datasetId: 'fixture' },
      { kind: 'source', id: 'source-a', datasetId: 'other-dataset' },
    ]);
    const result = await installDataset(db, fixtureV2());
    expect(result).toMatchObject({ status: 'updated', kept: 2 });
    expect(await db.entityRows.get('mfa-ukraine')).toBeUndefined();
    expect(await db.claims.get('kuleba-appointed')).toBeUndefined();
    // A tombstone of another dataset does not apply.
    expect(await db.sources.get('source-a')).toMatchObject({ datasetId: 'fixture' });
    expect(await db.tombstones.count()).toBe(3);
  });
});

describe('installDataset: invalid input', () => {
  it('throws listing every problem and writes nothing', async () => {
    db = freshDb();
    const bad = fixtureV1();
    bad.entities[0]!.id = 'Not A Slug';
    bad.claims[0]!.sourceId = 'missing-source';
    const error = await installDataset(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetValidationError);
    const message = (error as Error).message;
    expect(message).toMatch(/invalid dataset \(\d+ problems\)/);
    expect(message).toContain('$.entities[0].id: must be a kebab-case slug');
    expect(message).toContain('$.claims[0].sourceId: refers to source "missing-source"');
    expect((error as DatasetValidationError).errors.length).toBeGreaterThanOrEqual(2);
    expect(await counts(db)).toEqual({ entities: 0, claims: 0, sources: 0, datasets: 0 });
  });

  it('leaves an installed version as it was', async () => {
    db = freshDb();
    await installDataset(db, fixtureV1());
    await expect(installDataset(db, { ...fixtureV2(), claims: 'nope' })).rejects.toThrow(DatasetValidationError);
    expect(await counts(db)).toEqual({ entities: 3, claims: 3, sources: 2, datasets: 1 });
    expect((await db.datasets.get('fixture'))?.version).toBe('1.0.0');
  });

  it('rejects non-objects', async () => {
    db = freshDb();
    await expect(installDataset(db, null)).rejects.toThrow(DatasetValidationError);
  });
});

describe('applyBundledSeed', () => {
  it('installs, then skips validation when the same version is installed', async () => {
    db = freshDb();
    expect((await applyBundledSeed(db, fixtureV1())).status).toBe('installed');
    // Same id and version but otherwise invalid: not even validated.
    expect((await applyBundledSeed(db, { id: 'fixture', version: '1.0.0' })).status).toBe('unchanged');
    expect((await applyBundledSeed(db, fixtureV2())).status).toBe('updated');
  });

  it('validates a newer or unknown seed before writing', async () => {
    db = freshDb();
    await expect(applyBundledSeed(db, { id: 'fixture', version: '2.0.0' })).rejects.toThrow(DatasetValidationError);
    expect(await counts(db)).toEqual({ entities: 0, claims: 0, sources: 0, datasets: 0 });
  });

  it('serialises concurrent applications: one installs, the other is a no-op', async () => {
    db = freshDb();
    const results = await Promise.all([applyBundledSeed(db, fixtureV1()), applyBundledSeed(db, fixtureV1())]);
    expect(results.map((r) => r.status).sort()).toEqual(['installed', 'unchanged']);
    expect(await counts(db)).toEqual({ entities: 3, claims: 3, sources: 2, datasets: 1 });
  });
});
