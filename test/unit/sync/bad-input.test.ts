/**
 * Every kind of bad input a check can meet: a clear message, a code the options page translates,
 * and a database unchanged (a dump of every table before and after is the same).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../../lib/dataset/schema';
import type { DossierDb } from '../../../lib/db/database';
import type { SyncErrorCode } from '../../../lib/db/sync-rows';
import { checkSubscription } from '../../../lib/sync/check';
import { createSyncService } from '../../../lib/sync/subscription';
import { dump } from '../datasets/helpers';
import { fixtureV1, fixtureV2, freshDb } from '../db/fixtures';
import { fakeFetch, MANIFEST_URL, publishVersion, serve, type FakeFetch } from './subscription-helpers';

let db: DossierDb;
let fetch: FakeFetch;
const DATA_URL = new URL('data-1.1.0.json', MANIFEST_URL).href;

beforeEach(async () => {
  db = freshDb();
  fetch = fakeFetch();
  // Version 1.0.0 installed through a subscription, so that every table has rows to compare.
  const sync = createSyncService({ db, fetch, now: () => new Date('2026-01-01T00:00:00Z') });
  serve(fetch, await publishVersion(fixtureV1()));
  const answer = await sync.subscribe({ manifestUrl: MANIFEST_URL });
  if (!answer.ok) throw new Error(answer.problem.message);
  await db.snippets.put({ id: 'snippet-1' } as never);
});
afterEach(() => db.close());

/** Runs a check of the subscription and expects it to fail with `code`, writing nothing. */
async function expectRefused(code: SyncErrorCode, message: RegExp, maxBytes = 50 * 1024 * 1024): Promise<void> {
  const before = await dump(db);
  const error = await checkSubscription({ db, fetch }, { manifestUrl: MANIFEST_URL, datasetId: 'fixture', maxBytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: 'SyncError', code });
  expect((error as Error).message).toMatch(message);
  expect(await dump(db)).toEqual(before);
}

async function publishV2(dataset: DatasetInput = fixtureV2(), format: 'json' | 'jsonl' = 'json') {
  const published = await publishVersion(dataset, format, 'data-1.1.0.json');
  serve(fetch, published);
  return published;
}

/** Serves a data file whose manifest is honest about it (right size and hash), so only its content is wrong. */
async function publishRaw(text: string, dataset: Partial<DatasetInput> = {}) {
  const published = await publishVersion({ ...fixtureV2(), ...dataset } as DatasetInput, 'json', 'data-1.1.0.json');
  const data = new TextEncoder().encode(text);
  const { sha256Hex } = await import('../../../lib/sync/sha256');
  serve(fetch, { manifest: { ...published.manifest, size: data.length, sha256: await sha256Hex(data) }, data });
}

describe('bad input leaves the database unchanged', () => {
  it('network failure (manifest)', async () => {
    fetch.routes.set(MANIFEST_URL, { fail: true });
    await expectRefused('network', /could not reach .*manifest\.json: Failed to fetch/);
  });

  it('network failure in the middle of the download', async () => {
    const { data } = await publishV2();
    fetch.routes.set(DATA_URL, { body: data, breakAfter: 100 });
    await expectRefused('network', /failed after 100 bytes/);
  });

  it('404 answer', async () => {
    fetch.routes.delete(MANIFEST_URL);
    await expectRefused('http', /manifest\.json answered 404 Not Found/);
  });

  it('500 answer for the data file', async () => {
    await publishV2();
    fetch.routes.set(DATA_URL, { status: 500, body: 'oops' });
    await expectRefused('http', /data-1\.1\.0\.json answered 500 Internal Server Error/);
  });

  it('a manifest that is not JSON', async () => {
    fetch.routes.set(MANIFEST_URL, { body: '<html>Not here</html>' });
    await expectRefused('manifest-not-json', /manifest at .* is not JSON/);
  });

  it('a manifest that is invalid', async () => {
    const { manifest } = await publishV2();
    fetch.routes.set(MANIFEST_URL, { body: JSON.stringify({ ...manifest, sha256: 'abc', size: undefined }) });
    await expectRefused('manifest-invalid', /\$\.sha256 must be 64 lower-case hex digits.*\$\.size/);
  });

  it('a manifest for another dataset', async () => {
    const { manifest } = await publishV2();
    fetch.routes.set(MANIFEST_URL, { body: JSON.stringify({ ...manifest, id: 'other' }) });
    await expectRefused('manifest-id', /for dataset "other", not "fixture"/);
  });

  it('a data file that is not JSON', async () => {
    await publishRaw('this is not json at all');
    await expectRefused('data-invalid', /not valid JSON/);
  });

  it('a truncated body (fewer bytes than the manifest states)', async () => {
    const { data } = await publishV2();
    fetch.routes.set(DATA_URL, { body: data.slice(0, data.length - 10) });
    await expectRefused('truncated', /stopped after \d+ of \d+ bytes/);
  });

  it('a truncated JSON Lines file published as it is', async () => {
    const full = await publishVersion(fixtureV2(), 'jsonl');
    const text = new TextDecoder().decode(full.data);
    await publishRaw(text.slice(0, text.length - 20));
    await expectRefused('data-invalid', /not valid JSON|truncated/);
  });

  it('a hash mismatch', async () => {
    const { manifest } = await publishV2();
    fetch.routes.set(MANIFEST_URL, { body: JSON.stringify({ ...manifest, sha256: '0'.repeat(64) }) });
    await expectRefused('hash-mismatch', /SHA-256 of .* is [0-9a-f]{64}, not 0{64}/);
  });

  it('a size over the limit, stated in the manifest', async () => {
    await publishV2();
    await expectRefused('too-large', /over the limit of 1\.0 KB/, 1024);
  });

  it('a size over the limit, found while downloading (stops reading early)', async () => {
    const { manifest } = await publishV2();
    const big = new Uint8Array(5 * 1024 * 1024).fill(32);
    fetch.routes.set(MANIFEST_URL, { body: JSON.stringify({ ...manifest, size: 1000 }) });
    fetch.routes.set(DATA_URL, { body: big });
    await expectRefused('too-large', /over the limit of 2\.0 KB/, 2048);
  });

  it('a body larger than its manifest states', async () => {
    const { manifest } = await publishV2();
    fetch.routes.set(MANIFEST_URL, { body: JSON.stringify({ ...manifest, size: manifest.size - 5 }) });
    await expectRefused('size-mismatch', /larger than the \d+ bytes its manifest states/);
  });

  it('schema errors, each with its path', async () => {
    const v2 = fixtureV2();
    await publishV2({ ...v2, entities: [...v2.entities, { id: 'Bad Id', type: 'robot', name: '' } as never] });
    await expectRefused('data-invalid', /\$\.entities\[3\]\.id/);
  });

  it('schema errors in JSON Lines name the line', async () => {
    const v2 = fixtureV2();
    await publishV2({ ...v2, entities: [...v2.entities, { id: 'bad', type: 'robot', name: 'Robot' } as never] }, 'jsonl');
    await expectRefused('data-invalid', /line 5: \$\.type/);
  });

  it('a newer schemaVersion (in the manifest)', async () => {
    await publishV2({ ...fixtureV2(), schemaVersion: 99 });
    await expectRefused('schema-version', /schemaVersion 99, newer than this version of Dossier understands \(1\)/);
  });

  it('a newer schemaVersion in the data file than its manifest states', async () => {
    const { manifest } = await publishV2({ ...fixtureV2(), schemaVersion: 99 });
    fetch.routes.set(MANIFEST_URL, { body: JSON.stringify({ ...manifest, schemaVersion: 1 }) });
    await expectRefused('data-invalid', /schemaVersion 99 is newer/);
  });

  it('duplicate ids', async () => {
    const v2 = fixtureV2();
    await publishV2({ ...v2, entities: [...v2.entities, v2.entities[0]!] });
    await expectRefused('data-invalid', /duplicate entity id "dmytro-kuleba"/);
  });

  it('claims pointing at entities that do not exist', async () => {
    const v2 = fixtureV2();
    await publishV2({ ...v2, claims: [{ ...v2.claims[0]!, entities: ['nobody-at-all'] }] });
    await expectRefused('data-invalid', /nobody-at-all/);
  });

  it('a data file whose version differs from its manifest', async () => {
    const { manifest } = await publishV2();
    fetch.routes.set(MANIFEST_URL, { body: JSON.stringify({ ...manifest, version: '1.5.0' }) });
    await expectRefused('data-mismatch', /version is "1\.1\.0", but its manifest says "1\.5\.0"/);
  });

  it('a data file on another site', async () => {
    const { manifest } = await publishV2();
    fetch.routes.set(MANIFEST_URL, { body: JSON.stringify({ ...manifest, url: 'https://elsewhere.example.com/data.json' }) });
    await expectRefused('other-origin', /not on https:\/\/data\.example\.org/);
  });

  it('bytes that are not UTF-8', async () => {
    const published = await publishV2();
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x41]);
    const { sha256Hex } = await import('../../../lib/sync/sha256');
    serve(fetch, { manifest: { ...published.manifest, size: bytes.length, sha256: await sha256Hex(bytes) }, data: bytes });
    await expectRefused('not-utf8', /is not UTF-8 text/);
  });
});

describe('a failed check through the service', () => {
  it('records the problem on the subscription and leaves every other table unchanged', async () => {
    const sync = createSyncService({ db, fetch, now: () => new Date('2026-01-02T00:00:00Z') });
    const { manifest } = await publishV2();
    fetch.routes.set(MANIFEST_URL, { body: JSON.stringify({ ...manifest, sha256: 'f'.repeat(64) }) });
    const before = await dump(db);
    const answer = await sync.check('fixture');
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.problem).toMatchObject({ code: 'hash-mismatch', params: [expect.any(String), 'f'.repeat(64)] });
    const after = await dump(db);
    // Only the subscription's record of its last check changed.
    const { subscriptions: subsBefore, ...restBefore } = before;
    const { subscriptions: subsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
    const strip = (rows: unknown[]) => rows.map((r) => ({ ...(r as object), lastCheck: undefined }));
    expect(strip(subsAfter!)).toEqual(strip(subsBefore!));
    expect(answer.subscriptions[0]?.lastCheck).toMatchObject({ result: 'failed', at: '2026-01-02T00:00:00.000Z', version: '1.1.0' });
    expect(answer.subscriptions[0]?.lastCheck?.problem?.code).toBe('hash-mismatch');
    // The validators stay: the next check downloads again rather than hear "not modified".
    expect(answer.subscriptions[0]?.etag).toBe('"1.0.0"');
  });
});
