import { ENTITY_TYPES, type EntityType } from '../../lib/dataset/schema';
import type { DatasetSummary } from '../../lib/messages/protocol';
import { isolate } from '../bidi';
import { t } from '../i18n';
import { typeLabel } from './format';
import type { ListQuery, ListSort } from './list-state';
import { effectiveSort } from './list-state';

interface Props {
  query: ListQuery;
  datasets: readonly DatasetSummary[];
  onChange(patch: Partial<ListQuery>): void;
}

const SORTS: { value: ListSort; key: string }[] = [
  { value: 'relevance', key: 'opt_sort_relevance' },
  { value: 'name', key: 'opt_sort_name' },
  { value: 'type', key: 'opt_sort_type' },
  { value: 'dataset', key: 'opt_sort_dataset' },
];

/** The entity list's filters (type, dataset) and sort order. */
export function EntityListControls({ query, datasets, onChange }: Props) {
  const toggleType = (type: EntityType, on: boolean) =>
    onChange({ types: on ? ENTITY_TYPES.filter((x) => x === type || query.types.includes(x)) : query.types.filter((x) => x !== type) });
  const filtered = query.types.length > 0 || query.datasetId !== '';
  const searching = query.query.trim() !== '';

  return (
    <div class="list-controls">
      <fieldset class="type-filter">
        <legend>{t('opt_filter_type')}</legend>
        <div class="chips">
          {ENTITY_TYPES.map((type) => (
            <label key={type} class="chip">
              <input type="checkbox" checked={query.types.includes(type)} onChange={(e) => toggleType(type, e.currentTarget.checked)} data-testid={`type-filter-${type}`} />
              <span>{typeLabel(type)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="selects">
        <label class="select-field">
          <span>{t('opt_filter_dataset')}</span>
          <select value={query.datasetId} onChange={(e) => onChange({ datasetId: e.currentTarget.value })} data-testid="dataset-filter">
            <option value="">{t('opt_filter_dataset_all')}</option>
            {datasets.map((d) => (
              <option key={d.id} value={d.id}>
                {isolate(d.name)}
              </option>
            ))}
            <option value="user">{t('opt_origin_user_short')}</option>
          </select>
        </label>
        <label class="select-field">
          <span>{t('opt_sort_label')}</span>
          <select value={effectiveSort(query)} onChange={(e) => onChange({ sort: e.currentTarget.value as ListSort })} data-testid="sort-select">
            {SORTS.map((s) => (
              <option key={s.value} value={s.value} disabled={s.value === 'relevance' && !searching}>
                {t(s.key)}
              </option>
            ))}
          </select>
        </label>
        <label class="select-field">
          <span>{t('opt_order_label')}</span>
          <select value={query.direction} onChange={(e) => onChange({ direction: e.currentTarget.value as 'asc' | 'desc' })} data-testid="order-select">
            <option value="asc">{t('opt_order_asc')}</option>
            <option value="desc">{t('opt_order_desc')}</option>
          </select>
        </label>
        {filtered && (
          <button type="button" class="button subtle" onClick={() => onChange({ types: [], datasetId: '' })}>
            {t('opt_filter_clear')}
          </button>
        )}
      </div>
    </div>
  );
}
