import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDb } from '../../../lib/db/database';
import { deleteEntity, saveEntity } from '../../../lib/db/edit';
import { deleteClaim, deleteSource, saveClaim } from '../../../lib/db/edit-claims';
import { applyUndo } from '../../../lib/db/edit-undo';
import { getEntityCard } from '../../../lib/db/queries';
import { installDataset } from '../../../lib/db/seed';
import { fixtureV1, fixtureV2 } from '../db/fixtures';
import { dump, seededDb } from './helpers';

let db: DossierDb;
beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => {
  await db.delete();
});

/** What the options page sends back: the bundle after a round trip through JSON (messages are cloned). */
const viaMessage = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('deleteEntity', () => {
  it('removes the entity, its own claims and every reference to it, and records tombstones', async () => {
    const undo = await deleteEntity(db, 'mfa-ukraine');
    expect(await db.entityRows.get('mfa-ukraine')).toBeUndefined();
    // kuleba-appointed is about Kuleba too: it stays, without the ministry, as the user's version.
    expect(await db.claims.get('kuleba-appointed')).toMatchObject({ entities: ['dmytro-kuleba'], userEdited: true });
    const kuleba = await db.entityRows.get('dmytro-kuleba');
    expect(kuleba?.related).toEqual([{ id: 'nato', relation: 'negotiated with' }]);
    expect(kuleba?.roles).toEqual([{ title: 'Minister of Foreign Affairs', start: '2020-03', end: '2024-09' }]);
    expect(kuleba?.userEdited).toBe(true);
    expect(await db.tombstones.toArray()).toEqual([{ kind: 'entity', id: 'mfa-ukraine', datasetId: 'fixture' }]);
    expect(undo.entities.map((e) => e.id)).toEqual(['mfa-ukraine', 'dmytro-kuleba']);
    expect(undo.claims.map((c) => c.id)).toEqual(['kuleba-appointed']);
    // Rows as they were before.
    expect(undo.entities[1]).not.toHaveProperty('userEdited');
    expect(undo.claims[0]).toMatchObject({ entities: ['dmytro-kuleba', 'mfa-ukraine'] });
  });

  it('deletes the claims about it alone', async () => {
    await deleteEntity(db, 'dmytro-kuleba');
    expect((await db.claims.toCollection().primaryKeys()).sort()).toEqual(['kuleba-appointed', 'kuleba-undated']);
    expect(await db.claims.get('kuleba-undated')).toMatchObject({ entities: ['nato'] });
    expect((await db.tombstones.toArray()).map((t) => `${t.kind}:${t.id}`).sort()).toEqual(['claim:kuleba-resigned', 'entity:dmytro-kuleba']);
  });

  it('round-trips with undo: the database is exactly as before', async () => {
    const before = await dump(db);
    const undo = await deleteEntity(db, 'dmytro-kuleba');
    expect(await dump(db)).not.toEqual(before);
    await applyUndo(db, viaMessage(undo));
    expect(await dump(db)).toEqual(before);
    expect((await getEntityCard(db, 'dmytro-kuleba'))?.claims).toHaveLength(3);
  });

  it('round-trips a user entity (no tombstone) and a claim deletion', async () => {
    await saveEntity(db, { id: 'my-person', type: 'person', name: 'My Person', related: [{ id: 'nato', relation: 'member of' }] }, true);
    await saveClaim(db, { id: 'my-claim', entities: ['my-person'], text: 'A claim.', sourceId: 'source-a', quote: 'Quoted.' }, true);
    const before = await dump(db);
    const undo = await deleteEntity(db, 'my-person');
    expect(await db.tombstones.count()).toBe(0);
    await applyUndo(db, viaMessage(undo));
    expect(await dump(db)).toEqual(before);

    const claimUndo = await deleteClaim(db, 'kuleba-resigned');
    expect(await db.claims.get('kuleba-resigned')).toBeUndefined();
    await applyUndo(db, viaMessage(claimUndo));
    expect(await dump(db)).toEqual(before);
  });

  it('refuses an undo bundle whose rows are not rows, and writes nothing', async () => {
    const undo = viaMessage(await deleteEntity(db, 'nato'));
    const after = await dump(db);
    await expect(applyUndo(db, { ...undo, entities: [{ ...undo.entities[0], name: '' }] })).rejects.toThrow(/cannot undo: entities\[0\]/);
    await expect(applyUndo(db, { ...undo, claims: [{ id: 'x' }] })).rejects.toThrow(/cannot undo: claims\[0\]/);
    expect(await dump(db)).toEqual(after);
  });

  it('throws for an unknown entity', async () => {
    await expect(deleteEntity(db, 'nobody')).rejects.toThrow(/no entity/);
  });
});

describe('tombstones', () => {
  it('keep a deleted dataset entity and claim deleted across a dataset update', async () => {
    await deleteEntity(db, 'mfa-ukraine');
    await deleteClaim(db, 'kuleba-appointed');
    // Version 1.1.0 still ships the ministry and the claim, and adds Sybiha.
    const result = await installDataset(db, fixtureV2());
    expect(result.status).toBe('updated');
    expect(await db.entityRows.get('mfa-ukraine')).toBeUndefined();
    expect(await db.claims.get('kuleba-appointed')).toBeUndefined();
    expect(await db.entityRows.get('andrii-sybiha')).toBeDefined();
    // The same holds for a reinstall of the first version under a newer number.
    await installDataset(db, { ...fixtureV1(), version: '2.0.0' });
    expect(await db.entityRows.get('mfa-ukraine')).toBeUndefined();
  });

  it('are removed by undo, so the restored row follows the dataset again', async () => {
    const undo = await deleteEntity(db, 'nato');
    await applyUndo(db, viaMessage(undo));
    expect(await db.tombstones.count()).toBe(0);
    await installDataset(db, { ...fixtureV1(), version: '1.0.1', entities: fixtureV1().entities.map((e) => (e.id === 'nato' ? { ...e, summary: 'Updated.' } : e)) });
    expect((await db.entityRows.get('nato'))?.summary).toBe('Updated.');
  });
});

describe('deleteSource', () => {
  it('is refused while claims cite the source, saying how many', async () => {
    const before = await dump(db);
    await expect(deleteSource(db, 'source-b')).rejects.toThrow(/cited by 2 claims/);
    expect(await dump(db)).toEqual(before);
  });

  it('deletes an uncited source, with undo', async () => {
    await deleteClaim(db, 'kuleba-appointed');
    const before = await dump(db);
    const undo = await deleteSource(db, 'source-a');
    expect(await db.sources.get('source-a')).toBeUndefined();
    expect(await db.tombstones.get(['source', 'source-a'])).toEqual({ kind: 'source', id: 'source-a', datasetId: 'fixture' });
    await applyUndo(db, viaMessage(undo));
    expect(await dump(db)).toEqual(before);
  });
});
