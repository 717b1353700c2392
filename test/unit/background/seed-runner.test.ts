import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSeedRunner } from '../../../lib/background/seed-runner';
import type { DossierDb } from '../../../lib/db/database';
import { DatasetValidationError } from '../../../lib/db/seed';
import { fixtureV1, freshDb } from '../db/fixtures';

let db: DossierDb;
afterEach(async () => {
  await db.delete();
});

describe('createSeedRunner', () => {
  it('applies the seed once however often it runs, and reports the change once', async () => {
    db = freshDb();
    const onChanged = vi.fn();
    const runner = createSeedRunner(db, fixtureV1(), { onChanged });
    void runner.run();
    void runner.run();
    await runner.ready();
    expect(await db.entityRows.count()).toBe(3);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(onChanged.mock.calls[0]![0]).toMatchObject({ status: 'installed', datasetId: 'fixture' });
  });

  it('reports an invalid seed without rejecting', async () => {
    db = freshDb();
    const onError = vi.fn();
    const runner = createSeedRunner(db, { ...fixtureV1(), entities: 3 }, { onError });
    await expect(runner.run()).resolves.toBeUndefined();
    await expect(runner.ready()).resolves.toBeUndefined();
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(DatasetValidationError);
  });
});
