/**
 * Deletes based on a version (lib/db/edit-deletes.ts): a claim, entity or source changed in another
 * window since it was loaded is not deleted (`conflict: 'changed'`, nothing written); one already
 * gone counts as deleted (empty undo); without `basedOn` the plain delete runs. The entity editor's
 * save reports a refused claim delete as a claim conflict, keeping the claim marked in the form.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { editHandlers } from '../../../lib/background/edit-handlers';
import { handleMessage } from '../../../lib/background/router';
import type { Claim, Entity, Source } from '../../../lib/dataset/schema';
import type { DossierDb } from '../../../lib/db/database';
import { saveEntity } from '../../../lib/db/edit';
import { deleteClaim, listClaims, listSources, saveClaim, saveSource } from '../../../lib/db/edit-claims';
import { claimVersion, entityVersion, sourceVersion } from '../../../lib/db/edit-checks';
import { changedBeforeDelete, deleteClaimBasedOn, deleteEntityBasedOn, deleteSourceBasedOn } from '../../../lib/db/edit-deletes';
import { applyUndo } from '../../../lib/db/edit-undo';
import { getEntityCard } from '../../../lib/db/queries';
import { createClient } from '../../../lib/messages/client';
import type { Request } from '../../../lib/messages/protocol';
import { loadEntity } from '../../../components/options/editor/load';
import { saveEntityForm } from '../../../components/options/editor/save';
import { dump, seededDb } from './helpers';

const MESSAGES = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
(globalThis as unknown as { browser: unknown }).browser = {
  i18n: { getUILanguage: () => 'en', getMessage: (key: string) => MESSAGES[key]?.message ?? '' },
};

let db: DossierDb;
beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => {
  await db.delete();
});

/** A row as an editor has it after loading (through JSON), with its version. */
async function openClaim(id: string): Promise<{ claim: Claim; version: string }> {
  const claim = JSON.parse(JSON.stringify((await listClaims(db, 'dmytro-kuleba')).find((c) => c.id === id))) as Claim;
  return { claim, version: claimVersion(claim) };
}
async function openEntity(id: string): Promise<{ entity: Entity; version: string }> {
  const entity = JSON.parse(JSON.stringify((await getEntityCard(db, id))!.entity)) as Entity;
  return { entity, version: entityVersion(entity) };
}
async function openSource(id: string): Promise<{ source: Source; version: string }> {
  const source = JSON.parse(JSON.stringify((await listSources(db)).find((s) => s.id === id))) as Source;
  return { source, version: sourceVersion(source) };
}

const refused = (noun: 'entity' | 'claim' | 'source') => ({ conflict: 'changed', errors: [{ path: '$', message: changedBeforeDelete(noun) }] });

describe('deleteClaimBasedOn', () => {
  it('refuses to delete a claim changed since it was loaded, and writes nothing', async () => {
    const a = await openClaim('kuleba-resigned');
    expect((await saveClaim(db, { ...a.claim, text: 'Edited in window B.' }, false, a.version)).ok).toBe(true);
    const before = await dump(db);
    expect(await deleteClaimBasedOn(db, 'kuleba-resigned', a.version)).toEqual(refused('claim'));
    expect(await dump(db)).toEqual(before);
    expect((await db.claims.get('kuleba-resigned'))?.text).toBe('Edited in window B.');
  });

  it('deletes a claim unchanged since it was loaded, with an undo that restores it', async () => {
    const a = await openClaim('kuleba-resigned');
    const before = await dump(db);
    const r = await deleteClaimBasedOn(db, 'kuleba-resigned', a.version);
    expect(r.conflict).toBeUndefined();
    expect(r.undo?.claims.map((c) => c.id)).toEqual(['kuleba-resigned']);
    expect(await db.claims.get('kuleba-resigned')).toBeUndefined();
    await applyUndo(db, JSON.parse(JSON.stringify(r.undo)));
    expect(await dump(db)).toEqual(before);
  });

  it('counts a claim already deleted elsewhere as deleted: an empty undo, nothing written', async () => {
    const a = await openClaim('kuleba-undated');
    await deleteClaim(db, 'kuleba-undated');
    const before = await dump(db);
    expect(await deleteClaimBasedOn(db, 'kuleba-undated', a.version)).toEqual({ undo: { entities: [], claims: [], sources: [] } });
    expect(await dump(db)).toEqual(before);
  });

  it('without basedOn, deletes whatever is stored and throws for a missing claim, as before', async () => {
    const a = await openClaim('kuleba-resigned');
    await saveClaim(db, { ...a.claim, text: 'Changed.' }, false);
    expect((await deleteClaimBasedOn(db, 'kuleba-resigned')).undo?.claims).toHaveLength(1);
    await expect(deleteClaimBasedOn(db, 'kuleba-resigned')).rejects.toThrow(/no claim/);
  });

  it('ignores key order and fields left undefined, as the version does', async () => {
    const a = await openClaim('kuleba-resigned');
    const reordered = Object.fromEntries(Object.entries(a.claim).reverse()) as Claim;
    expect((await deleteClaimBasedOn(db, 'kuleba-resigned', claimVersion({ ...reordered, date: reordered.date }))).conflict).toBeUndefined();
  });
});

describe('deleteEntityBasedOn and deleteSourceBasedOn', () => {
  it('refuse an entity changed since it was loaded; delete an unchanged one with its claims', async () => {
    const a = await openEntity('nato');
    expect((await saveEntity(db, { ...a.entity, summary: 'Changed in window B.' }, false, a.version)).ok).toBe(true);
    const before = await dump(db);
    expect(await deleteEntityBasedOn(db, 'nato', a.version)).toEqual(refused('entity'));
    expect(await dump(db)).toEqual(before);

    const b = await openEntity('nato');
    const r = await deleteEntityBasedOn(db, 'nato', b.version);
    expect(r.undo?.entities.map((e) => e.id)).toContain('nato');
    expect(await db.entityRows.get('nato')).toBeUndefined();
    expect(await deleteEntityBasedOn(db, 'nato', b.version)).toEqual({ undo: { entities: [], claims: [], sources: [] } });
  });

  it('refuse a source changed since it was loaded; still refuse one that claims cite', async () => {
    const a = await openSource('source-b');
    expect((await saveSource(db, { ...a.source, title: 'Retitled in window B' }, false, a.version)).ok).toBe(true);
    const before = await dump(db);
    expect(await deleteSourceBasedOn(db, 'source-b', a.version)).toEqual(refused('source'));
    expect(await dump(db)).toEqual(before);
    const b = await openSource('source-b');
    await expect(deleteSourceBasedOn(db, 'source-b', b.version)).rejects.toThrow(/cited by/);
  });
});

describe('through the handlers and the router', () => {
  it('a refused delete does not signal a change; a done one does', async () => {
    const changed = vi.fn();
    const h = editHandlers(db, changed);
    const a = await openClaim('kuleba-resigned');
    await saveClaim(db, { ...a.claim, text: 'Elsewhere.' }, false);
    const req = (r: unknown) => r as Extract<Request, { type: 'claim.delete' }>;
    expect(await h['claim.delete'](req({ type: 'claim.delete', id: 'kuleba-resigned', basedOn: a.version }), {})).toMatchObject({ conflict: 'changed' });
    expect(changed).not.toHaveBeenCalled();
    const b = await openClaim('kuleba-resigned');
    expect((await h['claim.delete'](req({ type: 'claim.delete', id: 'kuleba-resigned', basedOn: b.version }), {})).undo?.claims).toHaveLength(1);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('the router accepts basedOn on every delete and refuses a malformed one', async () => {
    const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
    const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
    const handlers = createHandlers(db, { openOptions: () => undefined });
    const ctx = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle: (r: Request, from: object) => handlers.handle(r, from) };
    const send = (m: unknown) => handleMessage(m, { id: EXTENSION_ID, url: `${ORIGIN}/options.html` }, ctx);
    const s = await openSource('source-b');
    await saveSource(db, { ...s.source, title: 'Retitled' }, false);
    expect(await send({ type: 'source.delete', id: 'source-b', basedOn: s.version })).toMatchObject({ ok: true, result: { conflict: 'changed' } });
    const e = await openEntity('nato');
    expect(await send({ type: 'entity.delete', id: 'nato', basedOn: e.version })).toMatchObject({ ok: true, result: { undo: { entities: expect.arrayContaining([expect.objectContaining({ id: 'nato' })]) } } });
    expect(await send({ type: 'claim.delete', id: 'kuleba-resigned', basedOn: 'not-a-version' })).toMatchObject({ ok: false });
  });
});

describe('the entity editor save (save.ts)', () => {
  it('a claim deleted in the form but changed in another window is kept, reported as a claim conflict on delete', async () => {
    const handlers = createHandlers(db, { openOptions: () => undefined });
    const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
    const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
    const ctx = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle: (r: Request, from: object) => handlers.handle(r, from) };
    const client = createClient((m) => handleMessage(JSON.parse(JSON.stringify(m)), { id: EXTENSION_ID, url: `${ORIGIN}/options.html` }, ctx));

    const loaded = (await loadEntity(client, 'dmytro-kuleba'))!;
    const other = await openClaim('kuleba-resigned');
    await saveClaim(db, { ...other.claim, text: 'Edited in window B.' }, false, other.version);

    const claims = loaded.claims.map((c) => (c.id === 'kuleba-resigned' ? { ...c, deleted: true } : c));
    const out = await saveEntityForm(client, loaded.draft, claims, false, loaded.version);
    expect(out).toMatchObject({ ok: false, entitySaved: true, claimConflict: 'changed', claimConflictOnDelete: true });
    if (out.ok || out.conflict) throw new Error('unexpected outcome');
    const kept = out.claims.find((c) => c.id === 'kuleba-resigned');
    expect(kept?.deleted).toBe(true);
    expect(out.errors).toEqual([{ path: `$.claims[${out.claims.indexOf(kept!)}]`, message: MESSAGES.conc_delete_claim_changed!.message }]);
    expect((await db.claims.get('kuleba-resigned'))?.text).toBe('Edited in window B.');

    // Loaded again, the same delete goes through; a claim gone meanwhile counts as deleted.
    const again = (await loadEntity(client, 'dmytro-kuleba'))!;
    await deleteClaim(db, 'kuleba-undated');
    const marked = again.claims.map((c) => (c.id === 'kuleba-resigned' || c.id === 'kuleba-undated' ? { ...c, deleted: true } : c));
    expect(await saveEntityForm(client, again.draft, marked, false, again.version)).toMatchObject({ ok: true });
    expect(await db.claims.get('kuleba-resigned')).toBeUndefined();
  });
});
