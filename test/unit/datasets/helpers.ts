/** Shared by the dataset manager's tests: fixture files, and every table of a database as plain data. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DossierDb } from '../../../lib/db/database';

export function datasetFixture(name: string): string {
  // A path, not a URL: under jsdom the global URL is jsdom's, which node:fs does not take.
  return readFileSync(path.join(import.meta.dirname, '../../fixtures/datasets', name), 'utf8');
}

/** Every row of every table, sorted by key: equal dumps mean nothing was written. */
export async function dump(db: DossierDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  // The entity rows as well as their blocks, for tests that look at rows.
  out['entities'] = await db.entityRows.toArray();
  return out;
}
