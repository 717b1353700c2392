/**
 * Two windows editing one claim or source: as for entities (concurrency.test.ts), each save sends
 * the version it loaded (`basedOn`, claimVersion / sourceVersion), and a save based on a version
 * that is no longer stored is refused with a conflict, writing nothing. The entity editor's save
 * (save.ts) reports a refused claim as `claimConflict` with a translated error at that claim.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { handleMessage } from '../../../lib/background/router';
import type { Claim, Source } from '../../../lib/dataset/schema';
import type { DossierDb } from '../../../lib/db/database';
import { changedElsewhere, deleteClaim, deletedElsewhere, deleteSource, listClaims, listSources, saveClaim, saveSource } from '../../../lib/db/edit-claims';
import { claimVersion, sourceVersion } from '../../../lib/db/edit-checks';
import { createClient, type Client } from '../../../lib/messages/client';
import type { Request } from '../../../lib/messages/protocol';
import { loadEntity } from '../../../components/options/editor/load';
import { saveEntityForm } from '../../../components/options/editor/save';
import { dump, seededDb } from './helpers';

const MESSAGES = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
(globalThis as unknown as { browser: unknown }).browser = {
  i18n: { getUILanguage: () => 'en', getMessage: (key: string) => MESSAGES[key]?.message ?? '' },
};

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const optionsPage = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };

let db: DossierDb;
let client: Client;
let send: (message: unknown) => ReturnType<typeof handleMessage>;
beforeEach(async () => {
  db = await seededDb();
  const handlers = createHandlers(db, { openOptions: () => undefined });
  const ctx = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle: (r: Request, from: object) => handlers.handle(r, from) };
  send = (message) => handleMessage(JSON.parse(JSON.stringify(message)), optionsPage, ctx);
  client = createClient(send);
});
afterEach(async () => {
  await db.delete();
});

/** What an editor has after loading, as it crossed the message channel. */
async function openClaim(id: string): Promise<{ claim: Claim; version: string }> {
  const claim = JSON.parse(JSON.stringify((await listClaims(db, 'dmytro-kuleba')).find((c) => c.id === id))) as Claim;
  return { claim, version: claimVersion(claim) };
}
async function openSource(id: string): Promise<{ source: Source; version: string }> {
  const source = JSON.parse(JSON.stringify((await listSources(db)).find((s) => s.id === id))) as Source;
  return { source, version: sourceVersion(source) };
}

describe('claimVersion and sourceVersion', () => {
  it('are 16 hex digits, ignore key order and change with any field', async () => {
    const { claim, version } = await openClaim('kuleba-resigned');
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(claimVersion(Object.fromEntries(Object.entries(claim).reverse()) as Claim)).toBe(version);
    expect(claimVersion({ ...claim, text: 'x' })).not.toBe(version);
    const { source, version: sv } = await openSource('source-a');
    expect(sv).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceVersion({ ...source, title: 'x' })).not.toBe(sv);
  });
});

describe('saveClaim with basedOn', () => {
  it('refuses the second of two saves based on the same version; the first stays', async () => {
    const a = await openClaim('kuleba-resigned');
    const b = await openClaim('kuleba-resigned');
    expect((await saveClaim(db, { ...a.claim, text: 'From window A.' }, false, a.version)).ok).toBe(true);
    const before = await dump(db);
    expect(await saveClaim(db, { ...b.claim, text: 'From window B.' }, false, b.version)).toEqual({
      ok: false,
      conflict: 'changed',
      errors: [{ path: '$', message: changedElsewhere('claim') }],
    });
    expect(await dump(db)).toEqual(before);
    expect((await db.claims.get('kuleba-resigned'))?.text).toBe('From window A.');
  });

  it('a save based on the version just saved goes through; so does one equal to what is stored', async () => {
    const a = await openClaim('kuleba-resigned');
    const saved = await saveClaim(db, { ...a.claim, text: 'Once.' }, false, a.version);
    expect(saved.ok).toBe(true);
    const next = saved.ok ? claimVersion(saved.value) : '';
    expect((await saveClaim(db, { ...a.claim, text: 'Twice.' }, false, next)).ok).toBe(true);
    // Based on an old version, but saving exactly what is stored loses nothing.
    expect((await saveClaim(db, { ...a.claim, text: 'Twice.' }, false, a.version)).ok).toBe(true);
  });

  it('a claim deleted meanwhile is a conflict, and is not brought back', async () => {
    const a = await openClaim('kuleba-undated');
    await deleteClaim(db, 'kuleba-undated');
    expect(await saveClaim(db, { ...a.claim, text: 'Edited.' }, false, a.version)).toEqual({
      ok: false,
      conflict: 'deleted',
      errors: [{ path: '$', message: deletedElsewhere('claim') }],
    });
    expect(await db.claims.get('kuleba-undated')).toBeUndefined();
  });

  it('checks the version before the fields, and ignores it when creating; without it the last save wins', async () => {
    const a = await openClaim('kuleba-resigned');
    await saveClaim(db, { ...a.claim, text: 'Other window.' }, false);
    expect(await saveClaim(db, { ...a.claim, entities: ['no-such-entity'] }, false, a.version)).toMatchObject({ ok: false, conflict: 'changed' });
    expect((await saveClaim(db, { ...a.claim, text: 'Last.' }, false)).ok).toBe(true);
    expect((await saveClaim(db, { ...a.claim, id: 'brand-new-claim' }, true, a.version)).ok).toBe(true);
  });
});

describe('saveSource with basedOn', () => {
  it('refuses the second of two saves based on the same version, and a save of a deleted source', async () => {
    const a = await openSource('source-a');
    const b = await openSource('source-a');
    expect((await saveSource(db, { ...a.source, title: 'Window A' }, false, a.version)).ok).toBe(true);
    const before = await dump(db);
    expect(await saveSource(db, { ...b.source, title: 'Window B' }, false, b.version)).toEqual({
      ok: false,
      conflict: 'changed',
      errors: [{ path: '$', message: changedElsewhere('source') }],
    });
    expect(await dump(db)).toEqual(before);

    // source-a is cited by a claim; once that claim is gone it can be deleted.
    await deleteClaim(db, 'kuleba-appointed');
    const c = await openSource('source-a');
    await deleteSource(db, 'source-a');
    expect(await saveSource(db, { ...c.source, title: 'Back?' }, false, c.version)).toMatchObject({ ok: false, conflict: 'deleted' });
    expect(await db.sources.get('source-a')).toBeUndefined();
  });
});

describe('through the router', () => {
  it('carries basedOn for claim.save and source.save', async () => {
    const a = await openClaim('kuleba-resigned');
    const save = (text: string) => send({ type: 'claim.save', claim: { ...a.claim, text }, create: false, basedOn: a.version });
    expect(await save('A')).toMatchObject({ ok: true, result: { ok: true } });
    expect(await save('B')).toMatchObject({ ok: true, result: { ok: false, conflict: 'changed' } });
    const s = await openSource('source-b');
    const saveSrc = (title: string) => send({ type: 'source.save', source: { ...s.source, title }, create: false, basedOn: s.version });
    expect(await saveSrc('A')).toMatchObject({ ok: true, result: { ok: true } });
    expect(await saveSrc('B')).toMatchObject({ ok: true, result: { ok: false, conflict: 'changed' } });
  });

  it('refuses a basedOn that is not a version', async () => {
    const a = await openClaim('kuleba-resigned');
    const answer = await send({ type: 'claim.save', claim: a.claim, create: false, basedOn: 'anything' });
    expect(answer.ok || answer.error).toMatch(/^malformed message: \$\.basedOn/);
    const s = await openSource('source-b');
    const other = await send({ type: 'source.save', source: s.source, create: false, basedOn: 'x' });
    expect(other.ok || other.error).toMatch(/^malformed message: \$\.basedOn/);
  });
});

describe("the entity editor's save", () => {
  it('loads each claim with its version', async () => {
    const loaded = (await loadEntity(client, 'dmytro-kuleba'))!;
    for (const c of loaded.claims) expect(c.version).toBe(claimVersion((await openClaim(c.id)).claim));
  });

  it('a claim changed in another window: the entity is saved, that claim is not, and says why', async () => {
    const loaded = (await loadEntity(client, 'dmytro-kuleba'))!;
    const other = await openClaim('kuleba-resigned');
    expect((await saveClaim(db, { ...other.claim, text: 'Other window.' }, false, other.version)).ok).toBe(true);

    const claims = loaded.claims.map((c) => (c.id === 'kuleba-resigned' ? { ...c, text: 'This window.' } : c));
    const index = claims.findIndex((c) => c.id === 'kuleba-resigned');
    const out = await saveEntityForm(client, { ...loaded.draft, summary: 'Saved with it.' }, claims, false, loaded.version);
    expect(out).toMatchObject({ ok: false, entitySaved: true, claimConflict: 'changed' });
    if (out.ok || out.conflict) throw new Error('unexpected');
    expect(out.errors).toEqual([{ path: `$.claims[${index}]`, message: MESSAGES.full_claim_changed!.message }]);
    // The refused edit stays in the form; nothing of it was written.
    expect(out.claims[index]?.text).toBe('This window.');
    expect((await db.claims.get('kuleba-resigned'))?.text).toBe('Other window.');
    expect((await db.entityRows.get('dmytro-kuleba'))?.summary).toBe('Saved with it.');
  });

  it('a saved claim carries its new version, so the next save from the same form goes through', async () => {
    const loaded = (await loadEntity(client, 'dmytro-kuleba'))!;
    const edit = (text: string, list = loaded.claims) => list.map((c) => (c.id === 'kuleba-resigned' ? { ...c, text } : c));
    const first = await saveEntityForm(client, loaded.draft, edit('First.'), false, loaded.version);
    expect(first.ok).toBe(true);
    const again = (await loadEntity(client, 'dmytro-kuleba'))!;
    expect((await saveEntityForm(client, again.draft, edit('Second.', again.claims), false, again.version)).ok).toBe(true);
    expect((await db.claims.get('kuleba-resigned'))?.text).toBe('Second.');
  });
});
