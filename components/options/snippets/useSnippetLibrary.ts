/**
 * Preact hook: every snippet (the library filters in memory), the names of the entities they
 * mention, and local updates after an edit, a delete, an undo or an import.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import { indexSnippets, type IndexedSnippet } from '../../../lib/snippets/library';
import type { Snippet } from '../../../lib/snippets/schema';

/** entity.brief takes at most this many ids per request. */
const BRIEF_CHUNK = 5000;

export interface SnippetLibrary {
  /** null while loading. */
  snippets: Snippet[] | null;
  index: IndexedSnippet[];
  error: string | null;
  /** Entity names by id, as far as they are known (ids of deleted entities have none). */
  names: Record<string, string>;
  reload(): void;
  replace(snippet: Snippet): void;
  remove(ids: readonly string[]): void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useSnippetLibrary(client: Client): SnippetLibrary {
  const [snippets, setSnippets] = useState<Snippet[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});

  const reload = useCallback(() => {
    client({ type: 'snippet.list' }).then(
      (r) => {
        setSnippets(r.snippets);
        setError(null);
      },
      (e: unknown) => setError(messageOf(e)),
    );
  }, [client]);
  useEffect(reload, [reload]);

  // Names for ids not asked about yet; a failure only leaves ids shown as they are.
  useEffect(() => {
    if (!snippets) return;
    const missing = [...new Set(snippets.flatMap((s) => s.entities))].filter((id) => !(id in names));
    if (!missing.length) return;
    const chunks: string[][] = [];
    for (let i = 0; i < missing.length; i += BRIEF_CHUNK) chunks.push(missing.slice(i, i + BRIEF_CHUNK));
    Promise.all(chunks.map((ids) => client({ type: 'entity.brief', ids }))).then(
      (answers) => {
        const found: Record<string, string> = Object.fromEntries(missing.map((id) => [id, '']));
        for (const a of answers) for (const e of a.entities) found[e.id] = e.name;
        setNames((n) => ({ ...n, ...found }));
      },
      () => undefined,
    );
  }, [client, snippets]);

  const index = useMemo(() => indexSnippets(snippets ?? []), [snippets]);
  const replace = useCallback((s: Snippet) => setSnippets((list) => list && list.map((x) => (x.id === s.id ? s : x))), []);
  const remove = useCallback((ids: readonly string[]) => {
    const gone = new Set(ids);
    setSnippets((list) => list && list.filter((x) => !gone.has(x.id)));
  }, []);

  // Unknown names come back as '' so they are not asked for again; they read as their ids.
  const known = useMemo(() => Object.fromEntries(Object.entries(names).filter(([, n]) => n)), [names]);
  return { snippets, index, error, names: known, reload, replace, remove };
}
