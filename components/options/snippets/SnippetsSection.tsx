/**
 * The options page's Snippets section: search and filter the saved snippets, grouped by page; edit
 * notes and tags; delete with undo; open a snippet's page; select snippets and export them; import.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import { facetsOf, filterSnippets, groupByPage, hasFilters, NO_FILTERS, type LibraryFilters } from '../../../lib/snippets/library';
import type { Snippet } from '../../../lib/snippets/schema';
import { t } from '../../i18n';
import { countText, formatNumber } from '../format';
import { EmptyLibrary } from './EmptyLibrary';
import { errorText } from './errorText';
import { SnippetExport } from './SnippetExport';
import { SnippetFilters } from './SnippetFilters';
import { SnippetImport } from './SnippetImport';
import { SnippetList } from './SnippetList';
import { SnippetUndoBar } from './SnippetUndoBar';
import { useSnippetLibrary } from './useSnippetLibrary';
import { isolateQuoted } from '../quotedText';
import './snippets.css';


/** The id of the card after the first of `ids` (or before it) that is not itself being deleted. */
function neighbourOf(ids: readonly string[]): string | undefined {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="lib-snippet"]')].map((el) => el.dataset.snippetId ?? '');
  const at = cards.indexOf(ids[0] ?? '');
  const keep = (id: string) => !ids.includes(id);
  return cards.slice(at + 1).find(keep) ?? cards.slice(0, Math.max(at, 0)).reverse().find(keep);
}

/** Focuses a card's checkbox, or the section's heading when there is no such card. */
function focusCard(id: string | undefined): void {
  const box = id ? document.querySelector<HTMLElement>(`[data-snippet-id="${id}"] [data-testid="lib-select"]`) : null;
  const target = box ?? document.getElementById('lib-heading');
  if (target && !box) target.tabIndex = -1;
  target?.focus();
}

export function SnippetsSection({ client }: { client: Client }) {
  const library = useSnippetLibrary(client);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<{ snippets: Snippet[]; ticket: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const all = library.snippets ?? [];
  const matching = useMemo(() => filterSnippets(library.index, filters), [library.index, filters]);
  const groups = useMemo(() => groupByPage(matching), [matching]);
  const facets = useMemo(() => facetsOf(all), [all]);
  const chosen = useMemo(() => all.filter((s) => selected.has(s.id)), [all, selected]);
  const allMatchingSelected = matching.length > 0 && matching.every((s) => selected.has(s.id));

  const select = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });

  const remove = async (ids: string[]) => {
    setProblem(null);
    const next = neighbourOf(ids);
    try {
      const { undo: bundle } = await client({ type: 'snippet.delete', ids });
      library.remove(ids);
      // Keyboard focus was on a card that is gone: move it to the nearest one left.
      setTimeout(() => focusCard(next));
      select(ids, false);
      // A deletion while the bar is still up joins it: Undo brings back both, not only the last.
      setUndo((u) => ({ snippets: [...(u?.snippets ?? []), ...bundle.snippets], ticket: Date.now() }));
    } catch (e) {
      setProblem(t('lib_delete_failed', errorText(e)));
    }
  };

  const open = async (s: Snippet) => {
    setProblem(null);
    try {
      const answer = await client({ type: 'snippet.open', id: s.id });
      // A stored address that is not a web page's is refused, not opened: say that, not "gone".
      if (!answer.opened) setProblem(t(answer.reason === 'not-web' ? 'full_open_not_web' : 'lib_open_gone'));
    } catch (e) {
      setProblem(t('lib_open_failed', errorText(e)));
    }
  };

  const save = async (id: string, note: string, tags: string[]) => {
    const result = await client({ type: 'snippet.update', id, note, tags });
    if (!result.ok) return result.errors;
    library.replace(result.value);
  };

  return (
    <section class="panel lib-section" data-testid="lib-section" aria-labelledby="lib-heading">
      <div class="section-head">
        <div>
          <h2 id="lib-heading">{t('lib_title')}</h2>
          <p class="counts-line muted" data-testid="lib-count" data-total={all.length} data-matching={matching.length}>
            {library.snippets === null
              ? t('lib_loading')
              : hasFilters(filters)
                ? t('lib_count_matching', [formatNumber(matching.length), formatNumber(all.length)])
                : countText('lib_count', all.length)}
          </p>
        </div>
      </div>

      {library.error && (
        <p class="error" role="alert">
          {t('lib_load_failed', isolateQuoted(library.error))}
        </p>
      )}
      {problem && (
        <p class="error" role="alert" data-testid="lib-problem">
          {problem}
        </p>
      )}

      {library.snippets !== null && all.length === 0 && <EmptyLibrary />}

      {all.length > 0 && (
        <>
          <SnippetFilters filters={filters} facets={facets} names={library.names} onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))} onClear={() => setFilters(NO_FILTERS)} />
          <div class="lib-toolbar" data-testid="lib-toolbar">
            <label class="lib-check-label">
              <input type="checkbox" checked={allMatchingSelected} disabled={matching.length === 0} data-testid="lib-select-all" onChange={(e) => select(matching.map((s) => s.id), e.currentTarget.checked)} />
              {t('lib_select_all', formatNumber(matching.length))}
            </label>
            <span class="muted" data-testid="lib-selected-count" data-count={selected.size} aria-live="polite">
              {countText('lib_selected', selected.size)}
            </span>
            <button
              type="button"
              class="link-button"
              data-testid="lib-go-export"
              onClick={() => {
                const heading = document.getElementById('lib-export-heading');
                if (heading) heading.tabIndex = -1;
                heading?.focus();
              }}
            >
              {t('lib_go_export')}
            </button>
            {selected.size > 0 && (
              <>
                <button type="button" class="button subtle" data-testid="lib-clear-selection" onClick={() => setSelected(new Set())}>
                  {t('lib_clear_selection')}
                </button>
                <button type="button" class="button subtle lib-danger" data-testid="lib-delete-selected" onClick={() => remove([...selected])}>
                  {t('lib_delete_selected', formatNumber(selected.size))}
                </button>
              </>
            )}
          </div>
          {matching.length === 0 ? (
            <p class="lib-none" data-testid="lib-no-match">
              {t('lib_no_match')}
            </p>
          ) : (
            <SnippetList
              groups={groups}
              resetKey={JSON.stringify(filters)}
              names={library.names}
              selected={selected}
              onSelect={select}
              onSave={save}
              onDelete={(s) => void remove([s.id])}
              onOpen={(s) => void open(s)}
            />
          )}
          <SnippetExport all={all} selected={chosen} names={library.names} />
        </>
      )}

      <SnippetImport client={client} onImported={library.reload} />

      {undo && (
        <SnippetUndoBar
          key={undo.ticket}
          count={undo.snippets.length}
          onClose={() => setUndo((u) => (u?.ticket === undo.ticket ? null : u))}
          onUndo={async () => {
            await client({ type: 'snippet.restore', snippets: undo.snippets });
            library.reload();
          }}
        />
      )}
    </section>
  );
}
