import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../lib/messages/client';
import type { EntityListItem } from '../../lib/messages/protocol';
import { typeLabel } from './format';
import { entityHref } from './route';

const PAGE_SIZE = 50;
/** Short enough to feel instant, long enough not to query on every keystroke of a fast typist. */
const DEBOUNCE_MS = 120;

interface Results {
  query: string;
  total: number;
  items: EntityListItem[];
}

/** A search box over entity names and aliases with a paged list of links to each entity's view. */
export function EntitySearch({ client, query, onQueryChange }: { client: Client; query: string; onQueryChange: (query: string) => void }) {
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // Answers can arrive out of order; only the latest request's answer is shown.
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      client({ type: 'entity.search', query, limit: PAGE_SIZE, offset: 0 }).then(
        (r) => {
          if (ticket !== latest.current) return;
          setResults({ query, total: r.total, items: r.results });
          setError(null);
        },
        (e: unknown) => ticket === latest.current && setError(e instanceof Error ? e.message : String(e)),
      );
    }, results ? DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [client, query]);

  const loadMore = async () => {
    if (!results) return;
    const ticket = latest.current;
    setLoadingMore(true);
    try {
      const r = await client({ type: 'entity.search', query: results.query, limit: PAGE_SIZE, offset: results.items.length });
      if (ticket === latest.current) setResults({ ...results, total: r.total, items: [...results.items, ...r.results] });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="entities-heading">
      <h2 id="entities-heading">Entities</h2>
      <label class="search-label" for="entity-search">
        Search entities
      </label>
      <input
        id="entity-search"
        class="search-input"
        type="search"
        data-testid="entity-search"
        value={query}
        onInput={(e) => onQueryChange(e.currentTarget.value)}
        autocomplete="off"
        spellcheck={false}
        aria-describedby="entity-search-status"
      />
      <p id="entity-search-status" class="muted search-status" role="status" aria-live="polite">
        {error ? '' : !results ? 'Loading…' : statusText(results)}
      </p>
      {error && (
        <p class="error" role="alert">
          Search failed: {error}
        </p>
      )}
      {results && results.items.length > 0 && (
        <ul id="entity-results" class="results">
          {results.items.map((item) => (
            <li key={item.id}>
              <a class="result" href={entityHref(item.id)} data-testid="entity-result" data-entity-id={item.id}>
                <span class="result-name">{item.name}</span>
                <span class="type-badge">{typeLabel(item.type)}</span>
                {item.summary && <span class="result-summary">{item.summary}</span>}
              </a>
            </li>
          ))}
        </ul>
      )}
      {results && results.items.length < results.total && (
        <button type="button" class="more" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : `Show more (${(results.total - results.items.length).toLocaleString()} left)`}
        </button>
      )}
    </section>
  );
}

function statusText({ query, total }: Results): string {
  const q = query.trim();
  if (total === 0) return q ? `No entities match “${q}”.` : 'No entities yet.';
  const count = `${total.toLocaleString()} ${total === 1 ? 'entity' : 'entities'}`;
  return q ? `${count} matching “${q}”` : count;
}
