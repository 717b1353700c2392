import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type DatasetInput } from '../../../lib/dataset/schema';
import { parseDatasetJson, validateDataset } from '../../../lib/dataset/validate';

function dataset(patch: Partial<DatasetInput> = {}): DatasetInput {
  return {
    schemaVersion: 1,
    id: 'test',
    name: 'Test',
    version: '1.0.0',
    publishedAt: '2026-01-01T00:00:00Z',
    entities: [
      { id: 'nato', type: 'alliance', name: 'NATO' },
      { id: 'jens', type: 'person', name: 'Jens', aliases: [{ text: 'J', needsContext: true }], related: [{ id: 'nato', relation: 'leads' }] },
    ],
    sources: [{ id: 's1', title: 'Headline' }],
    claims: [{ id: 'c1', entities: ['nato'], text: 'A claim.', sourceId: 's1', quote: 'A quote' }],
    ...patch,
  };
}

const errors = (input: unknown) => {
  const r = validateDataset(input);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('DatasetSchema', () => {
  it('accepts a valid dataset and fills defaults', () => {
    const r = validateDataset(dataset());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.entities[0]!.aliases).toEqual([]);
  });

  it('reports duplicate ids with their path', () => {
    const d = dataset();
    d.entities.push({ id: 'nato', type: 'alliance', name: 'Other' });
    expect(errors(d)).toContain('$.entities[2].id: duplicate entity id "nato"');
  });

  it('reports dangling references', () => {
    expect(errors(dataset({ claims: [{ id: 'c1', entities: ['ghost'], text: 'x', sourceId: 'nope', quote: 'q' }] }))).toEqual([
      '$.claims[0].entities[0]: refers to entity "ghost", which is not in the dataset',
      '$.claims[0].sourceId: refers to source "nope", which is not in the dataset',
    ]);
  });

  it('refuses a newer schemaVersion with a clear message', () => {
    expect(errors(dataset({ schemaVersion: SCHEMA_VERSION + 1 }))[0]).toMatch(/newer than this version of Dossier understands/);
  });

  it('rejects non-slug ids, unknown fields, non-https links and over-long quotes', () => {
    const d = dataset();
    d.entities[0] = { id: 'Not A Slug', type: 'alliance', name: 'NATO', links: [{ url: 'javascript:alert(1)' }] } as never;
    (d as Record<string, unknown>).extra = 1;
    d.claims[0]!.quote = 'x'.repeat(301);
    const e = errors(d);
    expect(e.some((m) => m.startsWith('$.entities[0].id: must be a kebab-case slug'))).toBe(true);
    expect(e).toContain('$.entities[0].links[0].url: must be an https:// URL');
    expect(e.some((m) => m.startsWith('$: Unrecognized key'))).toBe(true);
    expect(e).toContain('$.claims[0].quote: must be at most 300 characters');
  });

  it('rejects control characters anywhere in plain text, edges included', () => {
    for (const name of ['Bad\u0007', '\u0007Bad', 'B\u0000ad', ' padded', 'padded ']) {
      const d = dataset();
      d.entities[0] = { id: 'nato', type: 'alliance', name };
      expect(errors(d).some((e) => e.startsWith('$.entities[0].name: must be non-empty plain text')), JSON.stringify(name)).toBe(true);
    }
  });

  it('reports JSON syntax errors like any other problem', () => {
    const r = parseDatasetJson('{"schemaVersion": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/^not valid JSON/);
  });
});
