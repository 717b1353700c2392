import { useCallback, useState } from 'preact/hooks';
import type { Client } from '../../lib/messages/client';
import type { DatasetSummary, EntityListItem } from '../../lib/messages/protocol';
import { t } from '../i18n';
import { EntityListbox } from './EntityListbox';
import { EntityListControls } from './EntityListControls';
import { rowId } from './EntityRow';
import { countText } from './format';
import type { ListQuery, ListState, ScrollMemory } from './list-state';
import { entityHref, navigate } from './route';
import { useEntityPages } from './useEntityPages';
import { isolateQuoted } from './quotedText';

const LISTBOX_ID = 'entity-listbox';
const STATUS_ID = 'entity-list-status';

interface Props {
  client: Client;
  state: ListState;
  scroll: ScrollMemory;
  datasets: readonly DatasetSummary[];
  onChange(patch: Partial<ListState>): void;
  /** Changes when the background reports new data: the rows held are fetched again. */
  dataVersion?: number;
}

/**
 * Every entity, searchable by any name or alias in any script, filtered by type and dataset,
 * sorted, and virtualised so 100,000 rows scroll as smoothly as 45. The search box is a combobox
 * over the list: arrow keys move through the results from either, Enter opens one.
 */
export function EntityList({ client, state, scroll, datasets, onChange, dataVersion = 0 }: Props) {
  const pages = useEntityPages(client, state, dataVersion);
  const [reveal, setReveal] = useState(0);
  const total = pages.total ?? 0;
  const active = Math.min(state.active, Math.max(0, total - 1));

  // A new query or filter starts at the top of its results.
  const changeQuery = (patch: Partial<ListQuery>) => {
    scroll.scrollTop = 0;
    onChange({ ...patch, active: 0 });
  };

  const open = useCallback(
    (index: number) => {
      const item = pages.item(index);
      if (!item) return;
      onChange({ active: index });
      navigate(entityHref(item.id));
    },
    [pages, onChange],
  );

  const onKeyDown = (e: KeyboardEvent, visibleRows: number, fromListbox: boolean) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    let next: number | null = null;
    switch (e.key) {
      case 'ArrowDown':
        next = active + 1;
        break;
      case 'ArrowUp':
        next = active - 1;
        break;
      case 'PageDown':
        next = active + visibleRows;
        break;
      case 'PageUp':
        next = active - visibleRows;
        break;
      // In the search box Home and End move the caret, as in any text field.
      case 'Home':
        if (fromListbox) next = 0;
        break;
      case 'End':
        if (fromListbox) next = total - 1;
        break;
      case 'Enter':
        if (total > 0) {
          e.preventDefault();
          open(active);
        }
        return;
    }
    if (next === null || total === 0) return;
    e.preventDefault();
    onChange({ active: Math.max(0, Math.min(total - 1, next)) });
    setReveal((r) => r + 1);
  };

  const datasetNames = new Map(datasets.map((d) => [d.id, d.name]));
  // Where a row came from is worth a badge only when the rows do not all come from one dataset.
  const mixed = datasets.length > 1 || state.datasetId === 'user';
  const originOf = (item: EntityListItem) =>
    item.datasetId === 'user' ? t('opt_origin_user_short') : mixed && item.datasetId ? (datasetNames.get(item.datasetId) ?? item.datasetId) : null;

  return (
    <>
      <div class="search-field">
        <label class="search-label" for="entity-search">
          {t('opt_search_label')}
        </label>
        <input
          id="entity-search"
          class="search-input"
          type="search"
          data-testid="entity-search"
          value={state.query}
          onInput={(e) => changeQuery({ query: e.currentTarget.value })}
          onKeyDown={(e) => onKeyDown(e, 8, false)}
          role="combobox"
          aria-expanded={total > 0}
          aria-controls={LISTBOX_ID}
          aria-autocomplete="list"
          aria-activedescendant={total > 0 ? rowId(active) : undefined}
          aria-describedby={STATUS_ID}
          autocomplete="off"
          spellcheck={false}
          placeholder={t('opt_search_placeholder')}
        />
      </div>
      <EntityListControls query={state} datasets={datasets} onChange={changeQuery} />
      <p id={STATUS_ID} class="muted list-status" role="status" aria-live="polite" data-testid="entity-list-status">
        {statusText(pages.total, pages.shownQuery)}
      </p>
      {pages.error && (
        <p class="error" role="alert">
          {t('opt_list_failed', isolateQuoted(pages.error))}
        </p>
      )}
      <EntityListbox
        // A new query or filter is a new list, scrolled to its top.
        key={JSON.stringify([state.query, state.types, state.datasetId, state.sort, state.direction])}
        id={LISTBOX_ID}
        label={t('opt_list_label')}
        total={total}
        item={pages.item}
        ensure={pages.ensure}
        active={active}
        reveal={reveal}
        originOf={originOf}
        onChoose={open}
        onKeyDown={(e, rows) => onKeyDown(e, rows, true)}
        initialScrollTop={scroll.scrollTop}
        onScrolled={(scrollTop) => (scroll.scrollTop = scrollTop)}
      />
      <p class="muted small keyboard-hint">{t('opt_list_keyboard_hint')}</p>
    </>
  );
}

function statusText(total: number | null, query: ListQuery | null): string {
  if (total === null || !query) return t('opt_loading');
  const q = query.query.trim();
  const filtered = query.types.length > 0 || query.datasetId !== '';
  if (total === 0) return q ? t('opt_list_none_matching', q) : filtered ? t('opt_list_none_filtered') : t('opt_list_empty');
  const count = countText('opt_count_entities', total);
  return q ? t('opt_list_matching', [count, q]) : count;
}
