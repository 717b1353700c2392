/** The library's search box and filters: entity, site, tag and the range of days saved. */
import type { LibraryFacets, LibraryFilters } from '../../../lib/snippets/library';
import { hasFilters } from '../../../lib/snippets/library';
import { isolate } from '../../bidi';
import { t } from '../../i18n';
import { formatNumber } from '../format';

export interface SnippetFiltersProps {
  filters: LibraryFilters;
  facets: LibraryFacets;
  names: Record<string, string>;
  onChange(patch: Partial<LibraryFilters>): void;
  onClear(): void;
}

function FacetSelect(props: {
  label: string;
  all: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  testid: string;
  /** How a chosen value no snippet has any more is shown (default: as it is). */
  labelOf?(value: string): string;
  onChange(v: string | undefined): void;
}) {
  // The chosen value may have left the library (its last snippet deleted, maybe back with undo):
  // keep it listed, or the select would look cleared while the list is still filtered by it.
  const { value } = props;
  const options = value && !props.options.some((o) => o.value === value) ? [...props.options, { value, label: withCount(props.labelOf?.(value) ?? value, 0) }] : props.options;
  return (
    <label class="select-field">
      <span>{props.label}</span>
      <select value={props.value ?? ''} data-testid={props.testid} onChange={(e) => props.onChange(e.currentTarget.value || undefined)}>
        <option value="">{props.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** An <option> holds text only: the plain-text isolate for the name or tag (see bidi.ts). */
const withCount = (label: string, count: number) => `${isolate(label)} (${formatNumber(count)})`;

export function SnippetFilters({ filters, facets, names, onChange, onClear }: SnippetFiltersProps) {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const entities = facets.entities
    .map((f) => ({ value: f.value, label: withCount(names[f.value] ?? f.value, f.count) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <div class="lib-filters" role="search">
      <label class="search-label" for="lib-search">
        {t('lib_search_label')}
      </label>
      <input
        id="lib-search"
        class="search-input"
        type="search"
        value={filters.query}
        data-testid="lib-search"
        aria-describedby="lib-search-hint"
        onInput={(e) => onChange({ query: e.currentTarget.value })}
      />
      <p id="lib-search-hint" class="muted small">
        {t('lib_search_hint')}
      </p>
      <div class="selects lib-filter-row">
        <FacetSelect label={t('lib_filter_entity')} all={t('lib_filter_entity_all')} value={filters.entityId} options={entities} testid="lib-filter-entity" labelOf={(id) => names[id] ?? id} onChange={(entityId) => onChange({ entityId })} />
        <FacetSelect
          label={t('lib_filter_site')}
          all={t('lib_filter_site_all')}
          value={filters.site}
          options={facets.sites.map((f) => ({ value: f.value, label: withCount(f.value, f.count) }))}
          testid="lib-filter-site"
          onChange={(site) => onChange({ site })}
        />
        <FacetSelect
          label={t('lib_filter_tag')}
          all={t('lib_filter_tag_all')}
          value={filters.tag}
          options={facets.tags.map((f) => ({ value: f.value, label: withCount(f.value, f.count) }))}
          testid="lib-filter-tag"
          onChange={(tag) => onChange({ tag })}
        />
        <label class="select-field">
          <span>{t('lib_filter_from')}</span>
          <input type="date" class="lib-date" value={filters.from ?? ''} max={filters.to} data-testid="lib-filter-from" onChange={(e) => onChange({ from: e.currentTarget.value || undefined })} />
        </label>
        <label class="select-field">
          <span>{t('lib_filter_to')}</span>
          <input type="date" class="lib-date" value={filters.to ?? ''} min={filters.from} data-testid="lib-filter-to" onChange={(e) => onChange({ to: e.currentTarget.value || undefined })} />
        </label>
        {hasFilters(filters) && (
          <button type="button" class="button subtle" data-testid="lib-clear-filters" onClick={onClear}>
            {t('lib_clear_filters')}
          </button>
        )}
      </div>
    </div>
  );
}
