/** What the entity list shows: the query, filters and sort the user chose, and where they were in it. */
import type { EntityType } from '../../lib/dataset/schema';

export type ListSort = 'relevance' | 'name' | 'type' | 'dataset';

export interface ListQuery {
  query: string;
  /** Empty: every type. */
  types: EntityType[];
  /** "" for every dataset, else one dataset id ("user" for the user's own entities). */
  datasetId: string;
  sort: ListSort;
  direction: 'asc' | 'desc';
}

export interface ListState extends ListQuery {
  /** The row arrow keys move from and Enter opens; kept so coming back from an entity shows it again. */
  active: number;
}

export const INITIAL_LIST_STATE: ListState = {
  query: '',
  types: [],
  datasetId: '',
  sort: 'relevance',
  direction: 'asc',
  active: 0,
};

/** Where the list was scrolled to: written on every scroll, so kept outside of render state. */
export interface ScrollMemory {
  scrollTop: number;
}

/** The sort in effect: "relevance" means nothing without a query, so the list is by name then. */
export function effectiveSort(q: ListQuery): ListSort {
  return q.sort === 'relevance' && !q.query.trim() ? 'name' : q.sort;
}
