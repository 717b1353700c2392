/** The background's answers to every request of the message protocol, over the database. */
import type { DossierDb } from '../db/database';
import { loadLexicon } from '../db/lexicon-cache';
import { getEntityCard, getOverview, searchEntities } from '../db/queries';
import type { Lexicon } from '../match/lexicon';
import type { Request, RequestType, ResponseMap } from '../messages/protocol';

export interface HandlerDeps {
  /** Opens the options page, on an entity's view when an id is given. */
  openOptions(entityId?: string): Promise<void> | void;
}

export interface Handlers {
  handle<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]>;
  /** Drops the cached lexicon; call after anything changes the entities (a dataset install or update). */
  invalidateLexicon(): void;
}

type HandlerTable = { [T in RequestType]: (request: Extract<Request, { type: T }>) => Promise<ResponseMap[T]> };

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

  const table: HandlerTable = {
    'lexicon.get': async () => ({ lexicon: await getLexicon() }),
    'entity.card': (r) => getEntityCard(db, r.id),
    'options.open': async (r) => {
      await deps.openOptions(r.entityId);
      return { opened: true };
    },
    'dataset.overview': () => getOverview(db),
    'entity.search': (r) => searchEntities(db, r.query, r.limit, r.offset),
  };

  return {
    handle(request) {
      const handler = table[request.type] as (r: typeof request) => Promise<ResponseMap[typeof request.type]>;
      return handler(request);
    },
    invalidateLexicon() {
      lexicon = null;
    },
  };
}
