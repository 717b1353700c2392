import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { getOverview } from '../../../lib/db/queries';
import { applyBundledSeed } from '../../../lib/db/seed';
import { freshDb } from './fixtures';

const seedPath = fileURLToPath(new URL('../../../seeds/dossier-seed.json', import.meta.url));

describe('the bundled seed (seeds/dossier-seed.json)', () => {
  it.skipIf(!existsSync(seedPath))('installs, with every row in the database', async () => {
    const seed = JSON.parse(readFileSync(seedPath, 'utf8')) as Dataset;
    const db = freshDb();
    try {
      const result = await applyBundledSeed(db, seed);
      expect(result.status).toBe('installed');
      expect(result.datasetId).toBe('dossier-seed');
      const overview = await getOverview(db);
      expect(overview.datasets).toEqual([
        expect.objectContaining({
          id: 'dossier-seed',
          version: seed.version,
          entityCount: seed.entities.length,
          claimCount: seed.claims.length,
          sourceCount: seed.sources.length,
        }),
      ]);
      expect(overview).toMatchObject({ entityCount: seed.entities.length, claimCount: seed.claims.length, sourceCount: seed.sources.length });
      expect((await applyBundledSeed(db, seed)).status).toBe('unchanged');
    } finally {
      await db.delete();
    }
  });
});
