import { describe, expect, it } from 'vitest';
import { diffDataset, sameValue, type OwnedRow } from '../../../lib/dataset/diff';
import { DatasetSchema, type Dataset, type DatasetInput } from '../../../lib/dataset/schema';
import { toClaimRow, toEntityRow, toSourceRow } from '../../../lib/db/rows';
import { fixtureV1, fixtureV2 } from '../db/fixtures';

const parse = (input: DatasetInput): Dataset => DatasetSchema.parse(input);

/** The rows an install of `input` leaves in the database, as the diff reads them. */
function rowsOf(input: DatasetInput, origin: { datasetId: string; userEdited?: boolean } = { datasetId: input.id }) {
  const d = parse(input);
  return {
    entities: d.entities.map((e) => toEntityRow(e, origin)) as unknown as OwnedRow[],
    claims: d.claims.map((c) => toClaimRow(c, origin)) as unknown as OwnedRow[],
    sources: d.sources.map((s) => toSourceRow(s, origin)) as unknown as OwnedRow[],
  };
}

const none = { added: 0, changed: 0, removed: 0, kept: 0 };

describe('diffDataset', () => {
  it('counts everything as added when nothing is installed', () => {
    expect(diffDataset(parse(fixtureV1()), { entities: [], claims: [], sources: [] })).toEqual({
      entities: { ...none, added: 3 },
      claims: { ...none, added: 3 },
      sources: { ...none, added: 2 },
    });
  });

  it('counts nothing when the same content is installed (database-only fields do not count)', () => {
    expect(diffDataset(parse(fixtureV1()), rowsOf(fixtureV1()))).toEqual({ entities: none, claims: none, sources: none });
  });

  it('counts added, changed and removed rows of an update', () => {
    // v2: Kuleba changed, NATO removed, Sybiha added; two claims and one source removed.
    expect(diffDataset(parse(fixtureV2()), rowsOf(fixtureV1()))).toEqual({
      entities: { added: 1, changed: 1, removed: 1, kept: 0 },
      claims: { ...none, removed: 2 },
      sources: { ...none, removed: 1 },
    });
  });

  it('keeps rows the user edited, whether the update changes or removes them', () => {
    const installed = rowsOf(fixtureV1());
    for (const row of installed.entities) if (row.id === 'dmytro-kuleba' || row.id === 'nato') row.userEdited = true;
    const claim = installed.claims.find((c) => c.id === 'kuleba-resigned')!;
    claim.userEdited = true;
    expect(diffDataset(parse(fixtureV2()), installed)).toEqual({
      entities: { added: 1, changed: 0, removed: 0, kept: 2 },
      claims: { ...none, removed: 1, kept: 1 },
      sources: { ...none, removed: 1 },
    });
  });

  it('keeps rows the user created and rows of another dataset that have an incoming id', () => {
    const mine = rowsOf(fixtureV1(), { datasetId: 'user' });
    const other = rowsOf({ ...fixtureV1(), id: 'other' });
    const installed = {
      entities: [mine.entities.find((e) => e.id === 'nato')!, other.entities.find((e) => e.id === 'mfa-ukraine')!],
      claims: [],
      sources: [other.sources.find((s) => s.id === 'source-a')!],
    };
    expect(diffDataset(parse(fixtureV1()), installed)).toEqual({
      entities: { ...none, added: 1, kept: 2 },
      claims: { ...none, added: 3 },
      sources: { ...none, added: 1, kept: 1 },
    });
  });

  it('counts ids the user deleted from the dataset as kept, not added', () => {
    const deleted = { entities: new Set(['nato']), sources: new Set(['source-b']) };
    expect(diffDataset(parse(fixtureV1()), { entities: [], claims: [], sources: [] }, deleted)).toEqual({
      entities: { ...none, added: 2, kept: 1 },
      claims: { ...none, added: 3 },
      sources: { ...none, added: 1, kept: 1 },
    });
  });

  it('counts a deleted id as kept even when a stale row of it is still installed, and that row as removed', () => {
    // installDataset skips the buried id, so the dataset's own row of it is stale and goes.
    const installed = rowsOf(fixtureV1());
    expect(diffDataset(parse(fixtureV1()), installed, { entities: new Set(['nato']) }).entities).toEqual({ ...none, removed: 1, kept: 1 });
  });

  it('sees a change in a nested field, such as one alias flag', () => {
    const v = fixtureV1();
    const changed = { ...v, entities: v.entities.map((e) => (e.id === 'nato' ? { ...e, aliases: [{ text: 'NATO' }, { text: 'НАТО', caseSensitive: true }] } : e)) };
    expect(diffDataset(parse(changed), rowsOf(fixtureV1())).entities).toEqual({ ...none, changed: 1 });
  });
});

describe('sameValue', () => {
  it('ignores key order and keys set to undefined, not array order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
  });
});
