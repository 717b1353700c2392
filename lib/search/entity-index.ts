/**
 * An in-memory search index over every entity's names and aliases, built once per change of the
 * data and queried on every keystroke of the options page's entity list.
 *
 * Each name and alias becomes a search key (normalize.ts); every distinct word of every key goes
 * into one sorted array, with the keys it occurs in as a posting list. A query looks up its longest
 * word by binary search (every word starting with it sits in one run of the array), checks its
 * other words against the candidate keys, and ranks each entity by its best key:
 * exact key > prefix of the main name > prefix of an alias > prefix of some word.
 * Orders by name, type and dataset are computed once, so filtering and sorting cost one pass.
 */
import { ENTITY_TYPES, type EntityType } from '../dataset/entity-types';
import { keyWords, searchFold } from './normalize';
import { datasetRanks, nameOrder, positions, stableGroup } from './orders';

export interface IndexEntity {
  id: string;
  name: string;
  aliases: readonly string[];
  type: EntityType;
  datasetId: string;
}

export interface IndexDataset {
  id: string;
  name: string;
}

export type SortKey = 'relevance' | 'name' | 'type' | 'dataset';

export interface IndexQuery {
  query: string;
  /** Only these types; undefined or empty for every type. */
  types?: readonly EntityType[];
  /** Only rows from these datasets ("user" for the user's own); undefined or empty for all. */
  datasetIds?: readonly string[];
  /** "relevance" without a query sorts by name. */
  sort: SortKey;
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/** How a hit matched: 0 a name or alias is the query, 1 the main name starts with it, 2 an alias does, 3 some word does. */
export type MatchRank = 0 | 1 | 2 | 3;

export interface IndexHit {
  id: string;
  name: string;
  type: EntityType;
  datasetId: string;
  /** null when there is no query. */
  rank: MatchRank | null;
  /** Which name matched best: 0 the main name, i the alias at aliases[i - 1]; null without a query. */
  matchedName: number | null;
}

export interface IndexPage {
  total: number;
  hits: IndexHit[];
}

const NO_MATCH = 127;
/** Below this many hits, sorting them beats a pass over a whole precomputed order. */
const SMALL_RESULT = 2048;
/** Recent result orders kept, so scrolling through one list costs a slice per page. */
const RESULT_CACHE = 4;

interface Result {
  order: Uint32Array;
  /** Per position in `order`: the key that matched best (its flat index) and its rank; null without a query. */
  keyOf: Int32Array | null;
  rankOf: Int8Array | null;
}

export class EntityIndex {
  readonly size: number;
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly typeOf: Uint8Array;
  private readonly datasetOf: Uint16Array;
  private readonly datasetIds: string[] = [];
  private readonly datasetNames: Map<string, string>;
  /** Every entity's distinct keys, flat; keyEntity[k] is the entity key k belongs to. */
  private readonly keys: string[] = [];
  private readonly keyEntity: Uint32Array;
  /** Position of a key's text in [name, ...aliases]. */
  private readonly keyOrigin: Uint16Array;
  /** Distinct words, sorted by code unit; words[i] occurs in keys postings[postStart[i] .. postStart[i + 1]). */
  private readonly words: string[];
  private readonly postStart: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly orders = new Map<'name' | 'type' | 'dataset', { order: Uint32Array; position: Uint32Array }>();
  private readonly best: Int8Array;
  private readonly bestKey: Int32Array;
  private readonly results = new Map<string, Result>();

  constructor(entities: Iterable<IndexEntity>, datasets: readonly IndexDataset[] = []) {
    const datasetIndex = new Map<string, number>();
    const typeIndex = new Map<EntityType, number>(ENTITY_TYPES.map((t, i) => [t, i]));
    const types: number[] = [];
    const datasetsOf: number[] = [];
    const keyEntity: number[] = [];
    const keyOrigin: number[] = [];
    const postingsOf = new Map<string, number[]>();

    for (const entity of entities) {
      const e = this.ids.length;
      this.ids.push(entity.id);
      this.names.push(entity.name);
      types.push(typeIndex.get(entity.type) ?? 0);
      let d = datasetIndex.get(entity.datasetId);
      if (d === undefined) {
        d = this.datasetIds.length;
        datasetIndex.set(entity.datasetId, d);
        this.datasetIds.push(entity.datasetId);
      }
      datasetsOf.push(d);
      const seen = new Set<string>();
      [entity.name, ...entity.aliases].forEach((text, origin) => {
        const key = searchFold(text);
        if (!key || seen.has(key)) return;
        seen.add(key);
        const k = this.keys.length;
        this.keys.push(key);
        keyEntity.push(e);
        keyOrigin.push(origin);
        for (const word of new Set(keyWords(key))) {
          const list = postingsOf.get(word);
          if (list) list.push(k);
          else postingsOf.set(word, [k]);
        }
      });
    }

    this.size = this.ids.length;
    this.typeOf = Uint8Array.from(types);
    this.datasetOf = Uint16Array.from(datasetsOf);
    this.keyEntity = Uint32Array.from(keyEntity);
    this.keyOrigin = Uint16Array.from(keyOrigin);
    this.words = [...postingsOf.keys()].sort();
    this.postStart = new Uint32Array(this.words.length + 1);
    let total = 0;
    this.words.forEach((w, i) => {
      this.postStart[i] = total;
      total += postingsOf.get(w)!.length;
    });
    this.postStart[this.words.length] = total;
    this.postings = new Uint32Array(total);
    this.words.forEach((w, i) => this.postings.set(postingsOf.get(w)!, this.postStart[i]!));
    this.best = new Int8Array(this.size).fill(NO_MATCH);
    this.bestKey = new Int32Array(this.size);
    this.datasetNames = new Map(datasets.map((d) => [d.id, d.name]));
  }

  /** One page of the entities matching a query, filtered and sorted. */
  query(q: IndexQuery): IndexPage {
    const result = this.resultFor(q);
    const end = Math.min(result.order.length, q.offset + q.limit);
    const hits: IndexHit[] = [];
    for (let i = q.offset; i < end; i++) {
      const e = result.order[i]!;
      const k = result.keyOf?.[i];
      hits.push({
        id: this.ids[e]!,
        name: this.names[e]!,
        type: ENTITY_TYPES[this.typeOf[e]!]!,
        datasetId: this.datasetIds[this.datasetOf[e]!]!,
        rank: (result.rankOf?.[i] ?? null) as MatchRank | null,
        matchedName: k === undefined ? null : this.keyOrigin[k]!,
      });
    }
    return { total: result.order.length, hits };
  }

  private resultFor(q: IndexQuery): Result {
    const key = searchFold(q.query);
    const sort = q.sort === 'relevance' && !key ? 'name' : q.sort;
    const cacheKey = JSON.stringify([key, [...(q.types ?? [])].sort(), [...(q.datasetIds ?? [])].sort(), sort, q.direction]);
    const cached = this.results.get(cacheKey);
    if (cached) {
      // Most recently used last.
      this.results.delete(cacheKey);
      this.results.set(cacheKey, cached);
      return cached;
    }
    const keep = this.filter(q);
    const result = key ? this.search(key, keep, sort) : this.list(keep, sort as 'name' | 'type' | 'dataset');
    if (q.direction === 'desc') {
      result.order.reverse();
      result.keyOf?.reverse();
      result.rankOf?.reverse();
    }
    this.results.set(cacheKey, result);
    if (this.results.size > RESULT_CACHE) this.results.delete(this.results.keys().next().value!);
    return result;
  }

  /** A predicate over entity numbers for the type and dataset filters, or null for none. */
  private filter(q: IndexQuery): ((e: number) => boolean) | null {
    let typeMask = 0;
    for (const t of q.types ?? []) typeMask |= 1 << ENTITY_TYPES.indexOf(t);
    const datasets = q.datasetIds?.length ? new Set(q.datasetIds) : null;
    const allowed = datasets ? Uint8Array.from(this.datasetIds, (id) => (datasets.has(id) ? 1 : 0)) : null;
    if (!typeMask && !allowed) return null;
    return (e) => (!typeMask || (typeMask & (1 << this.typeOf[e]!)) !== 0) && (!allowed || allowed[this.datasetOf[e]!] === 1);
  }

  private list(keep: ((e: number) => boolean) | null, sort: 'name' | 'type' | 'dataset'): Result {
    const { order } = this.orderOf(sort);
    if (!keep) return { order: order.slice(), keyOf: null, rankOf: null };
    const out: number[] = [];
    for (const e of order) if (keep(e)) out.push(e);
    return { order: Uint32Array.from(out), keyOf: null, rankOf: null };
  }

  private search(key: string, keep: ((e: number) => boolean) | null, sort: SortKey): Result {
    const tokens = keyWords(key);
    // The longest word is usually the rarest: fewest candidates to check.
    const driver = tokens.reduce((a, b) => (b.length > a.length ? b : a));
    const touched: number[] = [];
    for (let w = this.lowerBound(driver); w < this.words.length && this.words[w]!.startsWith(driver); w++) {
      for (let p = this.postStart[w]!, end = this.postStart[w + 1]!; p < end; p++) {
        const k = this.postings[p]!;
        const e = this.keyEntity[k]!;
        const previous = this.best[e]!;
        if (previous === 0 || (previous === NO_MATCH && keep && !keep(e))) continue;
        const rank = this.matchKey(k, key, tokens);
        if (rank < 0 || rank >= previous) continue;
        if (previous === NO_MATCH) touched.push(e);
        this.best[e] = rank;
        this.bestKey[e] = k;
      }
    }
    const order = this.sortHits(touched, sort);
    const keyOf = new Int32Array(order.length);
    const rankOf = new Int8Array(order.length);
    for (let i = 0; i < order.length; i++) {
      const e = order[i]!;
      keyOf[i] = this.bestKey[e]!;
      rankOf[i] = this.best[e]!;
    }
    for (const e of touched) this.best[e] = NO_MATCH;
    return { order, keyOf, rankOf };
  }

  /** Orders hits by rank then name, or by a precomputed order; `best` still holds their ranks. */
  private sortHits(touched: number[], sort: SortKey): Uint32Array {
    const { order, position } = this.orderOf(sort === 'relevance' ? 'name' : sort);
    if (touched.length < SMALL_RESULT) {
      const byRank = sort === 'relevance';
      touched.sort((a, b) => (byRank ? this.best[a]! - this.best[b]! : 0) || position[a]! - position[b]!);
      return Uint32Array.from(touched);
    }
    if (sort !== 'relevance') return order.filter((e) => this.best[e] !== NO_MATCH);
    // Counting sort by rank over the name order: one pass to count, one to place.
    const starts = [0, 0, 0, 0, 0];
    for (const e of touched) starts[this.best[e]! + 1]!++;
    for (let r = 1; r < starts.length; r++) starts[r]! += starts[r - 1]!;
    const out = new Uint32Array(touched.length);
    for (const e of order) {
      const rank = this.best[e]!;
      if (rank !== NO_MATCH) out[starts[rank]!++] = e;
    }
    return out;
  }

  /** The rank of key k for a query key, or -1 when some query word starts none of its words. */
  private matchKey(k: number, key: string, tokens: readonly string[]): number {
    const text = this.keys[k]!;
    if (text === key) return 0;
    if (text.startsWith(key)) return this.keyOrigin[k] === 0 ? 1 : 2;
    // Some word of the key starts with each query word (without splitting the key: no garbage).
    if (tokens.length > 1) for (const t of tokens) if (!text.startsWith(t) && !text.includes(` ${t}`)) return -1;
    return 3;
  }

  /** The first word not below `prefix`. */
  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Entities in name order, or grouped by type or dataset then by name; computed on first use. */
  private orderOf(sort: 'name' | 'type' | 'dataset'): { order: Uint32Array; position: Uint32Array } {
    let entry = this.orders.get(sort);
    if (entry) return entry;
    let order: Uint32Array;
    if (sort === 'name') order = nameOrder(this.names, this.ids);
    else if (sort === 'type') order = stableGroup(this.orderOf('name').order, (e) => this.typeOf[e]!);
    else {
      const ranks = datasetRanks(this.datasetIds, this.datasetNames);
      order = stableGroup(this.orderOf('name').order, (e) => ranks[this.datasetOf[e]!]!);
    }
    entry = { order, position: positions(order) };
    this.orders.set(sort, entry);
    return entry;
  }
}
