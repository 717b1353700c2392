/** The snippet library's requests (options page only): list, edit, delete and restore, import, open. */
import type { DossierDb } from '../db/database';
import { deleteSnippets, importSnippets, listSnippets, restoreSnippets, updateSnippet } from '../db/snippet-library';
import { webUrl } from '../snippets/site';
import type { HandlerTable } from './handlers';

type LibraryRequests = 'snippet.list' | 'snippet.update' | 'snippet.delete' | 'snippet.restore' | 'snippet.import' | 'snippet.open';

export interface SnippetLibraryDeps {
  /** Opens a URL in a new tab; resolves to the tab's id when the browser gives one. */
  openTab(url: string): Promise<number | undefined>;
  /** Asks the tab's content script to scroll to the snippet once its highlights are placed. */
  revealInTab(tabId: number, snippetId: string): void;
}

export function snippetLibraryHandlers(db: DossierDb, deps: SnippetLibraryDeps): Pick<HandlerTable, LibraryRequests> {
  return {
    'snippet.list': async () => ({ snippets: await listSnippets(db) }),
    'snippet.update': (r) => updateSnippet(db, r.id, { note: r.note, tags: r.tags }),
    'snippet.delete': async (r) => ({ undo: await deleteSnippets(db, r.ids) }),
    'snippet.restore': async (r) => ({ restored: await restoreSnippets(db, r.snippets) }),
    'snippet.import': (r) => importSnippets(db, r.text),
    'snippet.open': async (r) => {
      const snippet = await db.snippets.get(r.id);
      // The address it was saved on, which may carry what the canonical URL drops (e.g. a page number).
      const target = snippet?.pageUrl ?? snippet?.url;
      // Only a web page: a stored javascript: or data: address (saves and imports refuse them) is not opened.
      if (!snippet) return { opened: false, reason: 'gone' as const };
      if (!target || !webUrl(target)) return { opened: false, reason: 'not-web' as const };
      const tabId = await deps.openTab(target);
      if (tabId !== undefined) deps.revealInTab(tabId, snippet.id);
      return { opened: true as const };
    },
  };
}
