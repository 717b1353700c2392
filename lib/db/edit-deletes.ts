/**
 * Deletes based on a version: the optimistic check that entity/claim/source saves make (`basedOn`,
 * edit-checks.ts), for entity.delete, claim.delete and source.delete. Without it, a delete made
 * from a view or form opened before another window saved the same row would silently remove that
 * other window's edit.
 *
 * - The stored row differs from the version the caller loaded: refused (`conflict: 'changed'`),
 *   nothing removed, as a save is.
 * - The row is already gone: done, with an empty undo. The caller wanted it gone and it is; no
 *   one's edit is lost, so refusing would only make the user reload for nothing (and after an
 *   entity's save, the rest of its form is stored already).
 * - No `basedOn`: the plain delete (which throws when there is no such row).
 *
 * The check runs in a transaction around the delete's own, so no save comes between them.
 */
import type { ValidationError } from '../dataset/validate';
import type { DeleteResult, UndoBundle } from '../messages/protocol';
import type { DossierDb } from './database';
import { deleteEntity } from './edit';
import { claimVersion, entityVersion, sourceVersion } from './edit-checks';
import { deleteClaim, deleteSource } from './edit-claims';
import { rowToEntity, rowToSource } from './rows';

export type DeleteNoun = 'entity' | 'claim' | 'source';

/** The refusal of a delete based on a version that is no longer stored (English; the UI translates by `conflict`). */
export const changedBeforeDelete = (noun: DeleteNoun) =>
  `this ${noun} was changed in another window since you opened it; nothing was deleted. Reload it to see that version first`;

const NOTHING: UndoBundle = { entities: [], claims: [], sources: [] };

/** The answer for each case above, given the stored row's version (undefined: gone). */
function decide(noun: DeleteNoun, stored: string | undefined, basedOn: string): DeleteResult | null {
  if (stored === undefined) return { undo: { ...NOTHING } };
  if (stored !== basedOn) return { conflict: 'changed', errors: [{ path: '$', message: changedBeforeDelete(noun) } satisfies ValidationError] };
  return null;
}

/** Deletes an entity (see deleteEntity), unless it changed since `basedOn` (its entityVersion). */
export async function deleteEntityBasedOn(db: DossierDb, id: string, basedOn?: string): Promise<DeleteResult> {
  if (basedOn === undefined) return { undo: await deleteEntity(db, id) };
  return db.transaction('rw', [db.entityBlocks, db.claims, db.tombstones, db.cache], async () => {
    const row = await db.entityRows.get(id);
    return decide('entity', row && entityVersion(rowToEntity(row)), basedOn) ?? { undo: await deleteEntity(db, id) };
  });
}

/** Deletes a claim, unless it changed since `basedOn` (its claimVersion). */
export async function deleteClaimBasedOn(db: DossierDb, id: string, basedOn?: string): Promise<DeleteResult> {
  if (basedOn === undefined) return { undo: await deleteClaim(db, id) };
  return db.transaction('rw', [db.claims, db.tombstones], async () => {
    const row = await db.claims.get(id);
    const claim = row && (({ datasetId: _d, userEdited: _u, ...rest }) => rest)(row);
    return decide('claim', claim && claimVersion(claim), basedOn) ?? { undo: await deleteClaim(db, id) };
  });
}

/** Deletes a source no claim cites (see deleteSource), unless it changed since `basedOn` (its sourceVersion). */
export async function deleteSourceBasedOn(db: DossierDb, id: string, basedOn?: string): Promise<DeleteResult> {
  if (basedOn === undefined) return { undo: await deleteSource(db, id) };
  return db.transaction('rw', [db.sources, db.claims, db.tombstones], async () => {
    const row = await db.sources.get(id);
    return decide('source', row && sourceVersion(rowToSource(row)), basedOn) ?? { undo: await deleteSource(db, id) };
  });
}
