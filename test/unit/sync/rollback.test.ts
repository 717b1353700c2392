/** Update and rollback at the database level: backups, the user's rows and edits, tombstones, snippets. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { validateDataset } from '../../../lib/dataset/validate';
import type { DossierDb } from '../../../lib/db/database';
import { installDataset } from '../../../lib/db/seed';
import { applyDatasetUpdate, planDatasetUpdate } from '../../../lib/db/sync-apply';
import { rollbackDataset } from '../../../lib/db/sync-rollback';
import { dump } from '../datasets/helpers';
import { fixtureV1, fixtureV2, freshDb } from '../db/fixtures';

let db: DossierDb;
const valid = (input: unknown): Dataset => {
  const v = validateDataset(input);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.value;
};
let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1) + ++clock * 1000);

beforeEach(async () => {
  db = freshDb();
  await installDataset(db, fixtureV1(), now);
  await db.snippets.put({ id: 'snippet-1' } as never);
});
afterEach(() => db.close());

/** Every table but the ones an update or rollback is expected to change. */
const dataTables = async (): Promise<Record<string, unknown[]>> => {
  const { backups: _b, datasets, cache: _c, ...rest } = await dump(db);
  return { ...rest, datasets: (datasets as { installedAt?: string }[]).map((d) => ({ ...d, installedAt: undefined })) };
};

describe('applyDatasetUpdate', () => {
  it('keeps the replaced version as a backup, written with the update', async () => {
    const before = await dump(db);
    const { summary, result } = await applyDatasetUpdate(db, valid(fixtureV2()), now);
    expect(result.status).toBe('updated');
    expect(summary.entities).toEqual({ added: 1, changed: 1, removed: 1, kept: 0 });
    const backup = await db.backups.get('fixture');
    expect(backup?.dataset).toEqual((before.datasets as unknown[])[0]);
    // Only what the update touched: the changed and the removed entity as they were, and the id it added.
    expect(backup?.entities.map((e) => e.id).sort()).toEqual(['dmytro-kuleba', 'nato']);
    expect(backup?.entities).toEqual(expect.arrayContaining((before.entities as unknown[]).filter((e) => ['dmytro-kuleba', 'nato'].includes((e as { id: string }).id))));
    expect(backup?.added?.entities).toEqual(['andrii-sybiha']);
    expect(backup?.replacedBy).toBe('1.1.0');
  });

  it('backs up only the rows it changes: user rows and edits are not in the backup, and a rollback leaves them', async () => {
    const own = { id: 'my-entity', type: 'person', name: 'My Entity', aliases: [], datasetId: 'user' };
    await db.entityRows.put(own as never);
    await db.entityRows.update('mfa-ukraine', { userEdited: true, summary: 'Edited before the update.' });
    const before = await dataTables();
    await applyDatasetUpdate(db, valid(fixtureV2()), now);
    const backup = (await db.backups.get('fixture'))!;
    const backedUp = [...backup.entities, ...backup.claims, ...backup.sources].map((r) => r.id);
    expect(backedUp).not.toContain('my-entity');
    expect(backedUp).not.toContain('mfa-ukraine');
    // Untouched rows of the dataset are not copied either: the backup is the update's delta.
    const v1Rows = (before.entities as unknown[]).length + (before.claims as unknown[]).length + (before.sources as unknown[]).length;
    expect(backedUp.length).toBeLessThan(v1Rows - 2);

    // After the update the user edits the entity it added: a rollback keeps that edit.
    await db.entityRows.update('andrii-sybiha', { userEdited: true, summary: 'Mine now.' });
    await rollbackDataset(db, 'fixture', now);
    const after = await dataTables();
    // The user's edit after the update stays, so entity rows and their blocks differ by it.
    const { entities: afterEntities, entityBlocks: _a, ...afterRest } = after;
    const { entities: beforeEntities, entityBlocks: _b, ...beforeRest } = before;
    expect(afterRest).toEqual(beforeRest);
    expect(afterEntities).toEqual(expect.arrayContaining(beforeEntities as unknown[]));
    expect(await db.entityRows.get('andrii-sybiha')).toMatchObject({ userEdited: true, summary: 'Mine now.' });
    expect(await db.entityRows.get('my-entity')).toEqual(own);
    expect((await db.entityRows.get('mfa-ukraine'))?.summary).toBe('Edited before the update.');
    expect(await db.snippets.toArray()).toEqual([{ id: 'snippet-1' }]);
  });

  it('makes the plan afresh when a row it would overwrite was edited since it was made', async () => {
    const v2 = valid(fixtureV2());
    const plan = await planDatasetUpdate(db, v2);
    expect(plan.entities.previous.map((r) => r.id).sort()).toEqual(['dmytro-kuleba', 'nato']);
    await db.entityRows.update('dmytro-kuleba', { userEdited: true, summary: 'Edited between check and apply.' });
    const { summary } = await applyDatasetUpdate(db, v2, now, plan);
    expect(summary.entities.kept).toBe(1);
    expect((await db.entityRows.get('dmytro-kuleba'))?.summary).toBe('Edited between check and apply.');
    expect((await db.backups.get('fixture'))?.entities.map((e) => e.id)).toEqual(['nato']);
  });

  it('writes nothing for the same version', async () => {
    const before = await dump(db);
    const { result } = await applyDatasetUpdate(db, valid(fixtureV1()), now);
    expect(result.status).toBe('unchanged');
    expect(await dump(db)).toEqual(before);
  });

  it('writes nothing at all when the install fails inside the transaction', async () => {
    const before = await dump(db);
    const broken = { ...valid(fixtureV2()), entities: [{ id: 'x' }] } as unknown as Dataset;
    await expect(applyDatasetUpdate(db, broken, now)).rejects.toThrow(/invalid dataset/);
    expect(await dump(db)).toEqual(before);
  });
});

describe('rollbackDataset', () => {
  it('restores the previous version exactly, in one go, and uses the backup up', async () => {
    const before = await dataTables();
    await applyDatasetUpdate(db, valid(fixtureV2()), now);
    const result = await rollbackDataset(db, 'fixture', now);
    expect(result).toEqual({ datasetId: 'fixture', version: '1.0.0', replacedVersion: '1.1.0' });
    expect(await dataTables()).toEqual(before);
    expect(await db.backups.count()).toBe(0);
    expect(await rollbackDataset(db, 'fixture', now)).toBeNull();
  });

  it("keeps the user's own rows, their edits and their deletions; snippets are untouched", async () => {
    await applyDatasetUpdate(db, valid(fixtureV2()), now);
    // After the update the user edits one row, deletes another, and adds an entity of their own.
    await db.entityRows.update('mfa-ukraine', { userEdited: true, summary: 'My own note.' });
    await db.entityRows.delete('dmytro-kuleba');
    await db.tombstones.put({ kind: 'entity', id: 'dmytro-kuleba', datasetId: 'fixture' });
    await db.entityRows.put({ id: 'test-person-one', type: 'person', name: 'Test Person One', aliases: [], roles: [], related: [], links: [], datasetId: 'user', names: [], words: [] } as never);

    await rollbackDataset(db, 'fixture', now);
    expect((await db.datasets.get('fixture'))?.version).toBe('1.0.0');
    expect((await db.entityRows.get('mfa-ukraine'))?.summary).toBe('My own note.');
    expect(await db.entityRows.get('dmytro-kuleba')).toBeUndefined();
    expect(await db.entityRows.get('test-person-one')).toMatchObject({ datasetId: 'user' });
    // Back from 1.0.0: NATO again; Sybiha (new in 1.1.0) gone.
    expect(await db.entityRows.get('nato')).toBeDefined();
    expect(await db.entityRows.get('andrii-sybiha')).toBeUndefined();
    expect(await db.snippets.toArray()).toEqual([{ id: 'snippet-1' }]);
  });

  it('an update keeps user edits too, and a rollback after it keeps them', async () => {
    await db.entityRows.update('dmytro-kuleba', { userEdited: true, summary: 'Edited before the update.' });
    const { summary } = await applyDatasetUpdate(db, valid(fixtureV2()), now);
    expect(summary.entities.kept).toBe(1);
    expect((await db.entityRows.get('dmytro-kuleba'))?.summary).toBe('Edited before the update.');
    await rollbackDataset(db, 'fixture', now);
    expect((await db.entityRows.get('dmytro-kuleba'))?.summary).toBe('Edited before the update.');
  });

  it('still restores a whole-version backup written by the first sync builds', async () => {
    const before = await dataTables();
    const v1 = (await db.datasets.get('fixture'))!;
    const own = { entities: await db.entityRows.toArray(), claims: await db.claims.toArray(), sources: await db.sources.toArray() };
    await applyDatasetUpdate(db, valid(fixtureV2()), now);
    await db.backups.put({ datasetId: 'fixture', dataset: v1, ...own, replacedBy: '1.1.0', savedAt: now().toISOString() });
    await rollbackDataset(db, 'fixture', now);
    expect(await dataTables()).toEqual(before);
  });

  it('gives the restored version a fresh install time, so the cached lexicon is recompiled', async () => {
    await applyDatasetUpdate(db, valid(fixtureV2()), now);
    const updated = (await db.datasets.get('fixture'))!.installedAt;
    await rollbackDataset(db, 'fixture', now);
    expect((await db.datasets.get('fixture'))!.installedAt > updated).toBe(true);
  });
});
