/**
 * Turning FollowTheMoney property values into values our schema accepts: clean plain text,
 * slugs, and ids that stay unique. Kept apart from ftm.ts, which decides what maps to what.
 */

/** Collapses white space (line breaks in FtM notes) and drops control characters. */
export function cleanText(value: string): string {
  return value.replace(/\p{Cc}+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The distinct, cleaned string values of an FtM property, in order; non-strings are ignored. */
export function propertyValues(properties: Record<string, unknown>, name: string): string[] {
  const raw = properties[name];
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const value of raw) {
    if (typeof value !== 'string') continue;
    const text = cleanText(value);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** Kebab-case ASCII slug (our id format); empty when nothing usable is left. */
export function slugify(text: string, max = 120): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a, as 8 hex digits: a short, stable tag that tells apart ids differing only in case. */
function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Hands out unique slugs. A clash gets a hash of the original id rather than a counter, so an
 * entity keeps its slug across imports however the file is ordered (updates diff by id).
 */
export class SlugAllocator {
  private readonly used = new Set<string>();

  take(base: string, original: string): string {
    let slug = base;
    if (this.used.has(slug)) slug = `${base.slice(0, 111).replace(/-+$/, '')}-${hash8(original)}`;
    for (let n = 2; this.used.has(slug); n++) slug = `${base.slice(0, 100).replace(/-+$/, '')}-${hash8(original)}-${n}`;
    this.used.add(slug);
    return slug;
  }
}

/** Acronyms (NATO, MFA) are matched with their case only: as a lower-case word they are noise. */
export function looksLikeAcronym(text: string): boolean {
  return /^[\p{Lu}\d&.-]{2,6}$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** At most `max` characters, cut after a sentence when one ends in range, else at a word, marked "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentence = head.search(/[.!?](?=\s[^.!?]*$)/);
  if (sentence > max / 2) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(' ', max - 1);
  return (space > 0 ? head.slice(0, space) : head.slice(0, max - 1)).replace(/[\s,;:]+$/, '') + '…';
}

/** An https URL as our schema accepts it, or null. */
export function httpsUrl(text: string): string | null {
  if (text.length > 2000) return null;
  try {
    return new URL(text).protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}
