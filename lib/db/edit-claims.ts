/**
 * The dataset manager's writes to claims and sources, under the same rules as edit.ts: validated
 * in full, one transaction each, dataset rows become the user's override when edited and leave a
 * tombstone when deleted.
 */
import { ClaimSchema, SourceSchema, type Claim, type Source } from '../dataset/schema';
import { toValidationErrors } from '../dataset/validate';
import type { SaveResult, UndoBundle } from '../messages/protocol';
import { USER_DATASET_ID, type ClaimRow, type DossierDb } from './database';
import { claimProblems, claimReferenceProblems, claimVersion, idProblems, sourceVersion, stableJson } from './edit-checks';
import { editedOrigin, undoBundle } from './edit';
import { rowToSource, toClaimRow, toSourceRow } from './rows';
import { buryRows } from './tombstones';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function rowToClaim(row: ClaimRow): Claim {
  const { datasetId: _d, userEdited: _u, ...claim } = row;
  return claim;
}

/** Newest first, undated last, then by id: the order the entity view shows. */
function byDate(a: Claim, b: Claim): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The claims about an entity, whole (with every entity they are about and their source id). */
export async function listClaims(db: DossierDb, entityId: string): Promise<Claim[]> {
  return (await db.claims.where('entities').equals(entityId).distinct().toArray()).map(rowToClaim).sort(byDate);
}

/** The refusals of a save based on a version that is no longer stored (English; the editor translates by `conflict`). */
export const changedElsewhere = (noun: 'claim' | 'source') =>
  `this ${noun} was changed in another window since you opened it; nothing was saved. Reload it to see that version, then make your changes again`;
export const deletedElsewhere = (noun: 'claim' | 'source') => `this ${noun} was deleted in another window since you opened it; nothing was saved`;

/**
 * The optimistic check of saveEntity (edit.ts) for a claim or source: `basedOn` is the version
 * the editor loaded; a stored row that differs from it (and from what is being saved) or is gone
 * refuses the save. Run inside the write transaction, before the field checks.
 */
function conflictOf<T>(noun: 'claim' | 'source', stored: T | undefined, value: T, version: (v: T) => string, basedOn?: string): SaveResult<T> | null {
  if (basedOn === undefined) return null;
  if (stored === undefined) return { ok: false, conflict: 'deleted', errors: [{ path: '$', message: deletedElsewhere(noun) }] };
  if (version(stored) !== basedOn && stableJson(stored) !== stableJson(value))
    return { ok: false, conflict: 'changed', errors: [{ path: '$', message: changedElsewhere(noun) }] };
  return null;
}

/** Creates (`create`) or replaces a claim; `basedOn` (not with `create`): see conflictOf. */
export async function saveClaim(db: DossierDb, input: unknown, create: boolean, basedOn?: string): Promise<SaveResult<Claim>> {
  const parsed = ClaimSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toValidationErrors(parsed.error) };
  const claim = parsed.data;
  return db.transaction('rw', [db.claims, db.entityBlocks, db.sources], async () => {
    const existing = await db.claims.get(claim.id);
    const conflict = create ? null : conflictOf('claim', existing && rowToClaim(existing), claim, claimVersion, basedOn);
    if (conflict) return conflict;
    const errors = [
      ...idProblems('claim', claim.id, create, existing !== undefined),
      ...claimProblems(claim),
      ...(await claimReferenceProblems(db, claim)),
    ];
    if (errors.length) return { ok: false, errors };
    if (existing && stableJson(rowToClaim(existing)) === stableJson(claim)) return { ok: true, value: claim };
    await db.claims.put(toClaimRow(claim, existing ? editedOrigin(existing) : { datasetId: USER_DATASET_ID }));
    return { ok: true, value: claim };
  });
}

/** Deletes a claim; throws when there is none with this id. */
export async function deleteClaim(db: DossierDb, id: string): Promise<UndoBundle> {
  return db.transaction('rw', [db.claims, db.tombstones], async () => {
    const row = await db.claims.get(id);
    if (!row) throw new Error(`there is no claim with the id "${id}"`);
    await db.claims.delete(id);
    await buryRows(db, 'claim', [row]);
    return undoBundle({ claims: [row] });
  });
}

/** Every source, by title. */
export async function listSources(db: DossierDb): Promise<Source[]> {
  return (await db.sources.toArray()).map(rowToSource).sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
}

/** Creates (`create`) or replaces a source; `basedOn` (not with `create`): see conflictOf. */
export async function saveSource(db: DossierDb, input: unknown, create: boolean, basedOn?: string): Promise<SaveResult<Source>> {
  const parsed = SourceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toValidationErrors(parsed.error) };
  const source = parsed.data;
  return db.transaction('rw', [db.sources], async () => {
    const existing = await db.sources.get(source.id);
    const conflict = create ? null : conflictOf('source', existing && rowToSource(existing), source, sourceVersion, basedOn);
    if (conflict) return conflict;
    const errors = idProblems('source', source.id, create, existing !== undefined);
    if (errors.length) return { ok: false, errors };
    if (existing && stableJson(rowToSource(existing)) === stableJson(source)) return { ok: true, value: source };
    await db.sources.put(toSourceRow(source, existing ? editedOrigin(existing) : { datasetId: USER_DATASET_ID }));
    return { ok: true, value: source };
  });
}

/** Deletes a source no claim cites; refused (thrown) while claims cite it, saying how many. */
export async function deleteSource(db: DossierDb, id: string): Promise<UndoBundle> {
  return db.transaction('rw', [db.sources, db.claims, db.tombstones], async () => {
    const row = await db.sources.get(id);
    if (!row) throw new Error(`there is no source with the id "${id}"`);
    const citing = await db.claims.where('sourceId').equals(id).count();
    if (citing > 0)
      throw new Error(`the source "${row.title}" is cited by ${citing} claim${citing === 1 ? '' : 's'}; delete those claims or change their source first`);
    await db.sources.delete(id);
    await buryRows(db, 'source', [row]);
    return undoBundle({ sources: [row] });
  });
}
