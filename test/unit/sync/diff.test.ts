/** Comparing two published versions by id, as `npm run dataset -- diff` prints it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { parseDatasetJson } from '../../../lib/dataset/validate';
import { diffVersions, isUnchanged } from '../../../lib/sync/dataset-diff';
import { formatDiff } from '../../../lib/sync/report';

const seed = (parseDatasetJson(readFileSync('seeds/dossier-seed.json', 'utf8')) as { ok: true; value: Dataset }).value;

/** Version 1.1.0 of the seed: one entity added, one changed, one removed (with its claims). */
function nextVersion(): Dataset {
  const removed = 'igor-kossov';
  const next = structuredClone(seed);
  next.version = '1.1.0';
  next.publishedAt = '2026-12-01T00:00:00Z';
  next.entities = next.entities.filter((e) => e.id !== removed);
  for (const e of next.entities) e.related = e.related.filter((r) => r.id !== removed);
  next.claims = next.claims.filter((c) => !c.entities.includes(removed));
  next.entities.find((e) => e.id === 'rheinmetall')!.summary = 'A German arms maker.';
  next.entities.push({ id: 'new-minister', type: 'person', name: 'New Minister', aliases: [], roles: [], related: [] });
  next.claims.find((c) => c.id === 'umerov-defense-minister')!.date = '2024-10';
  next.sources.find((s) => s.id === 'seed-004-nato-ten-year-plan')!.publisher = 'Example Wire';
  return next;
}

describe('diffVersions', () => {
  it('finds nothing between a dataset and itself, whatever the order of its lists', () => {
    const shuffled = { ...seed, entities: [...seed.entities].reverse(), claims: [...seed.claims].reverse() };
    const diff = diffVersions(seed, shuffled);
    expect(isUnchanged(diff)).toBe(true);
  });

  it('lists ids added, changed and removed, and the header fields that changed', () => {
    const next = nextVersion();
    const diff = diffVersions(seed, next);
    const removedClaims = seed.claims.filter((c) => c.entities.includes('igor-kossov')).map((c) => c.id).sort();
    // Entities that only lost their relation to the removed entity changed too.
    const relatedToRemoved = seed.entities.filter((e) => e.related.some((r) => r.id === 'igor-kossov')).map((e) => e.id);
    expect(diff.header).toEqual(['publishedAt', 'version']);
    expect(diff.entities).toEqual({ added: ['new-minister'], changed: [...new Set(['rheinmetall', ...relatedToRemoved])].sort(), removed: ['igor-kossov'] });
    expect(diff.claims).toEqual({ added: [], changed: ['umerov-defense-minister'], removed: removedClaims });
    expect(diff.sources).toEqual({ added: [], changed: ['seed-004-nato-ten-year-plan'], removed: [] });
    expect(isUnchanged(diff)).toBe(false);
  });

  it('prints counts and ids', () => {
    const next = nextVersion();
    const text = formatDiff(seed, next, diffVersions(seed, next));
    expect(text.split('\n').slice(0, 3)).toEqual([
      'dossier-seed 1.0.0 → dossier-seed 1.1.0',
      'header fields changed: publishedAt, version',
      expect.stringMatching(/^entities: 1 added, \d+ changed, 1 removed$/),
    ]);
    expect(text).toContain('  + new-minister');
    expect(text).toContain('  ~ rheinmetall');
    expect(text).toContain('  - igor-kossov');
    expect(text).toContain('sources: 0 added, 1 changed, 0 removed');
  });
});
