/** The installed datasets (name, version, dates, origin: bundled, subscription or file; counts) and the totals of the whole database. */
import { BUNDLED_DATASET_ID } from '../../../lib/db/sync-rows';
import type { DatasetSummary, ResponseMap } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { formatDateTime, formatNumber } from '../format';
import { isolateQuoted } from '../quotedText';

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

/** Where a dataset came from: the extension itself, a subscription (with its manifest), or a file. */
function Origin({ id, manifestUrl }: { id: string; manifestUrl: string | undefined }) {
  if (id === BUNDLED_DATASET_ID) return <dd data-testid="ds-dataset-origin" data-origin="bundled">{t('ds_origin_bundled')}</dd>;
  if (manifestUrl === undefined) return <dd data-testid="ds-dataset-origin" data-origin="imported">{t('ds_origin_imported')}</dd>;
  return (
    <dd data-testid="ds-dataset-origin" data-origin="subscription">
      {t('sync_origin_subscription')} <span class="ds-origin-url">{manifestUrl}</span>
    </dd>
  );
}

function DatasetItem({ dataset: d, manifestUrl }: { dataset: DatasetSummary; manifestUrl: string | undefined }) {
  return (
    <li class="ds-dataset" data-testid="ds-dataset" data-dataset-id={d.id}>
      <h4 class="ds-dataset-name">
        <bdi>{d.name}</bdi>
      </h4>
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
          <Origin id={d.id} manifestUrl={manifestUrl} />
        </div>
      </dl>
      <Counts entities={d.entityCount} claims={d.claimCount} sources={d.sourceCount} testid="ds-dataset-count" />
    </li>
  );
}

export function InstalledDatasets({
  overview,
  error,
  subscribed = {},
}: {
  overview: Overview | null;
  error: string | null;
  /** The manifest URL of each subscribed dataset, by dataset id. */
  subscribed?: Readonly<Record<string, string>>;
}) {
  return (
    <section class="ds-block" aria-labelledby="ds-installed-heading" aria-busy={!overview && !error}>
      <h3 id="ds-installed-heading">{t('ds_installed_heading')}</h3>
      {error ? (
        <p class="ds-error-text" role="alert">
          {t('ds_load_failed', isolateQuoted(error))}
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
                <DatasetItem key={d.id} dataset={d} manifestUrl={Object.hasOwn(subscribed, d.id) ? subscribed[d.id] : undefined} />
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
