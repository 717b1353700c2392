import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../lib/messages/client';
import type { ResponseMap } from '../../lib/messages/protocol';
import { t } from '../i18n';
import { DatasetsSection } from './datasets/DatasetsSection';
import { EntityEditor } from './editor/EntityEditor';
import { EntitiesSection } from './EntitiesSection';
import { EntityView } from './EntityView';
import { uiLocale } from './format';
import { INITIAL_LIST_STATE, type ListState, type ScrollMemory } from './list-state';
import { OptionsNav } from './OptionsNav';
import { entityHref, LIST_HREF, navigate, sectionOf, type Route } from './route';
import { SettingsSection } from './settings/SettingsSection';
import { SnippetsSection } from './snippets/SnippetsSection';
import { useDataChanges } from './useDataChanges';
import { useHashRoute } from './useHashRoute';

const SECTION_TITLE_KEYS = { entities: 'opt_nav_entities', snippets: 'lib_nav_snippets', datasets: 'opt_nav_datasets', settings: 'opt_nav_settings' } as const;

/** The options page: a header with the sections' navigation, and the view the hash route names (route.ts). */
export function OptionsApp({ client }: { client: Client }) {
  const route = useHashRoute();
  const [overview, setOverview] = useState<ResponseMap['dataset.overview'] | null>(null);
  const [overviewError, setOverviewError] = useState<string | null>(null);
  // Kept here rather than in the list so the query, filters and place survive a visit to an entity.
  const [list, setList] = useState<ListState>(INITIAL_LIST_STATE);
  const scroll = useRef<ScrollMemory>({ scrollTop: 0 }).current;
  const main = useRef<HTMLElement>(null);
  const routeKey = JSON.stringify(route);
  const firstRoute = useRef(true);
  // Bumped when the background applied a change (an import or sync, here or elsewhere): what is
  // shown is read again without a reload.
  const dataVersion = useDataChanges();

  // The page's language is the one its messages came in (English when the browser's has none).
  useEffect(() => {
    document.documentElement.lang = uiLocale();
  }, []);

  // Read again on every navigation and data change: an edit, a deletion or an import may have changed the counts.
  useEffect(() => {
    client({ type: 'dataset.overview' }).then(
      (o) => {
        setOverview(o);
        setOverviewError(null);
      },
      (e: unknown) => setOverviewError(e instanceof Error ? e.message : String(e)),
    );
  }, [client, routeKey, dataVersion]);

  useEffect(() => {
    const section = sectionOf(route);
    // The entity view names the page after the entity once it has loaded.
    if (route.name !== 'entity') document.title = `${t(SECTION_TITLE_KEYS[section])} – ${t('extName')}`;
    // After moving to another section, focus its heading so screen readers announce where they are.
    // Not on load (the page starts at the top), and not for views that place focus themselves.
    if (firstRoute.current) firstRoute.current = false;
    else if (route.name === 'entities' || route.name === 'snippets' || route.name === 'datasets' || route.name === 'settings') {
      const heading = main.current?.querySelector('h2');
      if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading?.focus();
    }
  }, [routeKey]);

  const datasetNames = Object.fromEntries((overview?.datasets ?? []).map((d) => [d.id, d.name]));

  return (
    <>
      <header class="site-header">
        <div class="brand">
          <h1>{t('extName')}</h1>
          <p class="tagline">{t('opt_tagline')}</p>
        </div>
        <OptionsNav current={sectionOf(route)} />
      </header>
      <main ref={main}>{view(route)}</main>
    </>
  );

  function view(r: Route) {
    switch (r.name) {
      case 'entities':
        return (
          <EntitiesSection
            client={client}
            overview={overview}
            overviewError={overviewError}
            list={list}
            scroll={scroll}
            onListChange={(patch) => setList((s) => ({ ...s, ...patch }))}
            dataVersion={dataVersion}
          />
        );
      case 'entity':
        return <EntityView key={r.id} client={client} id={r.id} datasetNames={datasetNames} dataVersion={dataVersion} />;
      case 'edit':
        return <EntityEditor key={r.id} client={client} id={r.id} onDone={(savedId) => navigate(entityHref(savedId ?? r.id))} />;
      case 'new':
        return <EntityEditor client={client} onDone={(savedId) => navigate(savedId ? entityHref(savedId) : LIST_HREF)} />;
      case 'snippets':
        return <SnippetsSection client={client} />;
      case 'datasets':
        return <DatasetsSection client={client} dataVersion={dataVersion} />;
      case 'settings':
        return <SettingsSection />;
    }
  }
}
