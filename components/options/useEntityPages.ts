/**
 * Preact hook: the entity list as pages fetched from the background on demand. The list can hold
 * 100,000 entities; only the pages the user scrolls to are fetched (PAGE_SIZE rows each), and
 * at most MAX_PAGES of them are kept. A new query keeps showing the previous results until its
 * first page arrives, so typing never flashes an empty list.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../lib/messages/client';
import type { EntityListItem, RequestInput } from '../../lib/messages/protocol';
import type { ListQuery } from './list-state';

export const PAGE_SIZE = 200;
const MAX_PAGES = 40;
/** Long enough to skip the requests of a fast typist's every letter, short enough to feel instant. */
const DEBOUNCE_MS = 60;

type ListRequest = Extract<RequestInput, { type: 'entity.list' }>;

export interface EntityPages {
  /** Entities in the list; null until the first answer. */
  total: number | null;
  /** The query the shown results answer (the latest one may still be on its way). */
  shownQuery: ListQuery | null;
  /** The entity at a position, when its page has arrived. */
  item(index: number): EntityListItem | undefined;
  /** Fetches the pages covering positions from..to (inclusive) that are not here yet. */
  ensure(from: number, to: number): void;
  error: string | null;
}

function requestOf(q: ListQuery): Omit<ListRequest, 'offset' | 'limit'> {
  return {
    type: 'entity.list',
    query: q.query.trim(),
    ...(q.types.length ? { types: q.types } : {}),
    ...(q.datasetId ? { datasetIds: [q.datasetId] } : {}),
    sort: q.sort,
    direction: q.direction,
  };
}

interface Loaded {
  key: string;
  query: ListQuery;
  total: number;
  pages: Map<number, EntityListItem[]>;
}

/** `refresh`: changes when the data changed (useDataChanges); the pages held are fetched again in place. */
export function useEntityPages(client: Client, query: ListQuery, refresh = 0): EntityPages {
  const key = JSON.stringify(requestOf(query));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The latest key, and pages on their way for it: answers for an older key are dropped.
  const latest = useRef(key);
  const pending = useRef(new Set<number>());
  const first = useRef(true);

  const fetchPage = useCallback(
    (q: ListQuery, k: string, page: number, replace: boolean) => {
      pending.current.add(page);
      client({ ...requestOf(q), offset: page * PAGE_SIZE, limit: PAGE_SIZE } as ListRequest).then(
        (r) => {
          if (latest.current !== k) return;
          pending.current.delete(page);
          setError(null);
          setLoaded((prev) => {
            const pages = replace || !prev || prev.key !== k ? new Map<number, EntityListItem[]>() : new Map(prev.pages);
            pages.set(page, r.results);
            if (pages.size > MAX_PAGES) {
              // Drop the page farthest from this one: the user is scrolling here.
              let far = page;
              for (const p of pages.keys()) if (Math.abs(p - page) > Math.abs(far - page)) far = p;
              pages.delete(far);
            }
            return { key: k, query: q, total: r.total, pages };
          });
        },
        (e: unknown) => {
          if (latest.current !== k) return;
          pending.current.delete(page);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    },
    [client],
  );

  useEffect(() => {
    latest.current = key;
    pending.current = new Set();
    const timer = setTimeout(() => fetchPage(query, key, 0, true), first.current ? 0 : DEBOUNCE_MS);
    first.current = false;
    return () => clearTimeout(timer);
    // `query` is summed up by `key`: a new object with the same content asks for nothing new.
  }, [key, fetchPage]);

  const current = loaded?.key === key ? loaded : null;
  const held = useRef(current);
  held.current = current;

  // New data: every page held is asked for again and replaced as it arrives, so the rows in view
  // change in place (no flash of empty rows, the scroll position kept) and the total is current.
  useEffect(() => {
    const shown = held.current;
    if (!refresh || !shown) return;
    for (const page of shown.pages.keys()) fetchPage(shown.query, shown.key, page, false);
  }, [refresh, fetchPage]);

  const ensure = useCallback(
    (from: number, to: number) => {
      if (!current) return;
      const last = Math.min(to, current.total - 1);
      for (let page = Math.floor(Math.max(0, from) / PAGE_SIZE); page * PAGE_SIZE <= last; page++)
        if (!current.pages.has(page) && !pending.current.has(page)) fetchPage(current.query, current.key, page, false);
    },
    [current, fetchPage],
  );

  return {
    total: loaded?.total ?? null,
    shownQuery: loaded?.query ?? null,
    item: (index) => loaded?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    ensure,
    error,
  };
}
