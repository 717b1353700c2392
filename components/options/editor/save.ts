/**
 * Saving the editor's form: the entity first (nothing else is written unless it is accepted),
 * then, claim by claim, any new source, the claim itself, or its deletion. Errors the background
 * answers with come back at the form's paths, in the UI language.
 */
import type { Source } from '../../../lib/dataset/schema';
import type { ValidationError } from '../../../lib/dataset/validate';
import { claimVersion, entityVersion, stableJson } from '../../../lib/db/edit-checks';
import type { Client } from '../../../lib/messages/client';
import { STORAGE_FULL_ERROR } from '../../../lib/snippets/library';
import { t } from '../../i18n';
import { draftToClaim, draftToEntity, draftToSource, uniqueId, type ClaimDraft, type EntityDraft } from './draft';
import { localizeAll, under } from './errors';
import { slugify } from './slug';

export type SaveOutcome =
  | { ok: true; id: string; sources: Source[] }
  /** Nothing was written: the entity changed or went away in another window since it was loaded. */
  | { ok: false; conflict: 'changed' | 'deleted' }
  | {
      ok: false;
      conflict?: undefined;
      errors: ValidationError[];
      /** True when the entity was stored and a claim or source was not. */
      entitySaved: boolean;
      /** The stored entity's version when entitySaved: the next save is based on it. */
      version?: string;
      /** The claims as they stand now: saved ones marked stored, deleted ones gone. */
      claims: ClaimDraft[];
      /** Sources written on the way. */
      sources: Source[];
      /** Set when a claim was refused because another window changed or deleted it since it was loaded. */
      claimConflict?: 'changed' | 'deleted';
      /** Set when that refused claim was one the form deleted (a delete is refused only when the claim changed). */
      claimConflictOnDelete?: true;
    };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A failed request's error as the form shows it; a full disk in the UI language. */
function failureText(e: unknown): string {
  const message = messageOf(e);
  return message.startsWith(STORAGE_FULL_ERROR) ? t('conc_storage_full') : message;
}

/** `basedOn`: the version the form loaded (none when creating); a stale one is refused as a conflict. */
export async function saveEntityForm(client: Client, draft: EntityDraft, claims: readonly ClaimDraft[], create: boolean, basedOn?: string): Promise<SaveOutcome> {
  const entity = draftToEntity(draft);
  const saved = await client({ type: 'entity.save', entity, create, ...(basedOn && !create ? { basedOn } : {}) });
  if (!saved.ok && saved.conflict) return { ok: false, conflict: saved.conflict };
  if (!saved.ok) return { ok: false, errors: localizeAll(saved.errors, entity), entitySaved: false, claims: [...claims], sources: [] };
  const version = entityVersion(saved.value);

  const errors: ValidationError[] = [];
  const next: ClaimDraft[] = [];
  const sources: Source[] = [];
  let claimConflict: 'changed' | 'deleted' | undefined;
  let claimConflictOnDelete = false;
  // Paths use the claim's index in `next`, the list the form shows afterwards.
  const fail = (c: ClaimDraft, errs: ValidationError[], suffix = '') => {
    errors.push(...under(`$.claims[${next.length}]${suffix}`, errs));
    next.push(c);
  };
  for (const original of claims) {
    let c = original;
    if (c.deleted) {
      if (!c.create)
        try {
          // Based on the version loaded: a claim another window changed meanwhile is not deleted
          // (its edit would be lost unseen); one already gone counts as deleted.
          const r = await client({ type: 'claim.delete', id: c.id, ...(c.version ? { basedOn: c.version } : {}) });
          if (r.conflict) {
            if (!claimConflict) [claimConflict, claimConflictOnDelete] = ['changed', true];
            fail(c, [{ path: '$', message: t('conc_delete_claim_changed') }]);
          }
        } catch (e) {
          fail(c, [{ path: '$', message: failureText(e) }]);
        }
      continue;
    }
    // The entity is stored by now: a request that fails (a full disk, a closed worker) becomes an
    // error at its claim, so the form still learns what was saved and which version it edits.
    try {
      if (c.newSource) {
        const source = draftToSource(uniqueId(slugify(c.newSource.title, 60) || 'source'), c.newSource);
        const s = await client({ type: 'source.save', source, create: true });
        if (!s.ok) {
          fail(c, localizeAll(s.errors, source), '.source');
          continue;
        }
        sources.push(s.value);
        c = { ...c, sourceId: s.value.id, newSource: null };
      }
      const id = c.create ? uniqueId(`${entity.id}-${slugify(c.text, 40) || 'claim'}`) : c.id;
      const claim = draftToClaim(entity.id, { ...c, id });
      const json = stableJson(claim);
      if (!c.create && json === c.initial) {
        next.push(c);
        continue;
      }
      const r = await client({ type: 'claim.save', claim, create: c.create, ...(c.version && !c.create ? { basedOn: c.version } : {}) });
      if (!r.ok && r.conflict) {
        // Refused whole: the claim's edits stay in the form, and the editor offers to reload.
        claimConflict ??= r.conflict;
        fail(c, [{ path: '$', message: t(r.conflict === 'changed' ? 'full_claim_changed' : 'full_claim_deleted') }]);
      } else if (!r.ok) fail(c, localizeAll(r.errors, claim));
      else next.push({ ...c, id, create: false, initial: json, version: claimVersion(r.value) });
    } catch (e) {
      fail(c, [{ path: '$', message: failureText(e) }]);
    }
  }
  if (!errors.length) return { ok: true, id: entity.id, sources };
  return { ok: false, errors, entitySaved: true, version, claims: next, sources, ...(claimConflict ? { claimConflict } : {}), ...(claimConflictOnDelete ? { claimConflictOnDelete: true as const } : {}) };
}
