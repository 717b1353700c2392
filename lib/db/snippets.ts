/**
 * The saving path's reads and writes: save one snippet, the snippets of one page, and where they
 * were found on the page's last visit. A save is one put in one transaction, so a full disk
 * (QuotaExceededError) leaves nothing half-written; the caller gets a message people can act on.
 */
import type { PageSnippet, PlacementStatus, SnippetSaveResult } from '../snippets/draft';
import { SnippetSchema, type Snippet } from '../snippets/schema';
import { pageKey, sameSite, siteOf } from '../snippets/site';
import type { DossierDb } from './database';
import { isQuotaError, SnippetStorageFullError } from './snippet-library';

/** Validates `candidate` in full and writes it; never writes an invalid or partial row. */
export async function putSnippet(db: DossierDb, candidate: unknown): Promise<SnippetSaveResult> {
  const parsed = SnippetSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'invalid', message: `${issue?.path.join('.') || 'snippet'}: ${issue?.message ?? 'invalid'}` };
  }
  try {
    await db.transaction('rw', db.snippets, () => db.snippets.put(parsed.data));
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, reason: 'quota', message: new SnippetStorageFullError().message };
    throw error;
  }
  return { ok: true, snippet: parsed.data };
}

/** Sets a snippet's note and tags, when it belongs to `host`'s site; validated, one transaction. */
export async function noteSnippet(db: DossierDb, host: string, id: string, note: string, tags: readonly string[], now = new Date()): Promise<SnippetSaveResult> {
  try {
    return await db.transaction('rw', db.snippets, async (): Promise<SnippetSaveResult> => {
      const row = await db.snippets.get(id);
      if (!row || !sameSite(row.site, host)) return { ok: false, reason: 'site', message: 'no such snippet on this site' };
      const clean = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
      const parsed = SnippetSchema.safeParse({ ...row, note, tags: clean, updatedAt: now.toISOString() });
      if (!parsed.success) return { ok: false, reason: 'invalid', message: parsed.error.issues[0]?.message ?? 'invalid' };
      await db.snippets.put(parsed.data);
      return { ok: true, snippet: parsed.data };
    });
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, reason: 'quota', message: new SnippetStorageFullError().message };
    throw error;
  }
}

/**
 * The snippets saved on a page: those whose `url` or `pageUrl` is one of `urls`, and only on
 * `host`'s site, whatever the urls say.
 */
export async function snippetsForPage(db: DossierDb, host: string, urls: readonly string[]): Promise<Snippet[]> {
  const wanted = new Set(urls.map(pageKey));
  const bare = siteOf(host);
  const rows = await db.snippets
    .where('site')
    .anyOf([bare, `www.${bare}`])
    .filter((s) => wanted.has(pageKey(s.url)) || (s.pageUrl !== undefined && wanted.has(pageKey(s.pageUrl))))
    .toArray();
  return rows.filter((s) => sameSite(s.site, host)).sort((a, b) => a.position.start - b.position.start);
}

export function toPageSnippet(s: Snippet): PageSnippet {
  return { id: s.id, quote: s.quote, prefix: s.prefix, suffix: s.suffix, position: s.position };
}

/** Records where snippets were found; ignores ids that are not on `host`'s site. Returns how many. */
export async function recordPlacements(
  db: DossierDb,
  host: string,
  placements: readonly { id: string; status: PlacementStatus }[],
  now = new Date(),
): Promise<number> {
  const checkedAt = now.toISOString();
  return db.transaction('rw', db.snippets, async () => {
    const rows = await db.snippets.bulkGet(placements.map((p) => p.id));
    const updated: Snippet[] = [];
    rows.forEach((row, i) => {
      if (row && sameSite(row.site, host)) updated.push({ ...row, placement: { status: placements[i]!.status, checkedAt } });
    });
    await db.snippets.bulkPut(updated);
    return updated.length;
  });
}
