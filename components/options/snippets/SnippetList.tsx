/**
 * The matching snippets grouped by page (title, site, link). Only the first few hundred are drawn,
 * with "Show more" for the rest: thousands of cards at once would make every keystroke slow.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ValidationError } from '../../../lib/dataset/validate';
import type { PageGroup } from '../../../lib/snippets/library';
import type { Snippet } from '../../../lib/snippets/schema';
import { t } from '../../i18n';
import { countText, formatNumber } from '../format';
import { SnippetCard } from './SnippetCard';
import { webHref } from '../webHref';

export const PAGE_SIZE = 200;

export interface SnippetListProps {
  groups: PageGroup[];
  /** Changes whenever the filters do: the list starts again from the top. */
  resetKey: string;
  names: Record<string, string>;
  selected: ReadonlySet<string>;
  onSelect(ids: readonly string[], selected: boolean): void;
  onSave(id: string, note: string, tags: string[]): Promise<ValidationError[] | void>;
  onDelete(snippet: Snippet): void;
  onOpen(snippet: Snippet): void;
}

export function SnippetList(props: SnippetListProps) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => setLimit(PAGE_SIZE), [props.resetKey]);

  let left = limit;
  const shown: PageGroup[] = [];
  for (const g of props.groups) {
    if (left <= 0) break;
    shown.push(g.snippets.length <= left ? g : { ...g, snippets: g.snippets.slice(0, left) });
    left -= g.snippets.length;
  }
  const total = props.groups.reduce((n, g) => n + g.snippets.length, 0);
  const drawn = Math.min(limit, total);

  return (
    <>
      <ol class="lib-groups" data-testid="lib-groups">
        {shown.map((g, i) => {
          const headingId = `lib-page-${i}`;
          const ids = g.snippets.map((s) => s.id);
          const all = ids.every((id) => props.selected.has(id));
          return (
            <li key={g.url} class="lib-group" data-testid="lib-group" data-url={g.url}>
              <section aria-labelledby={headingId}>
                <header class="lib-group-head">
                  <h3 id={headingId} class="lib-group-title">
                    <a href={webHref(g.url)} target="_blank" rel="noopener noreferrer" data-testid="lib-page-link">
                      <bdi>{g.title || g.url}</bdi>
                    </a>
                  </h3>
                  <p class="muted small lib-group-meta">
                    <span data-testid="lib-page-site">{g.site}</span> · {countText('lib_count', g.snippets.length)}
                  </p>
                  <label class="lib-check-label small">
                    <input type="checkbox" checked={all} data-testid="lib-select-page" onChange={(e) => props.onSelect(ids, e.currentTarget.checked)} />
                    {t('lib_select_page')}
                  </label>
                </header>
                {g.snippets.map((s) => (
                  <SnippetCard
                    key={s.id}
                    snippet={s}
                    names={props.names}
                    selected={props.selected.has(s.id)}
                    onSelect={(on) => props.onSelect([s.id], on)}
                    onSave={(note, tags) => props.onSave(s.id, note, tags)}
                    onDelete={() => props.onDelete(s)}
                    onOpen={() => props.onOpen(s)}
                  />
                ))}
              </section>
            </li>
          );
        })}
      </ol>
      {drawn < total && (
        <div class="lib-more">
          <p class="muted">{t('lib_shown_of', [formatNumber(drawn), formatNumber(total)])}</p>
          <button type="button" class="button" data-testid="lib-show-more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
            {t('lib_show_more')}
          </button>
        </div>
      )}
    </>
  );
}
