/**
 * The editor's form state and its conversion to and from dataset objects. The form keeps every
 * field as typed (strings, flags) with a stable `key` per list row; `draftToEntity` produces what
 * is validated and sent: text trimmed, empty optional fields and false flags left out. List rows
 * are never dropped, so `$.aliases[2]` in an error is the third alias row on screen.
 */
import type { Claim, Entity, EntityType, Source } from '../../../lib/dataset/schema';
import type { EntityCard } from '../../../lib/messages/protocol';

let nextKey = 0;
/** A key for a new list row, unique for the page's lifetime. */
export const newKey = () => ++nextKey;

/** An entity chosen in a picker: its id, and its name to show. */
export interface PickedEntity {
  id: string;
  name: string;
}

export interface AliasDraft {
  key: number;
  text: string;
  caseSensitive: boolean;
  needsContext: boolean;
  lang: string;
}
export interface RoleDraft {
  key: number;
  title: string;
  organization: PickedEntity;
  start: string;
  end: string;
  former: boolean;
}
export interface RelatedDraft {
  key: number;
  entity: PickedEntity;
  relation: string;
}
export interface LinkDraft {
  key: number;
  url: string;
  title: string;
}

export interface EntityDraft {
  id: string;
  type: EntityType | '';
  name: string;
  summary: string;
  country: string;
  aliases: AliasDraft[];
  roles: RoleDraft[];
  related: RelatedDraft[];
  links: LinkDraft[];
}

export interface SourceDraft {
  title: string;
  publisher: string;
  author: string;
  date: string;
  url: string;
}

export interface ClaimDraft {
  key: number;
  /** Never shown or changed; for a new claim, made from the entity's id when it is saved. */
  id: string;
  /** Not yet in the database. */
  create: boolean;
  /** Marked for deletion on save. */
  deleted: boolean;
  /** The entities it is about, in order; the one being edited is `SELF` (its id may still change). */
  about: PickedEntity[];
  text: string;
  date: string;
  quote: string;
  sourceId: string;
  /** A source being written along with the claim; replaces `sourceId` when set. */
  newSource: SourceDraft | null;
  /** The claim as loaded (stableJson), to tell whether it changed. */
  initial: string;
  /** claimVersion of the claim as loaded or last saved: its saves are based on it (none for a new claim). */
  version?: string;
}

/** Stands for the entity being edited in a claim's `about` list; not a valid id, so never another entity's. */
export const SELF = '@self';

const EMPTY: EntityDraft = { id: '', type: '', name: '', summary: '', country: '', aliases: [], roles: [], related: [], links: [] };

export const emptyEntityDraft = (): EntityDraft => ({ ...EMPTY, aliases: [], roles: [], related: [], links: [] });
export const emptyAlias = (): AliasDraft => ({ key: newKey(), text: '', caseSensitive: false, needsContext: false, lang: '' });
export const emptyRole = (): RoleDraft => ({ key: newKey(), title: '', organization: { id: '', name: '' }, start: '', end: '', former: false });
export const emptyRelated = (): RelatedDraft => ({ key: newKey(), entity: { id: '', name: '' }, relation: '' });
export const emptyLink = (): LinkDraft => ({ key: newKey(), url: '', title: '' });
export const emptySource = (): SourceDraft => ({ title: '', publisher: '', author: '', date: '', url: '' });

/** The form state of a stored entity; names of referenced entities come from its card. */
export function entityToDraft(card: EntityCard): EntityDraft {
  const { entity, organizations, related } = card;
  const nameOf = (id: string) => organizations[id]?.name ?? related.find((r) => r.id === id)?.name ?? id;
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    summary: entity.summary ?? '',
    country: entity.country ?? '',
    aliases: entity.aliases.map((a) => ({ key: newKey(), text: a.text, caseSensitive: !!a.caseSensitive, needsContext: !!a.needsContext, lang: a.lang ?? '' })),
    roles: entity.roles.map((r) => ({
      key: newKey(),
      title: r.title,
      organization: { id: r.organizationId ?? '', name: r.organizationId ? nameOf(r.organizationId) : '' },
      start: r.start ?? '',
      end: r.end ?? '',
      former: !!r.former,
    })),
    related: entity.related.map((r) => ({ key: newKey(), entity: { id: r.id, name: nameOf(r.id) }, relation: r.relation })),
    links: (entity.links ?? []).map((l) => ({ key: newKey(), url: l.url, title: l.title ?? '' })),
  };
}

/** `{ [key]: value }` when the trimmed value is not empty, else nothing: for spreading optional fields. */
function opt<K extends string>(key: K, value: string): { [P in K]?: string } {
  const v = value.trim();
  return (v ? { [key]: v } : {}) as { [P in K]?: string };
}
const flag = <K extends string>(key: K, on: boolean) => (on ? { [key]: true } : {}) as { [P in K]?: true };

/** What the form says the entity is: the object to validate and send (not yet validated). */
export function draftToEntity(d: EntityDraft): Entity {
  return {
    id: d.id.trim(),
    type: d.type as EntityType,
    name: d.name.trim(),
    aliases: d.aliases.map((a) => ({ text: a.text.trim(), ...flag('caseSensitive', a.caseSensitive), ...flag('needsContext', a.needsContext), ...opt('lang', a.lang) })),
    ...opt('summary', d.summary),
    roles: d.roles.map((r) => ({
      title: r.title.trim(),
      ...opt('organizationId', r.organization.id),
      ...opt('start', r.start),
      ...opt('end', r.end),
      ...flag('former', r.former),
    })),
    ...opt('country', d.country.toUpperCase()),
    related: d.related.map((r) => ({ id: r.entity.id, relation: r.relation.trim() })),
    ...(d.links.length ? { links: d.links.map((l) => ({ url: l.url.trim(), ...opt('title', l.title) })) } : {}),
  };
}

/** The form state of a stored source, for editing it. */
export const sourceToDraft = (s: Source): SourceDraft => ({ title: s.title, publisher: s.publisher ?? '', author: s.author ?? '', date: s.date ?? '', url: s.url ?? '' });

export function draftToSource(id: string, s: SourceDraft): Source {
  return { id, title: s.title.trim(), ...opt('publisher', s.publisher), ...opt('author', s.author), ...opt('date', s.date), ...opt('url', s.url) };
}

/** The claim the form describes, about `entityId` where it says SELF; `sourceId` is the new source's id when one is being written. */
export function draftToClaim(entityId: string, c: ClaimDraft, newSourceId?: string): Claim {
  return {
    id: c.id,
    entities: c.about.map((o) => (o.id === SELF ? entityId : o.id)),
    text: c.text.trim(),
    ...opt('date', c.date),
    sourceId: c.newSource ? (newSourceId ?? '') : c.sourceId,
    quote: c.quote.trim(),
  };
}

/** The form state of a stored claim about `entityId`; `names` gives the other entities' names. */
export function claimToDraft(entityId: string, claim: Claim, names: ReadonlyMap<string, string>, initial: string): ClaimDraft {
  return {
    key: newKey(),
    id: claim.id,
    create: false,
    deleted: false,
    about: claim.entities.map((id) => (id === entityId ? { id: SELF, name: '' } : { id, name: names.get(id) ?? id })),
    text: claim.text,
    date: claim.date ?? '',
    quote: claim.quote,
    sourceId: claim.sourceId,
    newSource: null,
    initial,
  };
}

/** A new, empty claim. */
export function newClaimDraft(defaultSourceId: string): ClaimDraft {
  return {
    key: newKey(),
    id: '',
    create: true,
    deleted: false,
    about: [{ id: SELF, name: '' }],
    text: '',
    date: '',
    quote: '',
    sourceId: defaultSourceId,
    newSource: null,
    initial: '',
  };
}

/** `base` plus a random suffix: a slug no other row is likely to have (the background checks). */
export function uniqueId(base: string): string {
  const suffix = Math.random().toString(36).slice(2, 8).replace(/[^a-z0-9]/g, '') || 'x';
  const head = base.slice(0, 110).replace(/-+$/, '');
  return `${head}-${suffix}`;
}
