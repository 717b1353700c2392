/** A FollowTheMoney file through the background's handlers: converted, previewed, applied like a dataset file. */
import { afterEach, describe, expect, it } from 'vitest';
import { syncHandlers } from '../../../lib/background/sync-handlers';
import type { DossierDb } from '../../../lib/db/database';
import { createSyncService } from '../../../lib/sync/subscription';
import { dump } from '../datasets/helpers';
import { freshDb } from '../db/fixtures';
import { fakeFetch } from './subscription-helpers';

let db: DossierDb;
afterEach(() => db?.close());

const FTM = [
  { id: 'ftm-1', schema: 'Person', properties: { name: ['Test Person One'], alias: ['T. P. One'], weakAlias: ['One'], country: ['ua'] } },
  { id: 'ftm-2', schema: 'Company', properties: { name: ['Test Company Two'] } },
  { id: 'ftm-3', schema: 'Ownership', properties: { owner: ['ftm-1'], asset: ['ftm-2'] } },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

function setup() {
  db = freshDb();
  let changes = 0;
  const changed = () => changes++;
  const handlers = syncHandlers(db, createSyncService({ db, fetch: fakeFetch() }), changed, () => new Date('2026-01-01T00:00:00Z'));
  return { handlers, changes: () => changes };
}

describe('FollowTheMoney import', () => {
  it('previews without writing, then applies in one go; a second import is the next version', async () => {
    const { handlers, changes } = setup();
    const request = { text: FTM, id: 'test-ftm', name: 'Test FtM' };
    const before = await dump(db);
    const preview = await handlers['dataset.ftmPreview']({ type: 'dataset.ftmPreview', ...request }, {});
    expect(preview.check.ok && preview.check.summary.entities.added).toBe(2);
    expect(preview.skipped).toBe(1);
    expect(preview.version).toBe('1.0.0');
    expect(await dump(db)).toEqual(before);

    const applied = await handlers['dataset.ftmImport']({ type: 'dataset.ftmImport', ...request }, {});
    expect(applied.check.ok).toBe(true);
    expect(changes()).toBe(1);
    const people = await db.entityRows.byDataset('test-ftm');
    expect(people.map((e) => e.name).sort()).toEqual(['Test Company Two', 'Test Person One']);
    // weakAlias is not for matching: it is not imported.
    expect(people.flatMap((e) => e.aliases.map((a) => a.text))).not.toContain('One');

    const again = await handlers['dataset.ftmPreview']({ type: 'dataset.ftmPreview', ...request }, {});
    expect(again.version).toBe('1.0.1');
  });

  it('a damaged file lists its errors and writes nothing', async () => {
    const { handlers } = setup();
    const before = await dump(db);
    const answer = await handlers['dataset.ftmImport']({ type: 'dataset.ftmImport', text: '{"id": "x", "schema": "Person"\n', id: 'test-ftm', name: 'Test FtM' }, {});
    expect(answer.check.ok).toBe(false);
    expect(await dump(db)).toEqual(before);
  });
});
