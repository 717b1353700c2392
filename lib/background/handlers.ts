/**
 * The background's answers to every request of the message protocol. Each area keeps its own
 * handlers in a module of its own; this file puts them together and owns the shared lexicon cache.
 */
import type { DossierDb } from '../db/database';
import { loadLexicon } from '../db/lexicon-cache';
import { getEntityCard, getOverview } from '../db/queries';
import type { Lexicon } from '../match/lexicon';
import { answerLexicon } from '../match/subset';
import type { Request, RequestType, ResponseMap } from '../messages/protocol';
import { datasetHandlers } from './dataset-handlers';
import { editHandlers } from './edit-handlers';
import { listHandlers } from './list-handlers';
import { snippetLibraryHandlers } from './snippet-library-handlers';
import { setPendingReveal, snippetHandlers } from './snippet-handlers';
import { syncHandlers } from './sync-handlers';
import { createSyncService, type SyncService } from '../sync/subscription';

export interface HandlerDeps {
  /** Opens the options page, on an entity's view when an id is given. */
  openOptions(entityId?: string): Promise<void> | void;
  /** Shows a count on the toolbar icon of one tab. */
  setBadge?(tabId: number, count: number): Promise<void> | void;
  /** Called after anything changed the entities: open tabs re-annotate with the new lexicon. */
  onDataChanged?(): void;
  /** Opens a URL in a new tab and gives its id (the snippet library's "Open page"). */
  openTab?(url: string): Promise<number | undefined>;
  /** Dataset sync; the background passes the one its alarm uses too. Defaults to one over global fetch. */
  sync?: SyncService;
}

/** Who sent a request: the tab of a content script, if any, and the sender's page URL. */
export interface RequestOrigin {
  tabId?: number;
  /** The URL of the sending page or frame, as the browser reports it (not as the message says). */
  url?: string;
}

export type HandlerTable = {
  [T in RequestType]: (request: Extract<Request, { type: T }>, from: RequestOrigin) => Promise<ResponseMap[T]>;
};

export interface Handlers {
  handle<T extends RequestType>(request: Extract<Request, { type: T }>, from?: RequestOrigin): Promise<ResponseMap[T]>;
  /** Drops the cached lexicon; call after anything changes the entities (a dataset install or update). */
  invalidateLexicon(): void;
}

export function createHandlers(db: DossierDb, deps: HandlerDeps): Handlers {
  // Every tab asks for the lexicon on load; compiling it from all entities each time would be
  // wasteful. The promise is cached so concurrent first requests share one compilation.
  let lexicon: Promise<Lexicon> | null = null;

  function getLexicon(): Promise<Lexicon> {
    if (!lexicon) {
      const pending = loadLexicon(db);
      lexicon = pending;
      // A failed compilation is not cached: the next request tries again.
      pending.catch(() => {
        if (lexicon === pending) lexicon = null;
      });
    }
    return lexicon;
  }

  /** After an edit or import: the cached lexicon is stale, and open tabs need the new one. */
  const changed = () => {
    lexicon = null;
    deps.onDataChanged?.();
  };

  const table: HandlerTable = {
    'lexicon.get': async (r) => {
      return { lexicon: answerLexicon(await getLexicon(), r) };
    },
    'entity.card': (r) => getEntityCard(db, r.id),
    'options.open': async (r) => {
      await deps.openOptions(r.entityId);
      return { opened: true };
    },
    'dataset.overview': () => getOverview(db),
    'page.count': async (r, from) => {
      if (from.tabId !== undefined) await deps.setBadge?.(from.tabId, r.count);
      return { shown: true };
    },
    ...listHandlers(db),
    ...editHandlers(db, changed),
    ...datasetHandlers(db, changed),
    ...snippetLibraryHandlers(db, { openTab: async (url) => deps.openTab?.(url), revealInTab: setPendingReveal }),
    ...snippetHandlers(db),
    ...syncHandlers(db, deps.sync ?? createSyncService({ db, fetch: (url, init) => fetch(url, init), changed }), changed),
  };

  return {
    handle(request, from = {}) {
      const handler = table[request.type] as (r: typeof request, f: RequestOrigin) => Promise<ResponseMap[typeof request.type]>;
      return handler(request, from);
    },
    invalidateLexicon() {
      lexicon = null;
    },
  };
}
