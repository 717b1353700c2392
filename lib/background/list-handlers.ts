/**
 * Entity search over the in-memory search index: the options page's entity list (search, filters,
 * sorting, paging) and the editor's entity picker; and short descriptions of entities by id for
 * the popup. The database has no search index of its own (schema version 6 dropped it).
 */
import type { DossierDb, EntityRow } from '../db/database';
import type { EntityListItem } from '../messages/protocol';
import type { IndexHit } from '../search/entity-index';
import { createIndexCache } from '../search/index-cache';
import { searchFold } from '../search/normalize';
import type { HandlerTable } from './handlers';

export function listHandlers(db: DossierDb): Pick<HandlerTable, 'entity.list' | 'entity.search' | 'entity.brief'> {
  const indexes = createIndexCache(db);
  return {
    'entity.list': async (r) => {
      const index = await indexes.get();
      const page = index.query(r);
      // The index holds names for searching; the page's rows give summaries and countries.
      const rows = await db.entityRows.bulkGet(page.hits.map((h) => h.id));
      return { total: page.total, results: page.hits.map((hit, i) => toItem(hit, rows[i])) };
    },
    // The picker: the list's search without filters, best matches first (by name for no query).
    'entity.search': async (r) => {
      const index = await indexes.get();
      const page = index.query({ query: r.query, sort: 'relevance', direction: 'asc', offset: r.offset, limit: r.limit });
      const rows = await db.entityRows.bulkGet(page.hits.map((h) => h.id));
      return { total: page.total, results: page.hits.map((hit, i) => pickerItem(hit, rows[i])) };
    },
    'entity.brief': async (r) => {
      const rows = await db.entityRows.bulkGet(r.ids);
      return { entities: rows.flatMap((row) => (row ? [{ id: row.id, name: row.name, type: row.type }] : [])) };
    },
  };
}

function toItem(hit: IndexHit, row: EntityRow | undefined): EntityListItem {
  const item: EntityListItem = { id: hit.id, name: row?.name ?? hit.name, type: row?.type ?? hit.type, datasetId: row?.datasetId ?? hit.datasetId };
  if (row?.summary !== undefined) item.summary = row.summary;
  if (row?.country !== undefined) item.country = row.country;
  const alias = hit.matchedName ? row?.aliases[hit.matchedName - 1]?.text : undefined;
  // An alias that reads like the name itself ("KULEBA" beside "Kuleba") tells the reader nothing.
  if (alias !== undefined && searchFold(alias) !== searchFold(item.name)) item.matched = alias;
  return item;
}

function pickerItem(hit: IndexHit, row: EntityRow | undefined): EntityListItem {
  const item: EntityListItem = { id: hit.id, name: row?.name ?? hit.name, type: row?.type ?? hit.type };
  if (row?.summary !== undefined) item.summary = row.summary;
  return item;
}
