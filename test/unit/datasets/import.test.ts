import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetHandlers } from '../../../lib/background/dataset-handlers';
import type { DossierDb } from '../../../lib/db/database';
import { installDataset } from '../../../lib/db/seed';
import { buryRows } from '../../../lib/db/tombstones';
import { fixtureV1, fixtureV2, freshDb } from '../db/fixtures';
import { datasetFixture, dump } from './helpers';

let db: DossierDb;
let changed: ReturnType<typeof vi.fn<() => void>>;
let handlers: ReturnType<typeof datasetHandlers>;
const NOW = new Date('2026-11-25T12:00:00Z');

beforeEach(async () => {
  db = freshDb();
  await installDataset(db, fixtureV1(), () => new Date('2025-03-01T00:00:00Z'));
  changed = vi.fn<() => void>();
  handlers = datasetHandlers(db, changed, () => NOW);
});
afterEach(async () => {
  await db.delete();
});

const preview = (text: string) => handlers['dataset.preview']({ type: 'dataset.preview', text }, {});
const importText = (text: string) => handlers['dataset.import']({ type: 'dataset.import', text }, {});
const json = (value: unknown) => JSON.stringify(value);

describe('dataset.preview', () => {
  it('lists every problem of an invalid file with its JSON path, and writes nothing', async () => {
    const before = await dump(db);
    const check = await preview(datasetFixture('invalid.json'));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.map((e) => e.path)).toEqual([
      '$.entities[1].id',
      '$.entities[1].type',
      '$.entities[1].aliases[0].text',
      '$.claims[0].quote',
      '$.sources[0].url',
    ]);
    for (const e of check.errors) expect(e.message.length).toBeGreaterThan(0);
    expect(await dump(db)).toEqual(before);
  });

  it('reports a JSON syntax error at $', async () => {
    const check = await preview('{"schemaVersion": 1,');
    expect(check).toEqual({ ok: false, errors: [{ path: '$', message: expect.stringMatching(/^not valid JSON/) }] });
  });

  it('reports dangling references with their paths', async () => {
    const v = fixtureV1();
    const check = await preview(json({ ...v, id: 'other', claims: [{ ...v.claims[0], sourceId: 'nowhere' }] }));
    expect(check).toEqual({ ok: false, errors: [{ path: '$.claims[0].sourceId', message: expect.stringContaining('nowhere') }] });
  });

  it('refuses the id reserved for the user’s own entries', async () => {
    const check = await preview(json({ ...fixtureV1(), id: 'user' }));
    expect(check).toEqual({ ok: false, errors: [{ path: '$.id', message: expect.stringContaining('reserved') }] });
  });

  it('refuses a version older than the installed one', async () => {
    await installDataset(db, fixtureV2());
    const check = await preview(json(fixtureV1()));
    expect(check).toEqual({ ok: false, errors: [{ path: '$.version', message: expect.stringMatching(/1\.0\.0 is older than the installed version 1\.1\.0/) }] });
  });

  it('summarises a new dataset, with nothing written', async () => {
    const before = await dump(db);
    const check = await preview(datasetFixture('volyn-armour.json'));
    expect(check).toEqual({
      ok: true,
      summary: {
        dataset: { id: 'volyn-armour', name: 'Volyn Armour Works', version: '1.0.0' },
        entities: { added: 1, changed: 0, removed: 0, kept: 0 },
        claims: { added: 1, changed: 0, removed: 0, kept: 0 },
        sources: { added: 1, changed: 0, removed: 0, kept: 0 },
      },
    });
    expect(await dump(db)).toEqual(before);
  });

  it('summarises an update against the installed version, keeping the user’s edits', async () => {
    await db.entityRows.update('nato', { userEdited: true });
    const check = await preview(json(fixtureV2()));
    expect(check).toEqual({
      ok: true,
      summary: {
        dataset: { id: 'fixture', name: 'Fixture dataset', version: '1.1.0' },
        installedVersion: '1.0.0',
        entities: { added: 1, changed: 1, removed: 0, kept: 1 },
        claims: { added: 0, changed: 0, removed: 2, kept: 0 },
        sources: { added: 0, changed: 0, removed: 1, kept: 0 },
      },
    });
  });

  it('says the same version changes nothing', async () => {
    const check = await preview(json(fixtureV1()));
    expect(check.ok && check.summary).toMatchObject({
      installedVersion: '1.0.0',
      dataset: { version: '1.0.0' },
      entities: { added: 0, changed: 0, removed: 0, kept: 0 },
      claims: { added: 0, changed: 0, removed: 0, kept: 0 },
      sources: { added: 0, changed: 0, removed: 0, kept: 0 },
    });
  });
});

describe('dataset.import', () => {
  it('writes nothing for an invalid file, and does not announce a change', async () => {
    const before = await dump(db);
    const check = await importText(datasetFixture('invalid.json'));
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.errors).toHaveLength(5);
    expect(await dump(db)).toEqual(before);
    expect(changed).not.toHaveBeenCalled();
  });

  it('writes nothing for the reserved id or an older version', async () => {
    await installDataset(db, fixtureV2());
    const before = await dump(db);
    expect((await importText(json({ ...fixtureV1(), id: 'user' }))).ok).toBe(false);
    expect((await importText(json(fixtureV1()))).ok).toBe(false);
    expect(await dump(db)).toEqual(before);
    expect(changed).not.toHaveBeenCalled();
  });

  it('installs a new dataset and answers with what the preview promised', async () => {
    const text = datasetFixture('volyn-armour.json');
    const promised = await preview(text);
    const check = await importText(text);
    expect(check).toEqual(promised);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(await db.entityRows.get('volyn-armour-works')).toMatchObject({ name: 'Volyn Armour Works', datasetId: 'volyn-armour' });
    expect(await db.datasets.get('volyn-armour')).toMatchObject({ version: '1.0.0', installedAt: NOW.toISOString(), entityCount: 1 });
  });

  it('updates a dataset, leaving the user’s edits alone', async () => {
    await db.entityRows.update('nato', { userEdited: true, summary: 'My own note.' });
    const check = await importText(json(fixtureV2()));
    expect(check.ok && check.summary.entities).toEqual({ added: 1, changed: 1, removed: 0, kept: 1 });
    expect(await db.entityRows.get('nato')).toMatchObject({ summary: 'My own note.' });
    expect(await db.entityRows.get('andrii-sybiha')).toBeDefined();
    expect((await db.datasets.get('fixture'))?.version).toBe('1.1.0');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('leaves rows the user deleted deleted, and counts them as kept', async () => {
    const nato = (await db.entityRows.get('nato'))!;
    await db.transaction('rw', db.entityBlocks, db.tombstones, async () => {
      await db.entityRows.delete('nato');
      await buryRows(db, 'entity', [nato]);
    });
    const text = json({ ...fixtureV1(), version: '1.0.1' });
    const promised = await preview(text);
    expect(promised.ok && promised.summary.entities).toEqual({ added: 0, changed: 0, removed: 0, kept: 1 });
    expect(await importText(text)).toEqual(promised);
    expect(await db.entityRows.get('nato')).toBeUndefined();
  });

  it('treats the same version as already installed: nothing written, nothing announced', async () => {
    const before = await dump(db);
    const check = await importText(json({ ...fixtureV1(), name: 'Renamed' }));
    expect(check.ok && check.summary.installedVersion).toBe('1.0.0');
    expect(await dump(db)).toEqual(before);
    expect(changed).not.toHaveBeenCalled();
  });

  it('applies in one transaction: a failure part-way leaves the database as it was', async () => {
    const before = await dump(db);
    // Entities and claims are written before sources; failing there must undo them too.
    db.sources.hook('creating', () => {
      throw new Error('disk full');
    });
    db.sources.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(importText(datasetFixture('volyn-armour.json'))).rejects.toThrow(/disk full/);
    expect(await dump(db)).toEqual(before);
    expect(changed).not.toHaveBeenCalled();
  });

  it('checks and writes in the same transaction: of two concurrent imports, one installs', async () => {
    const text = datasetFixture('volyn-armour.json');
    const [a, b] = await Promise.all([importText(text), importText(text)]);
    const summaries = [a, b].map((c) => (c.ok ? c.summary : null));
    expect(summaries.map((s) => s?.entities.added).sort()).toEqual([0, 1]);
    expect(summaries.filter((s) => s?.installedVersion === '1.0.0')).toHaveLength(1);
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
