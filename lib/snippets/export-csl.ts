/**
 * Snippets as CSL-JSON, the format reference managers (Zotero, Mendeley, Pandoc) import: one item
 * per snippet, the page as the work, the quote as its abstract, the user's note as its note.
 */
import { dateParts, exportOrder } from './export-common';
import type { Snippet } from './schema';

export type CslName = { family: string; given?: string } | { literal: string };

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  'container-title': string;
  URL: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  abstract: string;
  note?: string;
  keyword?: string;
}

/** Words that make a byline an organisation rather than a person. */
const ORGANISATION = /\b(news|staff|agency|press|editorial|desk|team|service|reuters|associated|bbc|afp|ap|ukrinform|інформ|редакція|агентство)\b/iu;
/** Lower-case name particles that belong to the family name ("Ursula von der Leyen"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'al']);

function personOrLiteral(raw: string): CslName | null {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) return null;
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5 || ORGANISATION.test(name) || /\d|@/.test(name)) return { literal: name };
  let split = words.length - 1;
  while (split > 1 && PARTICLES.has(words[split - 1]!)) split--;
  return { family: words.slice(split).join(' '), given: words.slice(0, split).join(' ') };
}

/**
 * A byline as CSL names: "By Jane Doe and John Smith" → two persons; "Doe, Jane" → one; an
 * organisation ("Reuters staff") or anything unusual → a literal, which citation styles print as is.
 */
export function parseAuthors(byline: string): CslName[] {
  const text = byline.trim().replace(/^(by|від|автор(?:ка)?:?)\s+/iu, '');
  if (!text) return [];
  let parts = text.split(/\s*;\s*|\s+(?:and|&|і|та|и)\s+/iu);
  // "Jane Doe, John Smith": commas between full names (each of two words or more).
  if (parts.length === 1 && text.includes(',')) {
    const pieces = text.split(/\s*,\s*/);
    if (pieces.length > 2 || pieces.every((p) => p.trim().includes(' '))) parts = pieces;
  } else if (parts.length > 1) parts = parts.flatMap((p) => (p.split(',').length > 1 && p.split(',').every((x) => x.trim().includes(' ')) ? p.split(',') : [p]));
  return parts.map(personOrLiteral).filter((n): n is CslName => n !== null);
}

export function toCslItem(s: Snippet): CslItem {
  const issued = dateParts(s.publishedAt);
  const accessed = dateParts(s.savedAt) ?? [];
  const authors = s.author ? parseAuthors(s.author) : [];
  return {
    id: s.id,
    // A page that gives an author or a publication date is an article; anything else a web page.
    type: issued || authors.length ? 'article-newspaper' : 'webpage',
    title: s.title,
    'container-title': s.site,
    URL: s.url,
    ...(authors.length ? { author: authors } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [accessed] },
    abstract: s.quote,
    ...(s.note ? { note: s.note } : {}),
    ...(s.tags.length ? { keyword: s.tags.join(', ') } : {}),
  };
}

export function exportCsl(snippets: readonly Snippet[]): string {
  return JSON.stringify(exportOrder(snippets).map(toCslItem), null, 2) + '\n';
}
