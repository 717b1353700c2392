/** The installed datasets (name, version, dates, origin, counts) and the totals of the whole database. */
import type { DatasetSummary, ResponseMap } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { formatDateTime, formatNumber } from '../format';

/** The id of the dataset that ships inside the extension. */
const BUNDLED_DATASET_ID = 'dossier-seed';

type Overview = ResponseMap['dataset.overview'];

function Counts(props: { entities: number; claims: number; sources: number; testid: string }) {
  const items = [
    ['entities', 'ds_entities', props.entities],
    ['claims', 'ds_claims', props.claims],
    ['sources', 'ds_sources', props.sources],
  ] as const;
  return (
    <dl class="ds-counts">
      {items.map(([kind, label, value]) => (
        <div key={kind}>
          <dt>{t(label)}</dt>
          <dd data-testid={`${props.testid}-${kind}`}>{formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function DatasetItem({ dataset: d }: { dataset: DatasetSummary }) {
  return (
    <li class="ds-dataset" data-testid="ds-dataset" data-dataset-id={d.id}>
      <h4 class="ds-dataset-name">{d.name}</h4>
      <dl class="ds-meta">
        <div>
          <dt>{t('ds_version')}</dt>
          <dd data-testid="ds-dataset-version">{d.version}</dd>
        </div>
        <div>
          <dt>{t('ds_published')}</dt>
          <dd>
            <time dateTime={d.publishedAt}>{formatDateTime(d.publishedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('ds_installed_on')}</dt>
          <dd>
            <time dateTime={d.installedAt}>{formatDateTime(d.installedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('ds_origin')}</dt>
          <dd>{t(d.id === BUNDLED_DATASET_ID ? 'ds_origin_bundled' : 'ds_origin_imported')}</dd>
        </div>
      </dl>
      <Counts entities={d.entityCount} claims={d.claimCount} sources={d.sourceCount} testid="ds-dataset-count" />
    </li>
  );
}

export function InstalledDatasets({ overview, error }: { overview: Overview | null; error: string | null }) {
  return (
    <section class="ds-block" aria-labelledby="ds-installed-heading" aria-busy={!overview && !error}>
      <h3 id="ds-installed-heading">{t('ds_installed_heading')}</h3>
      {error ? (
        <p class="ds-error-text" role="alert">
          {t('ds_load_failed', error)}
        </p>
      ) : !overview ? (
        <p class="ds-muted">{t('ds_loading')}</p>
      ) : (
        <>
          {overview.datasets.length === 0 ? (
            <p>{t('ds_none_installed')}</p>
          ) : (
            <ul class="ds-datasets">
              {overview.datasets.map((d) => (
                <DatasetItem key={d.id} dataset={d} />
              ))}
            </ul>
          )}
          <div class="ds-totals" data-testid="ds-totals">
            <h4>{t('ds_totals_heading')}</h4>
            <p class="ds-muted">{t('ds_totals_note')}</p>
            <Counts entities={overview.entityCount} claims={overview.claimCount} sources={overview.sourceCount} testid="ds-total" />
          </div>
        </>
      )}
    </section>
  );
}
