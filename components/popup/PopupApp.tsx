/** The toolbar popup: what Dossier found on the current page, the site switch, the way to Dossier. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityListItem } from '../../lib/messages/protocol';
import type { Settings } from '../../lib/settings/settings';
import { entriesFor, isHostEnabled } from '../../lib/settings/sites';
import { t } from '../i18n';
import { PageContent } from './PageContent';
import type { PageState, PopupPorts } from './ports';
import { SiteSwitch } from './SiteSwitch';

/** The page changes while the popup is open (the switch, a page still loading): ask again this often. */
const REFRESH_MS = 800;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function PopupApp({ ports }: { ports: PopupPorts }) {
  const [page, setPage] = useState<PageState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [names, setNames] = useState<ReadonlyMap<string, EntityListItem>>(new Map());
  const [namesError, setNamesError] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');
  const [shortcut, setShortcut] = useState('');
  const asked = useRef(new Set<string>());

  useEffect(() => {
    void ports.loadSettings().then(setSettings);
    void ports.shortcut().then(setShortcut, () => setShortcut(''));
    return ports.watchSettings(setSettings);
  }, [ports]);

  useEffect(() => {
    let live = true;
    const refresh = () => ports.loadPage().then((state) => live && setPage(state));
    void refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [ports]);

  // Names come from the dataset, asked once per entity.
  useEffect(() => {
    if (page?.kind !== 'ready') return;
    const missing = page.summary.entities.map((e) => e.id).filter((id) => !asked.current.has(id));
    if (!missing.length) return;
    missing.forEach((id) => asked.current.add(id));
    ports.loadNames(missing).then(
      (found) => setNames((known) => new Map([...known, ...found.map((e) => [e.id, e] as const)])),
      (e: unknown) => setNamesError(t('popup_names_failed', errorText(e))),
    );
  }, [page, ports]);

  const host = page?.kind === 'ready' ? page.summary.host : page?.kind === 'no-script' ? page.host : '';
  const on = settings && host ? isHostEnabled(settings, host) : page?.kind === 'ready' && page.summary.enabled;

  const toggle = async () => {
    setSaving(true);
    setSaveError('');
    try {
      await ports.toggleSite(host);
    } catch (e) {
      setSaveError(t('popup_save_failed', errorText(e)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <header class="head">
        <h1>{t('extName')}</h1>
      </header>
      {host && settings && (
        <SiteSwitch host={host} on={!!on} coveredBy={entriesFor(settings, host)} busy={saving} onToggle={() => void toggle()} />
      )}
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      <main class="body" aria-busy={page === null}>
        <PageContent page={page} on={!!on} names={names} namesError={namesError} settings={settings} ports={ports} />
      </main>
      <footer class="foot">
        {shortcut && <p class="shortcut">{t('popup_shortcut', shortcut)}</p>}
        <div class="actions">
          <button type="button" class="link" onClick={() => ports.openSettings()} data-testid="popup-open-settings">
            {t('popup_settings')}
          </button>
          <button type="button" class="primary" onClick={() => ports.openDossier()} data-testid="popup-open-dossier">
            {t('popup_open_dossier')}
          </button>
        </div>
      </footer>
    </>
  );
}
