/**
 * The editor's list of sources and what it does when one changes under it: saved (shown at once,
 * then reloaded in order), deleted (claims of the form that had picked it pick again) and restored
 * by Undo (those claims get it back, unless they picked another meanwhile).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Source } from '../../../lib/dataset/schema';
import type { Client } from '../../../lib/messages/client';
import type { ClaimDraft } from './draft';
import type { SourceActions } from './SourceField';

export interface SourceList {
  /** null while loading. */
  sources: Source[] | null;
  /** Sources written by the editor's own save. */
  add(list: readonly Source[]): void;
  actions: SourceActions;
}

export function useSources(client: Client, claims: readonly ClaimDraft[], updateClaims: (f: (claims: ClaimDraft[]) => ClaimDraft[]) => void): SourceList {
  const [sources, setSources] = useState<Source[] | null>(null);
  const mounted = useRef(true);
  /** Deleted source id → keys of the claims that had picked it. */
  const orphans = useRef(new Map<string, Set<number>>());

  const reload = () =>
    client({ type: 'source.list' }).then(
      (r) => mounted.current && setSources(r.sources),
      () => mounted.current && setSources((s) => s ?? []),
    );

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [client]);

  const actions: SourceActions = {
    saved(source) {
      setSources((s) => s && s.map((x) => (x.id === source.id ? source : x)));
      void reload();
    },
    deleted(id) {
      setSources((s) => s && s.filter((x) => x.id !== id));
      const keys = new Set(claims.filter((c) => c.sourceId === id).map((c) => c.key));
      orphans.current.set(id, keys);
      updateClaims((cs) => cs.map((c) => (keys.has(c.key) ? { ...c, sourceId: '' } : c)));
    },
    restored(id) {
      // The undo bar outlives the editor; once the editor is gone there is nothing to update.
      if (!mounted.current) return;
      void reload();
      const keys = orphans.current.get(id) ?? new Set<number>();
      orphans.current.delete(id);
      updateClaims((cs) => cs.map((c) => (keys.has(c.key) && c.sourceId === '' && !c.newSource ? { ...c, sourceId: id } : c)));
    },
    citing: (id) => claims.filter((c) => !c.deleted && !c.newSource && c.sourceId === id).length,
  };

  return { sources, add: (list) => setSources((s) => [...(s ?? []), ...list]), actions };
}
