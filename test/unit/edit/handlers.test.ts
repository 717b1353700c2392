import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editHandlers } from '../../../lib/background/edit-handlers';
import type { DossierDb } from '../../../lib/db/database';
import { RequestSchema, type Request, type RequestInput, type RequestType } from '../../../lib/messages/protocol';
import { fixtureEntity, seededDb } from './helpers';

let db: DossierDb;
beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => {
  await db.delete();
});

/** Requests as the router hands them over: parsed, with defaults filled in. */
const req = <T extends RequestType>(input: Extract<RequestInput, { type: T }>) => RequestSchema.parse(input) as Extract<Request, { type: T }>;

describe('editHandlers', () => {
  it('calls changed after each successful write, and not after a refused one', async () => {
    const changed = vi.fn();
    const h = editHandlers(db, changed);
    const nato = fixtureEntity('nato');
    expect(await h['entity.save'](req({ type: 'entity.save', entity: { ...nato, name: '' }, create: false }), {})).toMatchObject({ ok: false });
    expect(changed).not.toHaveBeenCalled();
    await expect(h['source.delete'](req({ type: 'source.delete', id: 'source-a' }), {})).rejects.toThrow(/cited by 1 claim;/);
    expect(changed).not.toHaveBeenCalled();

    expect(await h['entity.save'](req({ type: 'entity.save', entity: { ...nato, summary: 'Alliance.' }, create: false }), {})).toMatchObject({ ok: true });
    expect(changed).toHaveBeenCalledTimes(1);
    const { undo } = await h['entity.delete'](req({ type: 'entity.delete', id: 'nato' }), {});
    expect(changed).toHaveBeenCalledTimes(2);
    expect(await h['undo.apply'](req({ type: 'undo.apply', undo: JSON.parse(JSON.stringify(undo)) }), {})).toEqual({ restored: true });
    expect(changed).toHaveBeenCalledTimes(3);
    expect((await db.entityRows.get('nato'))?.summary).toBe('Alliance.');
  });

  it('lists sources by title and an entity\'s claims whole', async () => {
    const h = editHandlers(db, () => {});
    expect((await h['source.list'](req({ type: 'source.list' }), {})).sources.map((s) => s.title)).toEqual([
      'Foreign minister resigns',
      'Parliament appoints new foreign minister',
    ]);
    const { claims } = await h['claim.list'](req({ type: 'claim.list', entityId: 'nato' }), {});
    expect(claims).toEqual([
      { id: 'kuleba-undated', entities: ['dmytro-kuleba', 'nato'], text: 'Kuleba spoke about NATO.', sourceId: 'source-b', quote: 'Kuleba said NATO membership was the goal.' },
    ]);
  });
});
