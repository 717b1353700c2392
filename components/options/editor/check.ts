/**
 * The editor's own validation, run before anything is sent: the same zod schemas and single-object
 * rules the background applies (it checks again, and checks references against the database).
 * Errors come back in the UI language at the form's paths: `$.name`, `$.claims[2].quote`,
 * `$.claims[2].source.title`.
 */
import { ClaimSchema, EntitySchema, SourceSchema } from '../../../lib/dataset/schema';
import { toValidationErrors, type ValidationError } from '../../../lib/dataset/validate';
import { claimProblems, entityProblems } from '../../../lib/db/edit-checks';
import { draftToClaim, draftToEntity, draftToSource, type ClaimDraft, type EntityDraft, type SourceDraft } from './draft';
import { t } from '../../i18n';
import { localizeAll, under } from './errors';

/** Stand-in ids while checking: a new claim or source gets its id only when saved. */
const PLACEHOLDER = 'new-item';

export function checkEntity(draft: EntityDraft): ValidationError[] {
  const entity = draftToEntity(draft);
  const parsed = EntitySchema.safeParse(entity);
  const errors = parsed.success ? [] : toValidationErrors(parsed.error);
  // An organisation is optional, but a name typed without picking one would be dropped silently.
  const unpicked = draft.roles.flatMap((r, i) =>
    r.organization.name.trim() && !r.organization.id ? [{ path: `$.roles[${i}].organizationId`, message: t('edit_err_pick_entity') }] : [],
  );
  return [...localizeAll([...errors, ...entityProblems(entity)], entity), ...unpicked];
}

/** Problems of one claim (and the source written with it), under `$.claims[index]`. */
export function checkClaim(entityId: string, c: ClaimDraft, index: number): ValidationError[] {
  if (c.deleted) return [];
  // The claim's own id is made on save, and the edited entity's id is checked with the entity.
  const claim = draftToClaim(entityId || PLACEHOLDER, { ...c, id: c.id || PLACEHOLDER }, PLACEHOLDER);
  const parsed = ClaimSchema.safeParse(claim);
  const errors = (parsed.success ? [] : toValidationErrors(parsed.error)).filter((e) => e.path !== '$.id');
  const out = under(`$.claims[${index}]`, localizeAll([...errors, ...claimProblems(claim)], claim));
  if (c.newSource) out.push(...checkSource(PLACEHOLDER, c.newSource, `$.claims[${index}].source`));
  return out;
}

/** Problems of a source as its form states it, under `prefix` (e.g. `$.claims[2].source`). */
export function checkSource(id: string, draft: SourceDraft, prefix: string): ValidationError[] {
  const source = draftToSource(id, draft);
  const parsed = SourceSchema.safeParse(source);
  return parsed.success ? [] : under(prefix, localizeAll(toValidationErrors(parsed.error), source));
}

export function checkAll(draft: EntityDraft, claims: readonly ClaimDraft[]): ValidationError[] {
  const id = draft.id.trim();
  return [...checkEntity(draft), ...claims.flatMap((c, i) => checkClaim(id, c, i))];
}
