/**
 * Two windows editing one entity: each editor sends the entityVersion of the entity it loaded
 * (`basedOn`), and a save based on a version that is no longer stored is refused with a conflict
 * instead of silently overwriting the other window's save.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { handleMessage } from '../../../lib/background/router';
import type { DossierDb } from '../../../lib/db/database';
import { CHANGED_ELSEWHERE, DELETED_ELSEWHERE, deleteEntity, saveEntity } from '../../../lib/db/edit';
import { entityVersion } from '../../../lib/db/edit-checks';
import { getEntityCard } from '../../../lib/db/queries';
import { rowToEntity } from '../../../lib/db/rows';
import { installDataset } from '../../../lib/db/seed';
import type { Request } from '../../../lib/messages/protocol';
import { fixtureV2 } from '../db/fixtures';
import { dump, fixtureEntity, seededDb } from './helpers';

let db: DossierDb;
beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => {
  await db.delete();
});

/** What an editor has after loading: the entity from its card and that card's version. */
async function open(id: string) {
  const card = await getEntityCard(db, id);
  // The card crosses the message channel as JSON.
  const entity = JSON.parse(JSON.stringify(card!.entity)) as ReturnType<typeof fixtureEntity>;
  return { entity, version: entityVersion(entity) };
}

describe('entityVersion', () => {
  it('is the same for the card the editor loads and the row the background reads', async () => {
    const { version } = await open('dmytro-kuleba');
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(entityVersion(rowToEntity((await db.entityRows.get('dmytro-kuleba'))!))).toBe(version);
  });

  it('ignores key order and changes with any field', () => {
    const e = fixtureEntity('nato');
    const reordered = Object.fromEntries(Object.entries(e).reverse()) as typeof e;
    expect(entityVersion(reordered)).toBe(entityVersion(e));
    expect(entityVersion({ ...e, summary: 'x' })).not.toBe(entityVersion(e));
    expect(entityVersion({ ...e, aliases: [...e.aliases, { text: 'OTAN' }] })).not.toBe(entityVersion(e));
  });
});

describe('saveEntity with basedOn', () => {
  it('refuses the second of two saves based on the same version; the first stays', async () => {
    const first = await open('dmytro-kuleba');
    const second = await open('dmytro-kuleba');
    const a = await saveEntity(db, { ...first.entity, summary: 'Edited in window A.' }, false, first.version);
    expect(a.ok).toBe(true);
    const before = await dump(db);
    const b = await saveEntity(db, { ...second.entity, summary: 'Edited in window B.' }, false, second.version);
    expect(b).toEqual({ ok: false, conflict: 'changed', errors: [{ path: '$', message: CHANGED_ELSEWHERE }] });
    expect(CHANGED_ELSEWHERE).toMatch(/changed in another window since you opened it/);
    expect(await dump(db)).toEqual(before);
    expect((await db.entityRows.get('dmytro-kuleba'))?.summary).toBe('Edited in window A.');
  });

  it('accepts a save based on the version stored now (after reloading), and the next save builds on it', async () => {
    const first = await open('nato');
    expect((await saveEntity(db, { ...first.entity, summary: 'One.' }, false, first.version)).ok).toBe(true);
    const reloaded = await open('nato');
    const saved = await saveEntity(db, { ...reloaded.entity, summary: 'Two.' }, false, reloaded.version);
    expect(saved.ok).toBe(true);
    // The editor stays open after a save and goes on from the version it saved.
    const next = saved.ok ? entityVersion(saved.value) : '';
    expect(next).toBe(entityVersion(rowToEntity((await db.entityRows.get('nato'))!)));
    expect((await saveEntity(db, { ...reloaded.entity, summary: 'Three.' }, false, next)).ok).toBe(true);
  });

  it('accepts a stale save that stores exactly what is there already: nothing is lost', async () => {
    const first = await open('nato');
    const second = await open('nato');
    const edit = { ...first.entity, summary: 'Same edit in both windows.' };
    expect((await saveEntity(db, edit, false, first.version)).ok).toBe(true);
    expect(await saveEntity(db, { ...second.entity, summary: 'Same edit in both windows.' }, false, second.version)).toMatchObject({ ok: true });
  });

  it('refuses a save of an entity deleted in another window, and does not bring it back', async () => {
    const opened = await open('nato');
    await deleteEntity(db, 'nato');
    const before = await dump(db);
    const result = await saveEntity(db, { ...opened.entity, summary: 'Edited.' }, false, opened.version);
    expect(result).toEqual({ ok: false, conflict: 'deleted', errors: [{ path: '$', message: DELETED_ELSEWHERE }] });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a save when a dataset update changed the entity meanwhile', async () => {
    const opened = await open('dmytro-kuleba');
    await installDataset(db, fixtureV2(), () => new Date('2025-03-02T00:00:00Z'));
    expect((await db.entityRows.get('dmytro-kuleba'))?.summary).toBe('Ukrainian diplomat, foreign minister 2020–2024.');
    const result = await saveEntity(db, { ...opened.entity, summary: 'My summary.' }, false, opened.version);
    expect(result).toMatchObject({ ok: false, conflict: 'changed' });
  });

  it('without basedOn (older callers) the last save wins, as before', async () => {
    const e = fixtureEntity('nato');
    expect((await saveEntity(db, { ...e, summary: 'A' }, false)).ok).toBe(true);
    expect((await saveEntity(db, { ...e, summary: 'B' }, false)).ok).toBe(true);
    expect((await db.entityRows.get('nato'))?.summary).toBe('B');
  });

  it('checks the version before anything else, so a conflict is never hidden behind field errors', async () => {
    const opened = await open('nato');
    await saveEntity(db, { ...opened.entity, summary: 'Other window.' }, false, opened.version);
    const result = await saveEntity(db, { ...opened.entity, related: [{ id: 'no-such-entity', relation: 'x' }] }, false, opened.version);
    expect(result).toMatchObject({ ok: false, conflict: 'changed' });
  });
});

describe('entity.save through the router', () => {
  const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
  const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
  const optionsPage = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };

  it('carries basedOn to the handler; two option pages based on one version: the second is refused', async () => {
    const handlers = createHandlers(db, { openOptions: () => undefined });
    const ctx = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle: (r: Request, from: object) => handlers.handle(r, from) };
    const opened = await open('nato');
    const save = (summary: string) => handleMessage({ type: 'entity.save', entity: { ...opened.entity, summary }, create: false, basedOn: opened.version }, optionsPage, ctx);
    expect(await save('Window A')).toMatchObject({ ok: true, result: { ok: true } });
    expect(await save('Window B')).toMatchObject({ ok: true, result: { ok: false, conflict: 'changed' } });
    expect((await db.entityRows.get('nato'))?.summary).toBe('Window A');
  });

  it('refuses a basedOn that is not a version', async () => {
    const handlers = createHandlers(db, { openOptions: () => undefined });
    const ctx = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle: (r: Request, from: object) => handlers.handle(r, from) };
    const answer = await handleMessage({ type: 'entity.save', entity: fixtureEntity('nato'), create: false, basedOn: 'anything' }, optionsPage, ctx);
    expect(answer.ok).toBe(false);
    expect(answer.ok || answer.error).toMatch(/^malformed message: \$\.basedOn/);
  });
});
