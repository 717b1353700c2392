import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetHandlers } from '../../../lib/background/dataset-handlers';
import { formatDataset } from '../../../lib/dataset/canonical';
import { DatasetSchema } from '../../../lib/dataset/schema';
import { parseDatasetJson } from '../../../lib/dataset/validate';
import type { DossierDb } from '../../../lib/db/database';
import { toClaimRow, toEntityRow, toSourceRow } from '../../../lib/db/rows';
import { installDataset } from '../../../lib/db/seed';
import { fixtureV1, freshDb } from '../db/fixtures';
import { datasetFixture } from './helpers';

let db: DossierDb;
let other: DossierDb | undefined;
const NOW = new Date(2026, 10, 25, 12, 0, 0); // local time: the file name carries the user's date
let handlers: ReturnType<typeof datasetHandlers>;

beforeEach(async () => {
  db = freshDb();
  await installDataset(db, fixtureV1());
  await installDataset(db, JSON.parse(datasetFixture('volyn-armour.json')));
  handlers = datasetHandlers(db, () => {}, () => NOW);
});
afterEach(async () => {
  await db.delete();
  await other?.delete();
  other = undefined;
});

const exportScope = (scope: 'all' | 'user') => handlers['dataset.export']({ type: 'dataset.export', scope }, {});

/** The user creates an entity related to a dataset entity, with a claim citing a dataset source. */
async function addUserRows(): Promise<void> {
  const user = { datasetId: 'user' };
  await db.entityRows.put(
    toEntityRow(
      DatasetSchema.shape.entities.element.parse({
        id: 'olena-test',
        type: 'person',
        name: 'Olena Test',
        roles: [{ title: 'Adviser', organizationId: 'mfa-ukraine' }],
        related: [{ id: 'dmytro-kuleba', relation: 'advised' }],
      }),
      user,
    ),
  );
  await db.claims.put(toClaimRow({ id: 'olena-advised', entities: ['olena-test', 'nato'], text: 'Olena advised on NATO.', sourceId: 'source-a', quote: 'She advised.' }, user));
  await db.sources.put(toSourceRow({ id: 'my-notes', title: 'My notes' }, user));
}

describe('dataset.export', () => {
  it('everything: a valid dataset in canonical form with every row of the database', async () => {
    await addUserRows();
    const file = await exportScope('all');
    expect(file.filename).toBe('dossier-export-2026-11-25.json');
    const parsed = parseDatasetJson(file.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(formatDataset(parsed.value)).toBe(file.text);
    expect(parsed.value).toMatchObject({ id: 'dossier-export', name: 'Dossier export', version: '1.0.0', publishedAt: NOW.toISOString() });
    expect(parsed.value.entities.map((e) => e.id)).toEqual(['dmytro-kuleba', 'mfa-ukraine', 'nato', 'olena-test', 'volyn-armour-works']);
    expect(parsed.value.claims).toHaveLength(5);
    expect(parsed.value.sources).toHaveLength(4);
    // Database-only fields stay out of the file.
    expect(file.text).not.toMatch(/"(datasetId|userEdited|names|words)"/);
  });

  it('my own entities: the user’s rows and the entities and sources they refer to, one level deep', async () => {
    await addUserRows();
    await db.entityRows.update('volyn-armour-works', { userEdited: true, summary: 'Edited by me.' });
    const file = await exportScope('user');
    expect(file.filename).toBe('dossier-my-entities-2026-11-25.json');
    const parsed = parseDatasetJson(file.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const d = parsed.value;
    expect(d.id).toBe('dossier-my-entities');
    // olena-test and the edited volyn-armour-works; kuleba, the ministry and NATO because olena refers to them.
    expect(d.entities.map((e) => e.id)).toEqual(['dmytro-kuleba', 'mfa-ukraine', 'nato', 'olena-test', 'volyn-armour-works']);
    expect(d.entities.find((e) => e.id === 'volyn-armour-works')?.summary).toBe('Edited by me.');
    expect(d.claims.map((c) => c.id)).toEqual(['olena-advised']);
    expect(d.sources.map((s) => s.id)).toEqual(['my-notes', 'source-a']);
    // Kuleba was included for a reference; his own references resolve inside the file or are gone.
    const kuleba = d.entities.find((e) => e.id === 'dmytro-kuleba')!;
    expect(kuleba.related.map((r) => r.id)).toEqual(['mfa-ukraine', 'nato']);
  });

  it('drops references that would dangle, such as to an entity that was deleted', async () => {
    await db.entityRows.delete('nato');
    const parsed = parseDatasetJson((await exportScope('all')).text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.entities.find((e) => e.id === 'dmytro-kuleba')?.related).toEqual([{ id: 'mfa-ukraine', relation: 'headed' }]);
    // "Kuleba spoke about NATO" is still about Kuleba.
    expect(parsed.value.claims.find((c) => c.id === 'kuleba-undated')?.entities).toEqual(['dmytro-kuleba']);
  });

  it('my own entities with nothing of the user’s: an empty but valid dataset', async () => {
    const parsed = parseDatasetJson((await exportScope('user')).text);
    expect(parsed.ok && parsed.value).toMatchObject({ entities: [], claims: [], sources: [] });
  });

  it('round trip: an export imports into another database and brings the same rows', async () => {
    await addUserRows();
    const file = await exportScope('all');
    other = freshDb();
    const h = datasetHandlers(other, () => {});
    const check = await h['dataset.import']({ type: 'dataset.import', text: file.text }, {});
    expect(check.ok && check.summary.entities).toEqual({ added: 5, changed: 0, removed: 0, kept: 0 });
    const again = await datasetHandlers(other, () => {}, () => NOW)['dataset.export']({ type: 'dataset.export', scope: 'all' }, {});
    expect(again.text).toBe(file.text);
  });
});
