/**
 * The snippet library's search, filters and grouping, over snippets held in memory by the options
 * page. Folded search text is computed once per snippet (`indexSnippets`), so each keystroke is a
 * plain substring scan: tens of thousands of snippets filter in a few milliseconds.
 */
import { keyWords, searchFold } from '../search/normalize';
import type { Snippet } from './schema';

export interface IndexedSnippet {
  snippet: Snippet;
  /** Folded quote and note (case, accents, punctuation removed), with spaces around for word starts. */
  text: string;
  /** The local calendar day it was saved on, YYYY-MM-DD. */
  day: string;
}

export interface LibraryFilters {
  /** Words that must all occur in the quote or the note (each as the start of a word or inside one). */
  query: string;
  entityId?: string;
  site?: string;
  tag?: string;
  /** Inclusive local days, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export const NO_FILTERS: LibraryFilters = { query: '' };

/**
 * How every snippet write that failed on a full disk begins its error message; the options page
 * recognises it (errors cross the message channel as text) and explains it in the UI language.
 */
export const STORAGE_FULL_ERROR = 'Storage full:';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an ISO date-time. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Newest first; ties by id so the order never depends on storage order. */
export function compareSnippets(a: Snippet, b: Snippet): number {
  return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function indexSnippets(snippets: readonly Snippet[], dayOf: (iso: string) => string = localDay): IndexedSnippet[] {
  return [...snippets].sort(compareSnippets).map((snippet) => ({
    snippet,
    text: ` ${searchFold(snippet.quote)} ${searchFold(snippet.note)} `,
    day: dayOf(snippet.savedAt),
  }));
}

export function hasFilters(f: LibraryFilters): boolean {
  return Boolean(f.query.trim() || f.entityId || f.site || f.tag || f.from || f.to);
}

/** The snippets that pass every filter, newest first. */
export function filterSnippets(index: readonly IndexedSnippet[], f: LibraryFilters): Snippet[] {
  const words = keyWords(searchFold(f.query));
  const out: Snippet[] = [];
  for (const item of index) {
    const s = item.snippet;
    if (f.entityId && !s.entities.includes(f.entityId)) continue;
    if (f.site && s.site !== f.site) continue;
    if (f.tag && !s.tags.includes(f.tag)) continue;
    if (f.from && item.day < f.from) continue;
    if (f.to && item.day > f.to) continue;
    if (words.length && !words.every((w) => item.text.includes(w))) continue;
    out.push(s);
  }
  return out;
}

export interface PageGroup {
  url: string;
  title: string;
  site: string;
  snippets: Snippet[];
}

/** Snippets by page (their `url`), pages in the order of their newest snippet; snippets keep their order. */
export function groupByPage(snippets: readonly Snippet[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const s of snippets) {
    let group = groups.get(s.url);
    if (!group) groups.set(s.url, (group = { url: s.url, title: s.title, site: s.site, snippets: [] }));
    group.snippets.push(s);
  }
  return [...groups.values()];
}

export interface Facet {
  value: string;
  count: number;
}

export interface LibraryFacets {
  sites: Facet[];
  tags: Facet[];
  entities: Facet[];
}

function facet(counts: Map<string, number>): Facet[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

/** What the filters can offer: every site, tag and entity of the snippets, most used first. */
export function facetsOf(snippets: readonly Snippet[]): LibraryFacets {
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  const entities = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of snippets) {
    bump(sites, s.site);
    for (const tag of new Set(s.tags)) bump(tags, tag);
    for (const id of new Set(s.entities)) bump(entities, id);
  }
  return { sites: facet(sites), tags: facet(tags), entities: facet(entities) };
}

/** Tags as typed in one field ("a, b ,a") → unique, trimmed, non-empty, in order. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const tag = part.trim().replace(/\s+/g, ' ');
    if (tag) seen.add(tag);
  }
  return [...seen];
}
