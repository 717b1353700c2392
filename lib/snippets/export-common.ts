/** What every snippet exporter shares: entity names, order, canonical form, dates. */
import { compareSnippets } from './library';
import type { Snippet } from './schema';

export interface ExportContext {
  /** Display names of entities by id; an id without a name is written as the id. */
  entityNames: Readonly<Record<string, string>>;
}

/** The fields of a snippet in the schema's order (a unit test checks it against SnippetSchema). */
export const SNIPPET_KEYS = [
  'id',
  'quote',
  'prefix',
  'suffix',
  'position',
  'url',
  'pageUrl',
  'title',
  'site',
  'author',
  'publishedAt',
  'savedAt',
  'updatedAt',
  'entities',
  'note',
  'tags',
  'placement',
] as const satisfies readonly (keyof Snippet)[];

/**
 * The snippet with its keys in schema order and without undefined fields: what a row holds can
 * depend on who wrote it, and an export must be the same text whenever the data is the same.
 */
export function canonicalSnippet(s: Snippet): Snippet {
  const out: Record<string, unknown> = {};
  for (const key of SNIPPET_KEYS) {
    const value = s[key];
    if (value === undefined) continue;
    if (key === 'position') out[key] = { start: s.position.start, end: s.position.end };
    else if (key === 'placement' && s.placement) out[key] = { status: s.placement.status, checkedAt: s.placement.checkedAt };
    else if (Array.isArray(value)) out[key] = [...value];
    else out[key] = value;
  }
  return out as Snippet;
}

/** Newest first, ties by id: every exporter writes snippets in this order. */
export function exportOrder(snippets: readonly Snippet[]): Snippet[] {
  return [...snippets].sort(compareSnippets);
}

export function entityName(ctx: ExportContext, id: string): string {
  return ctx.entityNames[id] ?? id;
}

/** "2024-10-13T08:00:00Z" → [2024, 10, 13]; "2024-10" → [2024, 10]; null when there is no year. */
export function dateParts(iso: string | undefined): number[] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
}

/** The date part of an ISO date or date-time, as written ("2024-10-13"). */
export function isoDate(iso: string | undefined): string {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(iso ?? '')?.[0] ?? '';
}
