/** Subscribe, check, apply, skip, unsubscribe: the flows of dataset sync over a fake fetch and fake-indexeddb. */
import { afterEach, describe, expect, it } from 'vitest';
import { validateDataset } from '../../../lib/dataset/validate';
import type { DossierDb } from '../../../lib/db/database';
import { installDataset } from '../../../lib/db/seed';
import { createSyncService } from '../../../lib/sync/subscription';
import { fixtureV1, fixtureV2, freshDb } from '../db/fixtures';
import { fakeFetch, MANIFEST_URL, publishVersion, serve } from './subscription-helpers';

let db: DossierDb;
afterEach(async () => {
  db?.close();
});

function setup(opts: { trusted?: boolean } = {}) {
  db = freshDb();
  const fetch = fakeFetch();
  let changes = 0;
  let clock = new Date('2026-01-01T00:00:00Z');
  const sync = createSyncService({ db, fetch, now: () => clock, changed: () => changes++ });
  return {
    fetch,
    sync,
    changes: () => changes,
    advance(hours: number) {
      clock = new Date(clock.getTime() + hours * 3_600_000);
    },
    subscribe: () => sync.subscribe({ manifestUrl: MANIFEST_URL, trusted: opts.trusted ?? false }),
  };
}

describe('subscribing', () => {
  it('installs the published version at once and records the subscription', async () => {
    const s = setup();
    serve(s.fetch, await publishVersion(fixtureV1()));
    const answer = await s.subscribe();
    expect(answer.ok).toBe(true);
    expect(answer.ok && answer.applied?.entities.added).toBe(3);
    expect((await db.datasets.get('fixture'))?.version).toBe('1.0.0');
    expect(await db.entityRows.count()).toBe(3);
    const [sub] = answer.subscriptions;
    expect(sub).toMatchObject({ datasetId: 'fixture', name: 'Fixture dataset', manifestUrl: MANIFEST_URL, trusted: false, intervalHours: 24, etag: '"1.0.0"', installedVersion: '1.0.0' });
    expect(sub?.lastCheck).toMatchObject({ result: 'installed', version: '1.0.0' });
    expect(sub?.backupVersion).toBeUndefined();
    expect(s.changes()).toBe(1);
  });

  it("refuses the bundled dataset's id: unsubscribing from it could not remove it", async () => {
    const s = setup();
    serve(s.fetch, await publishVersion({ ...fixtureV1(), id: 'dossier-seed', name: 'Dossier seed' }));
    const before = await db.datasets.count();
    const answer = await s.subscribe();
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.problem).toMatchObject({ code: 'bundled-id', params: ['Dossier seed'] });
    expect(await db.subscriptions.count()).toBe(0);
    expect(await db.datasets.count()).toBe(before);
  });

  it('refuses a second subscription to the same manifest', async () => {
    const s = setup();
    serve(s.fetch, await publishVersion(fixtureV1()));
    await s.subscribe();
    const again = await s.subscribe();
    expect(again.ok).toBe(false);
    expect(!again.ok && again.problem.code).toBe('already-subscribed');
  });

  it('refuses plain http to another machine', async () => {
    const s = setup();
    const answer = await s.sync.subscribe({ manifestUrl: 'http://data.example.org/manifest.json' });
    expect(!answer.ok && answer.problem.code).toBe('insecure-url');
    expect(s.fetch.calls).toEqual([]);
  });
});

describe('checking', () => {
  it('sends the ETag back; a 304 changes nothing but the check time', async () => {
    const s = setup();
    serve(s.fetch, await publishVersion(fixtureV1()));
    await s.subscribe();
    s.advance(1);
    const answer = await s.sync.check('fixture');
    expect(s.fetch.calls.at(-1)?.headers['if-none-match']).toBe('"1.0.0"');
    expect(answer.ok && answer.subscriptions[0]?.lastCheck).toMatchObject({ result: 'up-to-date', at: '2026-01-01T01:00:00.000Z' });
    // Only the manifest was asked for.
    expect(s.fetch.calls.filter((c) => c.url.endsWith('.json') && !c.url.endsWith('manifest.json'))).toHaveLength(1);
  });

  it('sends If-Modified-Since when the server gave Last-Modified', async () => {
    const s = setup();
    const v1 = await publishVersion(fixtureV1());
    s.fetch.routes.set(MANIFEST_URL, { body: JSON.stringify(v1.manifest), headers: { 'last-modified': 'Wed, 01 Jan 2026 00:00:00 GMT' } });
    s.fetch.routes.set(new URL(v1.manifest.url, MANIFEST_URL).href, { body: v1.data });
    await s.subscribe();
    await s.sync.check('fixture');
    expect(s.fetch.calls.at(-1)?.headers['if-modified-since']).toBe('Wed, 01 Jan 2026 00:00:00 GMT');
  });

  it('finds a newer version, keeps it pending with its summary, and applies it on confirmation', async () => {
    const s = setup();
    serve(s.fetch, await publishVersion(fixtureV1()));
    await s.subscribe();
    serve(s.fetch, await publishVersion(fixtureV2()));
    const checked = await s.sync.check('fixture');
    const sub = checked.subscriptions[0];
    expect(sub?.lastCheck?.result).toBe('pending');
    expect(sub?.pending).toMatchObject({ version: '1.1.0', summary: { installedVersion: '1.0.0', entities: { added: 1, changed: 1, removed: 1, kept: 0 } } });
    // Nothing applied yet.
    expect((await db.datasets.get('fixture'))?.version).toBe('1.0.0');
    expect(s.changes()).toBe(1);

    const applied = await s.sync.apply('fixture');
    expect(applied.ok).toBe(true);
    expect((await db.datasets.get('fixture'))?.version).toBe('1.1.0');
    expect(await db.entityRows.get('andrii-sybiha')).toBeDefined();
    expect(await db.entityRows.get('nato')).toBeUndefined();
    expect(applied.subscriptions[0]).toMatchObject({ installedVersion: '1.1.0', backupVersion: '1.0.0', lastCheck: { result: 'updated' } });
    expect(applied.subscriptions[0]?.pending).toBeUndefined();
    expect(s.changes()).toBe(2);
  });

  it('applies the file it checked without downloading it again while its hash is still the published one', async () => {
    const s = setup();
    serve(s.fetch, await publishVersion(fixtureV1()));
    await s.subscribe();
    serve(s.fetch, await publishVersion(fixtureV2()));
    await s.sync.check('fixture');
    const before = s.fetch.calls.length;
    const applied = await s.sync.apply('fixture');
    expect(applied.ok).toBe(true);
    expect(s.fetch.calls.slice(before).map((c) => c.url)).toEqual([MANIFEST_URL]);
    expect((await db.datasets.get('fixture'))?.version).toBe('1.1.0');
  });

  it('applies at once for a trusted subscription', async () => {
    const s = setup({ trusted: true });
    serve(s.fetch, await publishVersion(fixtureV1()));
    await s.subscribe();
    serve(s.fetch, await publishVersion(fixtureV2(), 'jsonl'));
    const answer = await s.sync.check('fixture');
    expect(answer.ok && answer.applied?.entities.added).toBe(1);
    expect((await db.datasets.get('fixture'))?.version).toBe('1.1.0');
    expect(answer.subscriptions[0]?.pending).toBeUndefined();
  });

  it('refuses to apply when the published file changed since the check', async () => {
    const s = setup();
    serve(s.fetch, await publishVersion(fixtureV1()));
    await s.subscribe();
    serve(s.fetch, await publishVersion(fixtureV2()));
    await s.sync.check('fixture');
    serve(s.fetch, await publishVersion({ ...fixtureV2(), version: '1.2.0' }));
    const answer = await s.sync.apply('fixture');
    expect(!answer.ok && answer.problem.code).toBe('changed');
    expect((await db.datasets.get('fixture'))?.version).toBe('1.0.0');
  });

  it('"skip this version" stops offering it; a newer one is offered again', async () => {
    const s = setup();
    serve(s.fetch, await publishVersion(fixtureV1()));
    await s.subscribe();
    serve(s.fetch, await publishVersion(fixtureV2()));
    await s.sync.check('fixture');
    await s.sync.skip('fixture');
    let answer = await s.sync.check('fixture');
    expect(answer.subscriptions[0]?.pending).toBeUndefined();
    serve(s.fetch, await publishVersion({ ...fixtureV2(), version: '1.2.0' }));
    answer = await s.sync.check('fixture');
    expect(answer.subscriptions[0]?.pending?.version).toBe('1.2.0');
  });

  it('subscribing to an installed dataset at the same version writes only the subscription', async () => {
    const s = setup();
    await installDataset(db, fixtureV1());
    serve(s.fetch, await publishVersion(fixtureV1()));
    const answer = await s.subscribe();
    expect(answer.ok && answer.applied).toBeUndefined();
    expect(answer.subscriptions[0]?.lastCheck?.result).toBe('up-to-date');
  });

  it('checkDue checks only subscriptions whose interval has passed', async () => {
    const s = setup();
    serve(s.fetch, await publishVersion(fixtureV1()));
    await s.subscribe();
    const before = s.fetch.calls.length;
    s.advance(23);
    await s.sync.checkDue();
    expect(s.fetch.calls.length).toBe(before);
    s.advance(1);
    await s.sync.checkDue();
    expect(s.fetch.calls.length).toBe(before + 1);
  });
});

describe('unsubscribing', () => {
  it('removes the dataset, its backup and subscription in one go; user rows, edits and snippets stay', async () => {
    const s = setup({ trusted: true });
    serve(s.fetch, await publishVersion(fixtureV1()));
    await s.subscribe();
    serve(s.fetch, await publishVersion(fixtureV2()));
    await s.sync.check('fixture');
    const user = validateDataset({ ...fixtureV1(), id: 'mine', entities: [{ id: 'my-entity', type: 'person', name: 'Test Person Own' }], claims: [], sources: [] });
    if (!user.ok) throw new Error('bad fixture');
    await db.entityRows.put({ ...user.value.entities[0]!, aliases: [], roles: [], related: [], links: [], datasetId: 'user', names: [], words: [] } as never);
    await db.entityRows.update('mfa-ukraine', { userEdited: true, summary: 'My note.' });
    await db.snippets.put({ id: 's1' } as never);

    const answer = await s.sync.unsubscribe('fixture');
    expect(answer.ok).toBe(true);
    expect(answer.subscriptions).toEqual([]);
    expect(await db.datasets.get('fixture')).toBeUndefined();
    expect(await db.backups.count()).toBe(0);
    expect((await db.entityRows.toArray()).map((e) => [e.id, e.datasetId]).sort()).toEqual([
      ['mfa-ukraine', 'user'],
      ['my-entity', 'user'],
    ]);
    expect((await db.entityRows.get('mfa-ukraine'))?.summary).toBe('My note.');
    expect(await db.claims.count()).toBe(0);
    expect(await db.snippets.count()).toBe(1);
  });
});

describe('isDue', () => {
  it('is due when never checked, when the interval has passed, or when the clock went back', async () => {
    const { isDue } = await import('../../../lib/sync/alarms');
    const now = new Date('2026-01-02T00:00:00Z');
    expect(isDue({ intervalHours: 24 }, now)).toBe(true);
    expect(isDue({ intervalHours: 24, lastCheck: { at: '2026-01-01T00:00:00Z', result: 'up-to-date' } }, now)).toBe(true);
    expect(isDue({ intervalHours: 24, lastCheck: { at: '2026-01-01T01:00:00Z', result: 'up-to-date' } }, now)).toBe(false);
    expect(isDue({ intervalHours: 1, lastCheck: { at: '2026-01-03T00:00:00Z', result: 'up-to-date' } }, now)).toBe(true);
  });
});

describe('progress', () => {
  it('the list answers while a check runs, with the check’s phase', async () => {
    db = freshDb();
    const fetch = fakeFetch();
    serve(fetch, await publishVersion(fixtureV1()));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated = async (url: string, init?: RequestInit) => {
      if (!url.endsWith('manifest.json')) await gate;
      return fetch(url, init);
    };
    const sync = createSyncService({ db, fetch: gated });
    const subscribing = sync.subscribe({ manifestUrl: MANIFEST_URL });
    await expect.poll(async () => {
      const listed = await sync.list();
      return listed.ok && listed.subscribing?.phase;
    }).toBe('download');
    release();
    expect((await subscribing).ok).toBe(true);
    const after = await sync.list();
    expect(after.ok && after.subscribing).toBeUndefined();
    expect(after.subscriptions.map((s) => s.installedVersion)).toEqual(['1.0.0']);
  });
});
