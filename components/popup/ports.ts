/**
 * What the toolbar popup needs from the browser, behind one interface so PopupApp stays
 * prop-driven: the tab it describes, that tab's page, names from the dataset, the settings.
 *
 * The popup describes the active tab of its window. `popup.html?tab=<id>` describes tab <id>
 * instead: the end-to-end tests open the popup as an ordinary page next to the article they
 * check (a real popup cannot be opened from a test), and it is handy for debugging.
 */
import type { EntityListItem, PageRequest, PageResponseMap } from '../../lib/messages/protocol';
import { createClient } from '../../lib/messages/client';
import type { Settings } from '../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import { isWebPage, toggleSite } from '../../lib/settings/sites';

export type PageSummary = PageResponseMap['page.summary'];

export type PageState =
  /** The content script answered. */
  | { kind: 'ready'; summary: PageSummary }
  /** A page no extension may read: browser pages, the web store. */
  | { kind: 'not-web' }
  /** A web page without Dossier running: open since before the install, or still loading. */
  | { kind: 'no-script'; host: string }
  /** No answer, and the tab's URL is not ours to read: one of the two above. */
  | { kind: 'unreachable' }
  | { kind: 'no-tab' };

export interface PopupPorts {
  loadPage(): Promise<PageState>;
  loadNames(ids: string[]): Promise<EntityListItem[]>;
  loadSettings(): Promise<Settings>;
  watchSettings(listener: (settings: Settings) => void): () => void;
  toggleSite(host: string): Promise<void>;
  /** Shows an entity on the page, then closes the popup. */
  reveal(entityId: string): Promise<void>;
  openDossier(): void;
  openSettings(): void;
  reloadTab(): void;
  /** The keys of the next-highlight command, or '' when none is set. */
  shortcut(): Promise<string>;
}

export function browserPorts(search: string): PopupPorts {
  const request = createClient((message) => browser.runtime.sendMessage(message));
  const wanted = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  const findTab = async () =>
    Number.isInteger(wanted) ? browser.tabs.get(wanted).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = findTab().then((tab) => tab?.id);
  const send = async <T extends PageRequest['type']>(message: Extract<PageRequest, { type: T }>): Promise<PageResponseMap[T]> => {
    const id = await tabId;
    if (id === undefined) throw new Error('no tab');
    return (await browser.tabs.sendMessage(id, message)) as PageResponseMap[T];
  };
  const done = () => window.close();

  return {
    async loadPage() {
      const tab = await findTab();
      if (tab?.id === undefined) return { kind: 'no-tab' };
      try {
        const summary = await send({ type: 'page.summary' });
        if (summary && Array.isArray(summary.entities)) return { kind: 'ready', summary };
      } catch {
        // No content script in that tab: say why, as far as the URL tells.
      }
      if (!tab.url) return { kind: 'unreachable' };
      if (!isWebPage(tab.url)) return { kind: 'not-web' };
      return { kind: 'no-script', host: new URL(tab.url).hostname };
    },
    loadNames: async (ids) => (await request({ type: 'entity.brief', ids })).entities,
    loadSettings: () => loadSettings(browser.storage.local),
    watchSettings: (listener) => watchSettings(browser.storage.onChanged, listener),
    toggleSite: async (host) => void (await updateSettings(browser.storage.local, (s) => toggleSite(s, host))),
    async reveal(entityId) {
      await send({ type: 'page.reveal', entityId }).catch(() => undefined);
      done();
    },
    openDossier() {
      void browser.runtime.openOptionsPage().then(done);
    },
    openSettings() {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/settings') }).then(done);
    },
    reloadTab() {
      void tabId.then((id) => (id === undefined ? undefined : browser.tabs.reload(id))).then(done);
    },
    async shortcut() {
      const commands = await browser.commands.getAll();
      return commands.find((c) => c.name === 'next-highlight')?.shortcut ?? '';
    },
  };
}
