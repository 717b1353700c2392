/** The options page's Datasets section: what is installed, importing a dataset file, exporting one. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import type { ResponseMap } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import './datasets.css';
import { ExportPanel } from './ExportPanel';
import { FtmImportPanel } from './FtmImportPanel';
import { ImportPanel } from './ImportPanel';
import { InstalledDatasets } from './InstalledDatasets';
import { SubscriptionsPanel } from './SubscriptionsPanel';

/** `dataVersion` changes when the background reports new data: what is installed is read again. */
export function DatasetsSection(props: { client: Client; dataVersion?: number }) {
  const { client, dataVersion = 0 } = props;
  const [overview, setOverview] = useState<ResponseMap['dataset.overview'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [subscribed, setSubscribed] = useState<Record<string, string>>({});

  const load = useCallback(() => {
    client({ type: 'dataset.overview' }).then(
      (o) => {
        setOverview(o);
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [client]);

  useEffect(load, [load, dataVersion]);

  return (
    <section class="panel ds-section" data-testid="ds-section" aria-labelledby="ds-heading">
      <h2 id="ds-heading">{t('ds_title')}</h2>
      <p class="ds-muted">{t('ds_intro')}</p>
      <InstalledDatasets overview={overview} error={error} subscribed={subscribed} />
      <SubscriptionsPanel client={client} onChanged={load} onSubscriptions={setSubscribed} dataVersion={dataVersion} />
      <ImportPanel client={client} onImported={load} />
      <FtmImportPanel client={client} onImported={load} />
      <ExportPanel client={client} />
    </section>
  );
}
