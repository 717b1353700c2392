/** Writing manifests: hash, size and counts of the bytes as served; the schema and its published form. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { parseDatasetJson } from '../../../lib/dataset/validate';
import { toDatasetJsonl } from '../../../lib/sync/jsonl';
import { ManifestSchema, type Manifest } from '../../../lib/sync/manifest';
import { formatManifestJsonSchema, MANIFEST_SCHEMA_FILE } from '../../../lib/sync/manifest-json-schema';
import { createManifest, defaultManifestPath, fileName, formatManifest } from '../../../lib/sync/publish';

const seedBytes = new Uint8Array(readFileSync('seeds/dossier-seed.json'));
const seed = (parseDatasetJson(new TextDecoder().decode(seedBytes)) as { ok: true; value: Dataset }).value;

const valid: Manifest = {
  id: 'dossier-seed',
  name: 'Dossier seed dataset',
  version: '1.0.0',
  publishedAt: '2026-11-25T00:00:00Z',
  schemaVersion: 1,
  url: 'dossier-seed.json',
  format: 'json',
  sha256: 'a'.repeat(64),
  size: 10,
  entityCount: 1,
};

describe('createManifest', () => {
  it('describes the bytes as served: SHA-256, size, entity count, and the dataset header', async () => {
    const result = await createManifest({ dataset: seed, bytes: seedBytes, format: 'json', url: 'dossier-seed.json' });
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'dossier-seed',
        name: seed.name,
        version: seed.version,
        publishedAt: seed.publishedAt,
        schemaVersion: 1,
        url: 'dossier-seed.json',
        format: 'json',
        sha256: createHash('sha256').update(seedBytes).digest('hex'),
        size: seedBytes.byteLength,
        entityCount: seed.entities.length,
      },
    });
    if (result.ok) expect(ManifestSchema.parse(JSON.parse(formatManifest(result.value)))).toEqual(result.value);
  });

  it('counts bytes, not characters, for a JSON Lines file with non-ASCII text', async () => {
    const text = toDatasetJsonl(seed);
    const bytes = new TextEncoder().encode(text);
    const result = await createManifest({ dataset: seed, bytes, format: 'jsonl', url: 'https://data.example.org/seed.jsonl' });
    expect(result.ok && result.value.size).toBe(bytes.byteLength);
    expect(bytes.byteLength).toBeGreaterThan(text.length);
  });

  it('refuses a URL the extension could not fetch', async () => {
    const result = await createManifest({ dataset: seed, bytes: seedBytes, format: 'json', url: 'file:///home/me/seed.json' });
    expect(result).toMatchObject({ ok: false, errors: [{ path: '$.url' }] });
  });
});

describe('ManifestSchema', () => {
  it('accepts relative and absolute http(s) URLs', () => {
    for (const url of ['seed.json', '../data/seed.jsonl', 'https://data.example.org/seed.jsonl', 'http://127.0.0.1:8080/v2.json'])
      expect(ManifestSchema.safeParse({ ...valid, url }).success, url).toBe(true);
  });

  it.each([
    ['url', 'javascript:alert(1)'],
    ['url', 'data:application/json,{}'],
    ['sha256', 'A'.repeat(64)],
    ['sha256', 'a'.repeat(63)],
    ['size', 0],
    ['format', 'xml'],
    ['version', '1.0'],
    ['entityCount', -1],
  ])('rejects %s = %j', (key, value) => {
    const result = ManifestSchema.safeParse({ ...valid, [key]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([key]);
  });

  it('rejects unknown fields', () => {
    expect(ManifestSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
  });
});

describe('manifest paths', () => {
  it('puts the manifest next to the data file', () => {
    expect(defaultManifestPath('data/ua-officials.jsonl')).toBe('data/ua-officials.manifest.json');
    expect(defaultManifestPath('seed.json')).toBe('seed.manifest.json');
    expect(defaultManifestPath('/srv/www/seed.v2.JSON')).toBe('/srv/www/seed.v2.manifest.json');
    expect(fileName('a\\b\\c.json')).toBe('c.json');
  });
});

describe(MANIFEST_SCHEMA_FILE, () => {
  it('is generated from ManifestSchema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(MANIFEST_SCHEMA_FILE, 'utf8')).toBe(formatManifestJsonSchema());
  });

  it('documents every field', () => {
    const schema = JSON.parse(readFileSync(MANIFEST_SCHEMA_FILE, 'utf8')) as { properties: Record<string, { description?: string }> };
    const undocumented = Object.entries(schema.properties).filter(([key, p]) => key !== '$schema' && !p.description);
    expect(undocumented.map(([key]) => key)).toEqual([]);
  });
});
