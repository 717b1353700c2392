/**
 * The dataset manager's writes to entities. Each call validates in full and writes in one
 * transaction: it either writes everything or nothing, and answers with every problem at its
 * field's path. A row installed from a dataset keeps its `datasetId` and becomes `userEdited`, so
 * dataset updates leave the user's version alone; a deleted dataset row leaves a tombstone, so
 * updates do not bring it back. Claims and sources: edit-claims.ts; undo: edit-undo.ts.
 */
import { EntitySchema, type Entity } from '../dataset/schema';
import { toValidationErrors } from '../dataset/validate';
import type { SaveResult, UndoBundle } from '../messages/protocol';
import { USER_DATASET_ID, type DossierDb, type EntityRow, type RowOrigin } from './database';
import { entityProblems, entityReferenceProblems, entityVersion, idProblems, stableJson } from './edit-checks';
import { rowToEntity, toEntityRow } from './rows';
import { buryRows } from './tombstones';

/** Where an edited row comes from: unchanged, and marked as the user's override when from a dataset. */
export function editedOrigin(row: RowOrigin): RowOrigin {
  return row.datasetId === USER_DATASET_ID ? { datasetId: USER_DATASET_ID } : { datasetId: row.datasetId, userEdited: true };
}

/** An UndoBundle of rows as they are stored (plain objects, so structured-cloneable). */
export function undoBundle(rows: { entities?: readonly object[]; claims?: readonly object[]; sources?: readonly object[] }): UndoBundle {
  const plain = (list: readonly object[] = []) => list.map((r) => ({ ...r }) as Record<string, unknown>);
  return { entities: plain(rows.entities), claims: plain(rows.claims), sources: plain(rows.sources) };
}

/** The refusals of a save based on a version that is no longer stored (English; the editor translates by `conflict`). */
export const CHANGED_ELSEWHERE = 'this entity was changed in another window since you opened it; nothing was saved. Reload it to see that version, then make your changes again';
export const DELETED_ELSEWHERE = 'this entity was deleted in another window since you opened it; nothing was saved';

/**
 * Creates (`create`) or replaces an entity. Saving an entity unchanged writes nothing, so opening
 * and saving a dataset entity does not freeze it against dataset updates. `basedOn`: the
 * entityVersion of the entity as the editor loaded it; when the stored one differs (saved,
 * deleted or updated by a dataset since), nothing is written and the answer says so (`conflict`).
 */
export async function saveEntity(db: DossierDb, input: unknown, create: boolean, basedOn?: string): Promise<SaveResult<Entity>> {
  const parsed = EntitySchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toValidationErrors(parsed.error) };
  const entity = parsed.data;
  return db.transaction('rw', [db.entityBlocks, db.cache], async () => {
    const existing = await db.entityRows.get(entity.id);
    // Checked inside the write transaction: no other save can come between the check and the put.
    // A save of exactly what is stored loses nothing, whatever it was based on.
    if (!create && basedOn !== undefined) {
      if (!existing) return { ok: false, conflict: 'deleted', errors: [{ path: '$', message: DELETED_ELSEWHERE }] };
      const stored = rowToEntity(existing);
      if (entityVersion(stored) !== basedOn && stableJson(stored) !== stableJson(entity))
        return { ok: false, conflict: 'changed', errors: [{ path: '$', message: CHANGED_ELSEWHERE }] };
    }
    const errors = [
      ...idProblems('entity', entity.id, create, existing !== undefined),
      ...entityProblems(entity),
      ...(await entityReferenceProblems(db, entity)),
    ];
    if (errors.length) return { ok: false, errors };
    if (existing && stableJson(rowToEntity(existing)) === stableJson(entity)) return { ok: true, value: entity };
    await db.entityRows.put(toEntityRow(entity, existing ? editedOrigin(existing) : { datasetId: USER_DATASET_ID }));
    // The stored lexicon's fingerprint does not see an edit that keeps the entity count.
    await db.cache.clear();
    return { ok: true, value: entity };
  });
}

/** `row` without any reference to entity `id`, or null when it has none. */
function withoutReference(row: EntityRow, id: string): EntityRow | null {
  const refers = row.related.some((r) => r.id === id) || row.roles.some((r) => r.organizationId === id);
  if (!refers) return null;
  const entity = rowToEntity(row);
  const roles = entity.roles.map((role) => {
    if (role.organizationId !== id) return role;
    const { organizationId: _gone, ...rest } = role;
    return rest;
  });
  return toEntityRow({ ...entity, related: entity.related.filter((r) => r.id !== id), roles }, editedOrigin(row));
}

/**
 * Deletes an entity with the claims about it alone; claims about others too lose it from their
 * `entities`, and other entities lose it from `related` and their roles' `organizationId`. Answers
 * with every row as it was before, for undo. Throws when there is no such entity.
 */
export async function deleteEntity(db: DossierDb, id: string): Promise<UndoBundle> {
  return db.transaction('rw', [db.entityBlocks, db.claims, db.tombstones, db.cache], async () => {
    const row = await db.entityRows.get(id);
    if (!row) throw new Error(`there is no entity with the id "${id}"`);
    const claims = await db.claims.where('entities').equals(id).distinct().toArray();
    const alone = claims.filter((c) => c.entities.every((e) => e === id));
    const shared = claims.filter((c) => !alone.includes(c));
    // No index on references: a scan, acceptable for a deletion the user asked for.
    const referrers = (await db.entityRows.toArray()).filter((e) => e.id !== id && withoutReference(e, id) !== null);

    await db.entityRows.delete(id);
    await buryRows(db, 'entity', [row]);
    await db.claims.bulkDelete(alone.map((c) => c.id));
    await buryRows(db, 'claim', alone);
    await db.claims.bulkPut(shared.map((c) => ({ ...c, entities: c.entities.filter((e) => e !== id), ...editedOrigin(c) })));
    await db.entityRows.bulkPut(referrers.map((e) => withoutReference(e, id)!));
    await db.cache.clear();
    return undoBundle({ entities: [row, ...referrers], claims });
  });
}
