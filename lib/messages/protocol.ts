/**
 * Every message between Dossier's contexts, declared once.
 *
 *   content script ──► background   lexicon.get, entity.card, options.open
 *   options page   ──► background   everything above, plus dataset.overview, entity.search
 *
 * Requests are parsed with zod where they enter the background (see `parseRequest`); a request a
 * sender is not allowed to make is refused there too. Responses are plain data built by the
 * background and typed here.
 */
import { z } from 'zod';
import type { Entity, EntityType, Source } from '../dataset/schema';
import { Slug } from '../dataset/schema';
import type { Lexicon } from '../match/lexicon';

const EntityId = Slug;

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('lexicon.get') }).strict(),
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
]);

export type Request = z.output<typeof RequestSchema>;
export type RequestInput = z.input<typeof RequestSchema>;
export type RequestType = Request['type'];

/** Messages a content script (any web page's context) may send; the rest need an extension page. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set(['lexicon.get', 'entity.card', 'options.open']);

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
}

export interface ResponseMap {
  'lexicon.get': { lexicon: Lexicon };
  'entity.card': EntityCard | null;
  'options.open': { opened: true };
  'dataset.overview': { datasets: DatasetSummary[]; entityCount: number; claimCount: number; sourceCount: number };
  'entity.search': { total: number; results: EntityListItem[] };
}

/** What the background sends back: a result, or an error message the caller can show. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: string };

export interface Sender {
  /** The extension id of the sender; must be ours. */
  id?: string;
  /** Set when the sender is a content script in a tab. */
  tab?: unknown;
  url?: string;
}

/**
 * Parses a message entering the background. Returns the request, or an error saying why it is
 * refused: malformed, from another extension, or not allowed from a web page.
 */
export function parseRequest(
  message: unknown,
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
): { ok: true; request: Request } | { ok: false; error: string } {
  if (sender.id !== extensionId) return { ok: false, error: 'message from another extension refused' };
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const fromExtensionPage = sender.tab === undefined || (sender.url ?? '').startsWith(extensionOrigin);
  if (!fromExtensionPage && !CONTENT_SCRIPT_REQUESTS.has(parsed.data.type))
    return { ok: false, error: `"${parsed.data.type}" is not available to web pages` };
  return { ok: true, request: parsed.data };
}
