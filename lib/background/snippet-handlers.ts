/**
 * Saving snippets and finding them again, as content scripts ask. A page only ever reaches the
 * snippets of its own site: the site comes from the message's sender (the tab's URL, filled in by
 * the browser), never from the message, and a canonical URL the page names counts only when it
 * is on the sender's site.
 */
import type { DossierDb } from '../db/database';
import { noteSnippet, putSnippet, recordPlacements, snippetsForPage, toPageSnippet } from '../db/snippets';
import type { SnippetDraft } from '../snippets/draft';
import { sameSite, webUrl } from '../snippets/site';
import type { HandlerTable, RequestOrigin } from './handlers';

type SnippetRequests = 'snippet.save' | 'snippet.forPage' | 'snippet.placed' | 'snippet.note';

/** Tab id → snippet to reveal when that tab's page asks for its snippets (library → "Open page"). */
const pendingReveals = new Map<number, string>();

/** Remembers to reveal `snippetId` in `tabId` once its page loads. */
export function setPendingReveal(tabId: number, snippetId: string): void {
  pendingReveals.set(tabId, snippetId);
}

/** The snippet to reveal in `tabId`, once: it is forgotten as it is taken. */
export function takePendingReveal(tabId: number): string | undefined {
  const id = pendingReveals.get(tabId);
  pendingReveals.delete(tabId);
  return id;
}

/** An id the schema accepts: 22 url-safe characters from a random UUID. */
export function newSnippetId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 22);
}

/** The sender's page (http(s) only), or null for extension pages and anything else. */
function senderPage(from: RequestOrigin): URL | null {
  return from.url ? webUrl(from.url) : null;
}

export function snippetHandlers(db: DossierDb, now: () => Date = () => new Date()): Pick<HandlerTable, SnippetRequests> {
  return {
    'snippet.save': async (r, from) => {
      const page = senderPage(from);
      const draft = (r.snippet && typeof r.snippet === 'object' ? r.snippet : {}) as Partial<SnippetDraft>;
      const url = typeof draft.url === 'string' ? webUrl(draft.url) : null;
      const pageUrl = typeof draft.pageUrl === 'string' ? webUrl(draft.pageUrl) : null;
      // A web page may only save snippets of its own site (extension pages have no site).
      const foreign = !url || !sameSite(url.hostname, page?.hostname ?? '') || (draft.pageUrl !== undefined && (!pageUrl || !sameSite(pageUrl.hostname, page?.hostname ?? '')));
      if (page && foreign)
        return { ok: false, reason: 'site', message: 'a page can only save snippets of its own site' };
      const savedAt = now().toISOString();
      const candidate = {
        ...draft,
        // The site is the URL's host, whatever the page says: the library files snippets by it.
        ...(url ? { site: url.hostname } : {}),
        id: newSnippetId(),
        savedAt,
        // Taken from the page this moment, where it is highlighted at once: found, exactly.
        placement: { status: 'exact' as const, checkedAt: savedAt },
        note: draft.note ?? '',
        tags: draft.tags ?? [],
      };
      return putSnippet(db, candidate);
    },
    'snippet.forPage': async (r, from) => {
      const page = senderPage(from);
      if (!page) return { snippets: [] };
      const urls = [page.href];
      const canonical = r.canonicalUrl ? webUrl(r.canonicalUrl) : null;
      if (canonical && sameSite(canonical.hostname, page.hostname)) urls.push(canonical.href);
      const snippets = (await snippetsForPage(db, page.hostname, urls)).map(toPageSnippet);
      const reveal = from.tabId !== undefined ? takePendingReveal(from.tabId) : undefined;
      return reveal && snippets.some((s) => s.id === reveal) ? { snippets, reveal } : { snippets };
    },
    'snippet.note': async (r, from) => {
      const page = senderPage(from);
      if (!page) return { ok: false, reason: 'site', message: 'only a page of the snippet\'s site can change it here' };
      return noteSnippet(db, page.hostname, r.id, r.note, r.tags, now());
    },
    'snippet.placed': async (r, from) => {
      const page = senderPage(from);
      if (!page) return { recorded: 0 };
      return { recorded: await recordPlacements(db, page.hostname, r.placements, now()) };
    },
  };
}
