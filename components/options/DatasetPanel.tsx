import type { ResponseMap } from '../../lib/messages/protocol';
import { formatDateTime, plural } from './format';

type Overview = ResponseMap['dataset.overview'];

/** The installed datasets: name, version, publication date and how many entities, claims and sources each has. */
export function DatasetPanel({ overview, error }: { overview: Overview | null; error: string | null }) {
  return (
    <section class="panel" data-testid="dataset-summary" aria-labelledby="datasets-heading" aria-busy={!overview && !error}>
      <h2 id="datasets-heading">{overview && overview.datasets.length > 1 ? 'Installed datasets' : 'Installed dataset'}</h2>
      {error ? (
        <p class="error" role="alert">
          Could not read the datasets: {error}
        </p>
      ) : !overview ? (
        <p class="muted">Loading…</p>
      ) : overview.datasets.length === 0 ? (
        <p>No dataset is installed.</p>
      ) : (
        <ul class="datasets">
          {overview.datasets.map((d) => (
            <li key={d.id} class="dataset" data-dataset-id={d.id}>
              <p class="dataset-name">{d.name}</p>
              <p class="muted">
                Version <span data-testid="dataset-version">{d.version}</span>, published <time dateTime={d.publishedAt}>{formatDateTime(d.publishedAt)}</time>
              </p>
              <dl class="counts">
                <div>
                  <dt>Entities</dt>
                  <dd data-testid="entity-count">{d.entityCount.toLocaleString()}</dd>
                </div>
                <div>
                  <dt>Claims</dt>
                  <dd data-testid="claim-count">{d.claimCount.toLocaleString()}</dd>
                </div>
                <div>
                  <dt>Sources</dt>
                  <dd data-testid="source-count">{d.sourceCount.toLocaleString()}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {overview && overview.datasets.length > 0 && overview.entityCount !== sum(overview.datasets.map((d) => d.entityCount)) && (
        <p class="muted">In total, with your own entries: {plural(overview.entityCount, 'entity', 'entities')}, {plural(overview.claimCount, 'claim', 'claims')}, {plural(overview.sourceCount, 'source', 'sources')}.</p>
      )}
    </section>
  );
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
