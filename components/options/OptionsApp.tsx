import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../../lib/messages/client';
import type { ResponseMap } from '../../lib/messages/protocol';
import { DatasetPanel } from './DatasetPanel';
import { EntitySearch } from './EntitySearch';
import { EntityView } from './EntityView';
import { useHashRoute } from './useHashRoute';

/** The options page: installed datasets and entity search at `#/`, one entity at `#/entity/<id>`. */
export function OptionsApp({ client }: { client: Client }) {
  const route = useHashRoute();
  const [overview, setOverview] = useState<ResponseMap['dataset.overview'] | null>(null);
  const [overviewError, setOverviewError] = useState<string | null>(null);
  // Kept here rather than in EntitySearch so the query survives a visit to an entity and back.
  const [query, setQuery] = useState('');

  useEffect(() => {
    client({ type: 'dataset.overview' }).then(setOverview, (e: unknown) => setOverviewError(e instanceof Error ? e.message : String(e)));
  }, [client]);

  useEffect(() => {
    if (route.name === 'list') document.title = 'Dossier';
  }, [route]);

  return (
    <>
      <header class="site-header">
        <h1>Dossier</h1>
        <p class="tagline">People, companies and institutions in the news, with sourced context.</p>
      </header>
      <main>
        {route.name === 'entity' ? (
          <EntityView key={route.id} client={client} id={route.id} />
        ) : (
          <>
            <DatasetPanel overview={overview} error={overviewError} />
            <EntitySearch client={client} query={query} onQueryChange={setQuery} />
          </>
        )}
      </main>
    </>
  );
}
