/**
 * The rules an edited object must meet beyond its zod schema: those of lib/dataset/integrity.ts
 * that concern one object (no duplicate alias, no relation to itself), and references that must
 * resolve in the database. Paths are relative to the edited object, e.g. `$.related[1].id`. Also
 * `stableJson`, which tells an edit that changes nothing. Free of Dexie at run time: the options
 * page imports the checks that need no database.
 */
import type { Claim, Entity, Source } from '../dataset/schema';
import type { ValidationError } from '../dataset/validate';
import type { DossierDb } from './database';

/** JSON with sorted keys and without undefined members: equal for equal content, whatever the key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** FNV-1a over the UTF-16 code units of `text`, from `offset`; 8 hex digits. */
function fnv1a(text: string, offset: number): string {
  let h = offset;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A fingerprint of an entity's content (16 hex digits): the editor sends the one of the entity it
 * loaded with `entity.save`, and the background refuses the save when the stored entity's differs,
 * so a save made in another window meanwhile is not silently overwritten. Two FNV-1a hashes of the
 * stable JSON: it only has to tell versions of one entity apart, not resist forgery (the sender is
 * our own options page).
 */
export function entityVersion(entity: Entity): string {
  return contentVersion(entity);
}

/** The same fingerprint for a claim: claim.save's `basedOn`. */
export const claimVersion = (claim: Claim): string => contentVersion(claim);
/** The same fingerprint for a source: source.save's `basedOn`. */
export const sourceVersion = (source: Source): string => contentVersion(source);

function contentVersion(value: unknown): string {
  const json = stableJson(value);
  return fnv1a(json, 0x811c9dc5) + fnv1a(json, 0x2f1a6b3d);
}

/** Checks needing no database; the options page runs them too, before sending anything. */
export function entityProblems(entity: Pick<Entity, 'id' | 'aliases' | 'related'>): ValidationError[] {
  const out: ValidationError[] = [];
  const texts = new Set<string>();
  entity.aliases.forEach((a, i) => {
    if (texts.has(a.text)) out.push({ path: `$.aliases[${i}].text`, message: `duplicate alias "${a.text}"` });
    texts.add(a.text);
  });
  const related = new Set<string>();
  entity.related.forEach((r, i) => {
    if (r.id === entity.id) out.push({ path: `$.related[${i}].id`, message: 'an entity cannot be related to itself' });
    else if (related.has(r.id)) out.push({ path: `$.related[${i}].id`, message: `"${r.id}" is already listed as related` });
    related.add(r.id);
  });
  return out;
}

/** A claim names each entity once. */
export function claimProblems(claim: Pick<Claim, 'entities'>): ValidationError[] {
  const seen = new Set<string>();
  return claim.entities.flatMap((id, i) => {
    const dup = seen.has(id);
    seen.add(id);
    return dup ? [{ path: `$.entities[${i}]`, message: `"${id}" is already listed` }] : [];
  });
}

export const missingEntity = (id: string) => `refers to entity "${id}", which does not exist`;

/** Entity references (`[path, id]`) that do not resolve, as errors at their paths. */
async function unresolved(db: DossierDb, refs: [string, string][]): Promise<ValidationError[]> {
  if (!refs.length) return [];
  const ids = [...new Set(refs.map(([, id]) => id))];
  const found = new Set((await db.entityRows.bulkGet(ids)).flatMap((e) => (e ? [e.id] : [])));
  return refs.filter(([, id]) => !found.has(id)).map(([path, id]) => ({ path, message: missingEntity(id) }));
}

/** The roles' organisations and the related entities must exist. */
export function entityReferenceProblems(db: DossierDb, entity: Entity): Promise<ValidationError[]> {
  const refs: [string, string][] = [];
  entity.roles.forEach((r, i) => r.organizationId && refs.push([`$.roles[${i}].organizationId`, r.organizationId]));
  entity.related.forEach((r, i) => refs.push([`$.related[${i}].id`, r.id]));
  return unresolved(db, refs);
}

/** The claim's entities and its source must exist. */
export async function claimReferenceProblems(db: DossierDb, claim: Claim): Promise<ValidationError[]> {
  const out = await unresolved(db, claim.entities.map((id, i) => [`$.entities[${i}]`, id]));
  if (!(await db.sources.get(claim.sourceId)))
    out.push({ path: '$.sourceId', message: `refers to source "${claim.sourceId}", which does not exist` });
  return out;
}

/** Ids are unique on create; on edit the row must exist, since ids never change. */
export function idProblems(noun: string, id: string, create: boolean, exists: boolean): ValidationError[] {
  if (create && exists) return [{ path: '$.id', message: `the id "${id}" is already taken by another ${noun}` }];
  if (!create && !exists) return [{ path: '$.id', message: `there is no ${noun} with the id "${id}"; ids cannot be changed` }];
  return [];
}
