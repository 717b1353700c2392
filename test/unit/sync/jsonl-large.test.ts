/**
 * A 100,000-entity synthetic dataset through JSON Lines: written, parsed and validated in one go.
 * No time is asserted (the machine is shared); the test shows it works at that size without
 * quadratic work, which would take minutes. Set DOSSIER_SKIP_LARGE=1 to skip it.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { generateDataset } from '../../../lib/synthetic/generate';
import { parseDatasetJsonl, toDatasetJsonl } from '../../../lib/sync/jsonl';

/**
 * `times` copies of a synthetic dataset, every id suffixed with its copy number: 100,000 valid
 * entities for a fraction of what generating them one by one costs.
 */
function replicate(base: Dataset, times: number): Dataset {
  const out: Dataset = { ...base, entities: [], claims: [], sources: [] };
  for (let k = 0; k < times; k++) {
    const id = (s: string) => `${s}-c${k}`;
    for (const e of base.entities)
      out.entities.push({
        ...e,
        id: id(e.id),
        roles: e.roles.map((r) => (r.organizationId ? { ...r, organizationId: id(r.organizationId) } : r)),
        related: e.related.map((r) => ({ ...r, id: id(r.id) })),
      });
    for (const c of base.claims) out.claims.push({ ...c, id: id(c.id), entities: c.entities.map(id), sourceId: id(c.sourceId) });
    for (const s of base.sources) out.sources.push({ ...s, id: id(s.id) });
  }
  return out;
}

describe.skipIf(process.env.DOSSIER_SKIP_LARGE === '1')('100,000 entities as JSON Lines', () => {
  it('round-trips', { timeout: 180_000 }, () => {
    const dataset = replicate(generateDataset({ entities: 10_000, seed: 6 }), 10);
    const text = toDatasetJsonl(dataset);
    const started = performance.now();
    const result = parseDatasetJsonl(text);
    const ms = performance.now() - started;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entities).toHaveLength(100_000);
    expect(result.value.claims).toHaveLength(dataset.claims.length);
    expect(result.value.entities[99_999]).toEqual(dataset.entities[99_999]);
    console.log(`parsed ${(text.length / 1e6).toFixed(1)} MB of JSON Lines (100,000 entities) in ${Math.round(ms)} ms`);
  });
});
