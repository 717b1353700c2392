import type { Client } from '../../lib/messages/client';
import type { ResponseMap } from '../../lib/messages/protocol';
import { t } from '../i18n';
import { EntityList } from './EntityList';
import { countText } from './format';
import type { ListState, ScrollMemory } from './list-state';
import { NEW_HREF } from './route';
import { isolateQuoted } from './quotedText';

type Overview = ResponseMap['dataset.overview'];

interface Props {
  client: Client;
  overview: Overview | null;
  overviewError: string | null;
  list: ListState;
  scroll: ScrollMemory;
  onListChange(patch: Partial<ListState>): void;
  /** Changes when the background reports new data (useDataChanges). */
  dataVersion?: number;
}

/** The Entities section: how much the database holds, a button for a new entity, and the entity list. */
export function EntitiesSection({ client, overview, overviewError, list, scroll, onListChange, dataVersion }: Props) {
  return (
    <section class="panel" aria-labelledby="entities-heading" data-testid="entities-section">
      <div class="section-head">
        <div>
          <h2 id="entities-heading" tabIndex={-1}>
            {t('opt_nav_entities')}
          </h2>
          <p class="muted counts-line" data-testid="dataset-summary" aria-busy={!overview && !overviewError}>
            {overviewError ? t('opt_counts_failed', isolateQuoted(overviewError)) : overview ? countsLine(overview) : t('opt_loading')}
          </p>
        </div>
        <a class="button primary" href={NEW_HREF} data-testid="new-entity">
          {t('opt_new_entity')}
        </a>
      </div>
      <EntityList client={client} state={list} scroll={scroll} datasets={overview?.datasets ?? []} onChange={onListChange} dataVersion={dataVersion} />
    </section>
  );
}

/** "45 entities · 81 claims · 5 sources · 1 dataset". */
function countsLine(o: Overview): string {
  return [
    countText('opt_count_entities', o.entityCount),
    countText('opt_count_claims', o.claimCount),
    countText('opt_count_sources', o.sourceCount),
    countText('opt_count_datasets', o.datasets.length),
  ].join(' · ');
}
