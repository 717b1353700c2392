/**
 * The editor's load and save (components/options/editor/load.ts, save.ts) against the real
 * handlers behind the real router, over fake-indexeddb: the form remembers the version it loaded,
 * a save based on it after another window's save comes back as a conflict with nothing written,
 * and a full disk is reported in plain words (in the UI language) wherever the save stopped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { handleMessage } from '../../../lib/background/router';
import type { DossierDb } from '../../../lib/db/database';
import { entityVersion } from '../../../lib/db/edit-checks';
import { rowToEntity } from '../../../lib/db/rows';
import { createClient, type Client } from '../../../lib/messages/client';
import type { Request } from '../../../lib/messages/protocol';
import { STORAGE_FULL_ERROR } from '../../../lib/snippets/library';
import { loadEntity } from '../../../components/options/editor/load';
import { saveEntityForm } from '../../../components/options/editor/save';
import { seededDb } from './helpers';

const MESSAGES = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
(globalThis as unknown as { browser: unknown }).browser = {
  i18n: { getUILanguage: () => 'en', getMessage: (key: string) => MESSAGES[key]?.message ?? '' },
};

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;

let db: DossierDb;
let client: Client;
beforeEach(async () => {
  db = await seededDb();
  const handlers = createHandlers(db, { openOptions: () => undefined });
  const ctx = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle: (r: Request, from: object) => handlers.handle(r, from) };
  // As in the options page: every message goes through the router, as an extension page.
  client = createClient((message) => handleMessage(JSON.parse(JSON.stringify(message)), { id: EXTENSION_ID, url: `${ORIGIN}/options.html` }, ctx));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('the editor against another window', () => {
  it('loads the version the background will compare with', async () => {
    const loaded = await loadEntity(client, 'dmytro-kuleba');
    expect(loaded?.version).toBe(entityVersion(rowToEntity((await db.entityRows.get('dmytro-kuleba'))!)));
  });

  it('a save based on a version another window replaced is a conflict, and writes nothing', async () => {
    const a = (await loadEntity(client, 'dmytro-kuleba'))!;
    const b = (await loadEntity(client, 'dmytro-kuleba'))!;
    expect(await saveEntityForm(client, { ...a.draft, summary: 'From window A.' }, a.claims, false, a.version)).toMatchObject({ ok: true });
    const claimsBefore = await db.claims.toArray();
    const changedClaims = b.claims.map((c, i) => (i === 0 ? { ...c, text: 'Changed in window B.' } : c));
    expect(await saveEntityForm(client, { ...b.draft, summary: 'From window B.' }, changedClaims, false, b.version)).toEqual({ ok: false, conflict: 'changed' });
    expect((await db.entityRows.get('dmytro-kuleba'))?.summary).toBe('From window A.');
    // The entity goes first: its claims were not written either.
    expect(await db.claims.toArray()).toEqual(claimsBefore);
  });
});

describe('the editor with the disk full', () => {
  it('the entity itself: the save fails with the plain message, which the form translates', async () => {
    const a = (await loadEntity(client, 'nato'))!;
    vi.spyOn(db.entityBlocks, 'bulkPut').mockRejectedValue(quota());
    const failed = saveEntityForm(client, { ...a.draft, summary: 'Not saved.' }, a.claims, false, a.version);
    await expect(failed).rejects.toThrow(STORAGE_FULL_ERROR);
    await expect(failed).rejects.not.toThrow(/QuotaExceeded|DOMException/);
  });

  it('a claim after the entity: an error at the claim in the UI language; the form learns the saved version', async () => {
    const a = (await loadEntity(client, 'dmytro-kuleba'))!;
    vi.spyOn(db.claims, 'put').mockRejectedValue(quota());
    const claims = a.claims.map((c, i) => (i === 0 ? { ...c, text: 'A changed claim.' } : c));
    const out = await saveEntityForm(client, { ...a.draft, summary: 'Saved before the disk filled.' }, claims, false, a.version);
    expect(out).toMatchObject({ ok: false, entitySaved: true, errors: [{ path: '$.claims[0]', message: MESSAGES['conc_storage_full']!.message }] });
    vi.restoreAllMocks();
    const stored = rowToEntity((await db.entityRows.get('dmytro-kuleba'))!);
    expect(stored.summary).toBe('Saved before the disk filled.');
    expect(!out.ok && !out.conflict && out.version).toBe(entityVersion(stored));
    // Saving again from the form's new version goes through (no false "changed in another window").
    const again = await saveEntityForm(client, { ...a.draft, summary: 'Edited again.' }, claims, false, entityVersion(stored));
    expect(again).toMatchObject({ ok: true });
  });
});
