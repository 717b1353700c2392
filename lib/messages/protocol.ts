/**
 * Every message between Dossier's contexts, declared once, grouped by direction.
 *
 *   content script ──► background     lexicon.get, entity.card, options.open, page.count
 *   extension pages ──► background    all of the above, and the dataset manager's requests:
 *                                     dataset.*, entity.*, claim.*, source.*, undo.apply, and
 *                                     the snippet library's snippet.list/update/delete/restore/
 *                                     import/open
 *   popup, background ──► content     PageRequest: page.summary, page.reveal, page.next,
 *                                     lexicon.changed (sent with tabs.sendMessage)
 *   background ──► extension pages    ExtensionNotice: data.changed (runtime.sendMessage)
 *
 * Requests are parsed with zod where they enter the background (see `parseRequest` in parse-request.ts); a request a
 * sender is not allowed to make is refused there too. Responses are plain data built by the
 * background and typed here.
 */
import { z } from 'zod';
import type { Claim, Entity, EntityType, Source } from '../dataset/schema';
import { ENTITY_TYPES, Slug } from '../dataset/schema';
import type { ValidationError } from '../dataset/validate';
import type { Lexicon } from '../match/lexicon';
import { MAX_PAGE_WORDS } from '../match/words';
import type { SyncAnswer } from '../sync/subscription';
import type { Snippet } from '../snippets/schema';
import type { PageSnippet, SnippetSaveResult } from '../snippets/draft';

const EntityId = Slug;
/** Dataset files are read whole in the options page and sent as text. */
const DatasetText = z.string().max(200 * 1024 * 1024);
/** Rows as the database keeps them: dataset objects plus where they came from. Checked again on use. */
const Rows = z.array(z.record(z.string(), z.unknown())).max(100_000);

/** A FollowTheMoney file and the id and name of the dataset it becomes. */
const FtmFields = { text: DatasetText, id: EntityId, name: z.string().trim().min(1).max(160) };

export const RequestSchema = z.discriminatedUnion('type', [
  // `words`: hashes of the page's words (lib/match/words.ts); the lexicon comes cut to them.
  // `whole`: the whole lexicon. Neither: whole when small, else an empty cut asking for the words
  // (lib/match/subset.ts answerLexicon).
  z
    .object({ type: z.literal('lexicon.get'), words: z.array(z.number().int().min(0).max(0xffffffff)).max(MAX_PAGE_WORDS).optional(), whole: z.literal(true).optional() })
    .strict(),
  z.object({ type: z.literal('entity.card'), id: EntityId }).strict(),
  z.object({ type: z.literal('options.open'), entityId: EntityId.optional() }).strict(),
  z.object({ type: z.literal('dataset.overview') }).strict(),
  z
    .object({
      type: z.literal('entity.search'),
      query: z.string().max(200),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    })
    .strict(),
  // The options page's entity list: one page of a filtered, sorted list.
  z
    .object({
      type: z.literal('entity.list'),
      query: z.string().max(200).default(''),
      types: z.array(z.enum(ENTITY_TYPES)).max(ENTITY_TYPES.length).optional(),
      datasetIds: z.array(z.string().max(200)).max(100).optional(),
      sort: z.enum(['relevance', 'name', 'type', 'dataset']).default('relevance'),
      direction: z.enum(['asc', 'desc']).default('asc'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    })
    .strict(),
  z.object({ type: z.literal('entity.brief'), ids: z.array(EntityId).max(5000) }).strict(),
  // Edits. The payloads are validated by the handlers, which answer with field errors.
  // `basedOn`: entityVersion (lib/db/edit-checks.ts) of the entity as the editor loaded it; a save
  // based on an older version is refused rather than overwriting another window's save.
  z.object({ type: z.literal('entity.save'), entity: z.unknown(), create: z.boolean(), basedOn: z.string().regex(/^[0-9a-f]{16}$/).optional() }).strict(),
  // `basedOn` for deletes: the version the view or form loaded; a delete of a row changed since is
  // refused (DeleteResult), one already gone counts as done (lib/db/edit-deletes.ts).
  z.object({ type: z.literal('entity.delete'), id: EntityId, basedOn: z.string().regex(/^[0-9a-f]{16}$/).optional() }).strict(),
  // The claims about an entity, whole (the entity card's claims omit their entities and source id).
  z.object({ type: z.literal('claim.list'), entityId: EntityId }).strict(),
  // `basedOn` for claims and sources: claimVersion / sourceVersion, as for entities.
  z.object({ type: z.literal('claim.save'), claim: z.unknown(), create: z.boolean(), basedOn: z.string().regex(/^[0-9a-f]{16}$/).optional() }).strict(),
  z.object({ type: z.literal('claim.delete'), id: EntityId, basedOn: z.string().regex(/^[0-9a-f]{16}$/).optional() }).strict(),
  z.object({ type: z.literal('source.list') }).strict(),
  z.object({ type: z.literal('source.save'), source: z.unknown(), create: z.boolean(), basedOn: z.string().regex(/^[0-9a-f]{16}$/).optional() }).strict(),
  z.object({ type: z.literal('source.delete'), id: EntityId, basedOn: z.string().regex(/^[0-9a-f]{16}$/).optional() }).strict(),
  z.object({ type: z.literal('undo.apply'), undo: z.object({ entities: Rows, claims: Rows, sources: Rows }).strict() }).strict(),
  // Datasets.
  z.object({ type: z.literal('dataset.preview'), text: DatasetText }).strict(),
  z.object({ type: z.literal('dataset.import'), text: DatasetText }).strict(),
  z.object({ type: z.literal('dataset.export'), scope: z.enum(['all', 'user']) }).strict(),
  // Dataset sync (lib/sync/subscription.ts): the background fetches, the options page only asks.
  z.object({ type: z.literal('sync.list') }).strict(),
  z
    .object({
      type: z.literal('sync.subscribe'),
      manifestUrl: z.string().min(1).max(2048),
      trusted: z.boolean().default(false),
      intervalHours: z.number().int().min(1).max(24 * 30).optional(),
      maxBytes: z.number().int().min(1024).max(200 * 1024 * 1024).optional(),
    })
    .strict(),
  z.object({ type: z.literal('sync.check'), datasetId: EntityId }).strict(),
  z.object({ type: z.literal('sync.apply'), datasetId: EntityId }).strict(),
  z.object({ type: z.literal('sync.skip'), datasetId: EntityId }).strict(),
  z.object({ type: z.literal('sync.rollback'), datasetId: EntityId }).strict(),
  z.object({ type: z.literal('sync.unsubscribe'), datasetId: EntityId }).strict(),
  z
    .object({
      type: z.literal('sync.configure'),
      datasetId: EntityId,
      trusted: z.boolean().optional(),
      intervalHours: z.number().int().min(1).max(24 * 30).optional(),
      maxBytes: z.number().int().min(1024).max(200 * 1024 * 1024).optional(),
    })
    .strict(),
  // A FollowTheMoney file, converted in the background and then checked/imported like a dataset file.
  z.object({ type: z.literal('dataset.ftmPreview'), ...FtmFields }).strict(),
  z.object({ type: z.literal('dataset.ftmImport'), ...FtmFields }).strict(),
  // The snippet library (options page only). Payloads are checked again with SnippetSchema.
  z.object({ type: z.literal('snippet.list') }).strict(),
  z
    .object({ type: z.literal('snippet.update'), id: z.string().max(64), note: z.string().max(20_000), tags: z.array(z.string().max(100)).max(100) })
    .strict(),
  z.object({ type: z.literal('snippet.delete'), ids: z.array(z.string().max(64)).min(1).max(100_000) }).strict(),
  z.object({ type: z.literal('snippet.restore'), snippets: Rows }).strict(),
  z.object({ type: z.literal('snippet.import'), text: DatasetText }).strict(),
  z.object({ type: z.literal('snippet.open'), id: z.string().max(64) }).strict(),
  // Saving and finding snippets (content scripts). The background adds id and time and checks the
  // snippet with SnippetSchema; pages only ever see and touch their own site's snippets.
  z.object({ type: z.literal('snippet.save'), snippet: z.unknown() }).strict(),
  z.object({ type: z.literal('snippet.forPage'), canonicalUrl: z.string().max(4096).optional() }).strict(),
  // The note and tags typed right after saving, on the page (the library edits them too).
  z.object({ type: z.literal('snippet.note'), id: z.string().max(64), note: z.string().max(20_000), tags: z.array(z.string().max(100)).max(100) }).strict(),
  z
    .object({
      type: z.literal('snippet.placed'),
      placements: z.array(z.object({ id: z.string().max(64), status: z.enum(['exact', 'approximate', 'missing']) }).strict()).max(5000),
    })
    .strict(),
  // The number of highlights on the sender's page, for the toolbar badge.
  z.object({ type: z.literal('page.count'), count: z.number().int().min(0).max(1_000_000) }).strict(),
]);

export type Request = z.output<typeof RequestSchema>;
export type RequestInput = z.input<typeof RequestSchema>;
export type RequestType = Request['type'];

/** Messages a content script (any web page's context) may send; the rest need an extension page. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set(['lexicon.get', 'entity.card', 'options.open', 'page.count', 'snippet.save', 'snippet.forPage', 'snippet.placed', 'snippet.note']);

export interface ClaimView {
  id: string;
  text: string;
  date?: string;
  quote: string;
  source: Source | null;
}

export interface RelatedView {
  id: string;
  relation: string;
  name: string;
  type: EntityType;
}

export interface EntityCard {
  entity: Entity;
  /** Where the row came from: a dataset id, or "user" for entities the user created. */
  datasetId: string;
  /** True when the user edited a row that came from a dataset: dataset updates leave it alone. */
  userEdited?: boolean;
  claims: ClaimView[];
  /** Related entities that exist in the database, in the entity's order. */
  related: RelatedView[];
  /** Names of the organisations its roles refer to, by entity id. */
  organizations: Record<string, { name: string; type: EntityType }>;
}

export interface DatasetSummary {
  id: string;
  name: string;
  version: string;
  publishedAt: string;
  installedAt: string;
  entityCount: number;
  claimCount: number;
  sourceCount: number;
}

export interface EntityListItem {
  id: string;
  name: string;
  type: EntityType;
  summary?: string;
  datasetId?: string;
  country?: string;
  /** entity.list: the alias that matched the query, when it was an alias rather than the name. */
  matched?: string;
}

/** A save either succeeds with the stored value or lists every problem at its field's path. */
export type SaveResult<T> =
  | { ok: true; value: T }
  /** `conflict`: the row changed or went away since the editor loaded it (entity/claim/source.save with `basedOn`). */
  | { ok: false; errors: ValidationError[]; conflict?: 'changed' | 'deleted' };

/** What a delete removed, as rows: sending it back with undo.apply restores it in one transaction. */
export interface UndoBundle {
  entities: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  sources: Record<string, unknown>[];
}

/** A delete: what it removed (empty when the row was gone already), or, with `basedOn`, a refusal because the row changed since. */
export type DeleteResult = { undo: UndoBundle; conflict?: undefined } | { undo?: undefined; conflict: 'changed'; errors: ValidationError[] };

export interface ChangeCounts {
  added: number;
  changed: number;
  removed: number;
  /** Rows the import leaves alone because the user created or edited them. */
  kept: number;
}

/** What importing a dataset file would change, shown before anything is written. */
export interface ImportSummary {
  dataset: { id: string; name: string; version: string };
  /** The version installed now, if this dataset is installed. */
  installedVersion?: string;
  entities: ChangeCounts;
  claims: ChangeCounts;
  sources: ChangeCounts;
}

/** What a snippet import did: new ones, ones replaced by a newer copy, ones kept as they were. */
export interface SnippetImportSummary {
  total: number;
  added: number;
  replaced: number;
  kept: number;
}

export type SnippetImportResult = { ok: true; summary: SnippetImportSummary } | { ok: false; errors: ValidationError[] };

export type ImportCheck = { ok: true; summary: ImportSummary } | { ok: false; errors: ValidationError[] };

/** A FollowTheMoney file's check: `skipped` counts records of schemata Dossier does not import. */
export interface FtmCheck {
  check: ImportCheck;
  skipped: number;
  /** The version the dataset gets (the next one when it is installed already). */
  version: string;
}

export interface ResponseMap {
  'lexicon.get': { lexicon: Lexicon };
  'entity.card': EntityCard | null;
  'options.open': { opened: true };
  'dataset.overview': { datasets: DatasetSummary[]; entityCount: number; claimCount: number; sourceCount: number };
  'entity.search': { total: number; results: EntityListItem[] };
  'entity.list': { total: number; results: EntityListItem[] };
  'entity.brief': { entities: EntityListItem[] };
  'entity.save': SaveResult<Entity>;
  'entity.delete': DeleteResult;
  'claim.list': { claims: Claim[] };
  'claim.save': SaveResult<Claim>;
  'claim.delete': DeleteResult;
  'source.list': { sources: Source[] };
  'source.save': SaveResult<Source>;
  /** Refused with an error while claims cite the source. */
  'source.delete': DeleteResult;
  'undo.apply': { restored: true };
  'dataset.preview': ImportCheck;
  'dataset.import': ImportCheck;
  'dataset.export': { filename: string; text: string };
  /** Every sync request answers with every subscription as it is now (and a problem, if refused). */
  'sync.list': SyncAnswer;
  'sync.subscribe': SyncAnswer;
  'sync.check': SyncAnswer;
  'sync.apply': SyncAnswer;
  'sync.skip': SyncAnswer;
  'sync.rollback': SyncAnswer;
  'sync.unsubscribe': SyncAnswer;
  'sync.configure': SyncAnswer;
  'dataset.ftmPreview': FtmCheck;
  'dataset.ftmImport': FtmCheck;
  'page.count': { shown: true };
  'snippet.save': SnippetSaveResult;
  /** The sender page's snippets; `reveal`: one to scroll to once (the library's "Open page"). */
  'snippet.forPage': { snippets: PageSnippet[]; reveal?: string };
  'snippet.placed': { recorded: number };
  /** Only for a snippet of the sender's site. */
  'snippet.note': SnippetSaveResult;
  'snippet.list': { snippets: Snippet[] };
  /** Errors (at their paths) mean nothing was written. */
  'snippet.update': SaveResult<Snippet>;
  /** The deleted snippets: send them back with snippet.restore to undo. */
  'snippet.delete': { undo: { snippets: Snippet[] } };
  'snippet.restore': { restored: number };
  'snippet.import': SnippetImportResult;
  /** `opened` is false when the snippet no longer exists (`gone`) or its address is not a web page's (`not-web`). */
  'snippet.open': { opened: true } | { opened: false; reason: 'gone' | 'not-web' };
}

/** Requests to a content script, from the popup or the background (browser.tabs.sendMessage). */
export type PageRequest =
  /** What is highlighted on the page, and whether Dossier is on for this site. */
  | { type: 'page.summary' }
  /** Scroll to the first mention of an entity and flash it. */
  | { type: 'page.reveal'; entityId: string }
  /** Move focus to the next highlight after the current focus or scroll position (opens its popover). */
  | { type: 'page.next' }
  /** The dataset changed: fetch the lexicon again and re-annotate. */
  | { type: 'lexicon.changed' }
  /** Save the page's current selection as a snippet (context menu, keyboard command). */
  | { type: 'snippet.capture' };

/**
 * What the background tells every extension page (options pages, the popup) with
 * runtime.sendMessage; no answer is expected. `data.changed`: entities, claims, sources or
 * datasets changed (an edit, an import, a sync, here or in another window): read them again
 * (lib/messages/notices.ts).
 */
export type ExtensionNotice = { type: 'data.changed' };

export interface PageResponseMap {
  /** `host`: the page's host name (the popup cannot read tab URLs without the "tabs" permission). */
  'page.summary': { enabled: boolean; host: string; entities: { id: string; type: EntityType; count: number }[] };
  'page.reveal': { found: boolean };
  'page.next': { found: boolean };
  'lexicon.changed': { reloaded: boolean };
  /** `saved` false: nothing selected, Dossier off here, or the save failed (the page says why). */
  'snippet.capture': { saved: boolean };
}

/** What the background sends back: a result, or an error message the caller can show. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: string };
