/**
 * The dataset publisher the sync tests run against: versions of the small invented dataset in
 * test/fixtures/sync/ served from the test server, each with a manifest of its hash and size, and
 * a page naming its entities.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../support/browser';
import type { StaticServer } from '../../support/server';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'sync');

/** The data file of a version, as published. */
export const syncData = (version: string) => readFileSync(path.join(FIXTURES, `test-sync-${version}.json`));

/** A page naming the dataset's entities; NATO (bundled dataset) makes "highlights settled" wait for marks rather than sleep. */
export const SYNC_ARTICLE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sync test</title></head><body><article>' +
  '<p>NATO officials met on Tuesday.</p>' +
  '<p>Test Person One spoke to reporters, and Test Company Two declined to comment.</p>' +
  '</article></body></html>';

/**
 * Publishes a version at /sync/: the data file (`served`, unless given) and a manifest with the
 * hash of `hashOf` (default: what is served) and the size of what is served.
 */
export function publishSync(server: StaticServer, version: string, served: Buffer = syncData(version), hashOf: Buffer = served): void {
  const dataset = JSON.parse(syncData(version).toString('utf8')) as { id: string; name: string; publishedAt: string; entities: unknown[] };
  const manifest = {
    id: dataset.id,
    name: dataset.name,
    version,
    publishedAt: dataset.publishedAt,
    schemaVersion: 1,
    url: `data-${version}.json`,
    format: 'json',
    sha256: createHash('sha256').update(hashOf).digest('hex'),
    size: served.length,
    entityCount: dataset.entities.length,
  };
  server.route(`/sync/data-${version}.json`, { body: served, contentType: 'application/json' });
  server.route('/sync/manifest.json', { body: JSON.stringify(manifest), contentType: 'application/json', headers: { etag: `"v${version}"` } });
}
