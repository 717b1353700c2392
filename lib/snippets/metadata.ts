/**
 * Where a snippet comes from, read from the page: its canonical URL, title, site, author and
 * publication date. JSON-LD (schema.org Article and its kinds, also inside @graph) is preferred
 * for author and date, then the usual meta tags (Open Graph, article:*, Dublin Core, Parse.ly,
 * Sailthru, plain name="author"/"date"), then <time itemprop="datePublished">.
 */
import { sameSite, webUrl } from './site';

export interface PageMetadata {
  /** The canonical URL when the page declares one on its own site, else the address without fragment. */
  url: string;
  /** The address the page was read at, when it differs from `url`. */
  pageUrl?: string;
  title: string;
  site: string;
  author?: string;
  publishedAt?: string;
}

const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author'];
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'citation_publication_date', 'pubdate', 'publishdate', 'date',
];
const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|ScholarlyArticle|TechArticle|Report)$/;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function readPageMetadata(doc: Document, href: string): PageMetadata {
  const page = webUrl(href);
  const pageUrl = page?.href ?? href;
  const canonical = canonicalOf(doc, pageUrl);
  const url = canonical && page && sameSite(canonical.hostname, page.hostname) ? canonical.href : pageUrl;
  const meta = metaValues(doc);
  const ld = articleFromJsonLd(doc);
  const title = squash(first(meta, ['og:title']) ?? doc.title ?? '') || squash(ld?.headline ?? '') || new URL(url).hostname;
  const author = ld?.author ?? authorFromMeta(meta);
  // The first source with a readable date: CMS templates often leave JSON-LD's datePublished "".
  const dates = [ld?.datePublished, ...DATE_META.map((key) => meta.get(key)), doc.querySelector('time[itemprop="datePublished" i]')?.getAttribute('datetime')];
  let publishedAt: string | undefined;
  for (const date of dates) if (!publishedAt && date) publishedAt = normaliseDate(date);
  return {
    url,
    ...(url !== pageUrl ? { pageUrl } : {}),
    title: title.slice(0, 1000),
    site: new URL(url).hostname,
    ...(author ? { author: author.slice(0, 500) } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}

function canonicalOf(doc: Document, base: string): URL | null {
  for (const link of doc.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return webUrl(link.getAttribute('href')!.trim(), base);
  }
  return null;
}

/** Every meta tag's content by its lower-cased name, property or itemprop; the first one wins. */
function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const content = squash(el.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase().trim();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function first(meta: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return undefined;
}

function authorFromMeta(meta: Map<string, string>): string | undefined {
  for (const key of AUTHOR_META) {
    const value = meta.get(key);
    // article:author is often a profile URL, which names nobody; a byline often starts "By".
    if (value && !/^https?:\/\//i.test(value)) return value.replace(/^by\s+/i, '');
  }
  return undefined;
}

interface LdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
}

function articleFromJsonLd(doc: Document): LdArticle | null {
  for (const script of doc.querySelectorAll('script[type]')) {
    if (script.getAttribute('type')!.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken JSON-LD says nothing
    }
    for (const node of ldNodes(data)) {
      const types = ([] as unknown[]).concat(node['@type'] ?? []);
      if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue;
      const author = namesOf(node.author ?? node.creator);
      const date = typeof node.datePublished === 'string' ? node.datePublished : typeof node.dateCreated === 'string' ? node.dateCreated : undefined;
      return {
        ...(typeof node.headline === 'string' ? { headline: node.headline } : {}),
        ...(author ? { author } : {}),
        ...(date ? { datePublished: date } : {}),
      };
    }
  }
  return null;
}

type LdNode = Record<string, unknown>;

/**
 * Objects of a JSON-LD document: top-level arrays, @graph, and a WebPage's `mainEntity` (where
 * some publishers put the article) flattened, in order.
 */
function ldNodes(data: unknown, depth = 0): LdNode[] {
  if (depth > 4 || !data || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => ldNodes(d, depth + 1));
  const node = data as LdNode;
  return [node, ...ldNodes(node['@graph'], depth + 1), ...ldNodes(node['mainEntity'], depth + 1)];
}

/** An author as a string, a Person/Organization object, or an array of either: names joined. */
function namesOf(value: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' && typeof (a as LdNode).name === 'string' ? ((a as LdNode).name as string) : ''))
    .map(squash)
    .filter((n) => n && !/^https?:\/\//i.test(n));
  return names.length ? [...new Set(names)].join(', ') : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/i;

/** An ISO date, or an ISO date-time with its offset (UTC when the page gives none); else undefined. */
export function normaliseDate(value: string): string | undefined {
  const v = value.trim();
  if (ISO_DATE.test(v)) return v;
  const m = ISO_DATE_TIME.exec(v);
  if (m) {
    const time = m[2]!.length === 5 ? `${m[2]}:00` : m[2]!;
    const zone = !m[3] || m[3].toUpperCase() === 'Z' ? 'Z' : m[3].includes(':') ? m[3] : `${m[3].slice(0, 3)}:${m[3].slice(3)}`;
    const iso = `${m[1]}T${time}${zone}`;
    return Number.isNaN(Date.parse(iso)) ? undefined : iso;
  }
  if (/^\d{4}\d{2}\d{2}$/.test(v)) return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`;
  // A year, or a year and month: Date.parse would make up January or the 1st.
  if (/^\d{4}(?:-\d{2})?$/.test(v)) return v;
  const parsed = Date.parse(v);
  if (Number.isNaN(parsed)) return undefined;
  const date = new Date(parsed);
  // "20 Nov 2026" parses as local midnight; in UTC that can be the day before, so keep the day.
  if (!/\d:\d/.test(v)) return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
  return date.toISOString();
}

const pad2 = (n: number) => String(n).padStart(2, '0');
