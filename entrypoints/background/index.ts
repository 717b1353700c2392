import seed from '../../seeds/dossier-seed.json';
import { createHandlers } from '../../lib/background/handlers';
import { handleMessage } from '../../lib/background/router';
import { createSeedRunner } from '../../lib/background/seed-runner';
import { DossierDb } from '../../lib/db/database';
import { DATA_CHANGED } from '../../lib/messages/notices';
import type { PageRequest } from '../../lib/messages/protocol';
import { SYNC_ALARM, syncAlarmToCreate } from '../../lib/sync/alarms';
import { createSyncService } from '../../lib/sync/subscription';

export default defineBackground(() => {
  // Tells every tab's content script; tabs without one (or not yet loaded) are skipped.
  const broadcastToTabs = async (message: PageRequest) => {
    const tabs = await browser.tabs.query({});
    await Promise.allSettled(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message))));
  };
  // Tells open extension pages (options pages) to read their data again; with none open the
  // browser rejects ("Receiving end does not exist"), which is fine.
  const noticeToPages = () => void browser.runtime.sendMessage(DATA_CHANGED).catch(() => undefined);

  const db = new DossierDb();
  // Dataset sync fetches from here, never from a content script; after an update or rollback the
  // lexicon is stale and open tabs re-annotate.
  const sync = createSyncService({
    db,
    fetch: (url, init) => fetch(url, init),
    changed: () => {
      handlers.invalidateLexicon();
      void broadcastToTabs({ type: 'lexicon.changed' });
      noticeToPages();
    },
  });
  const handlers = createHandlers(db, {
    sync,
    async openOptions(entityId) {
      const url = browser.runtime.getURL('/options.html') + (entityId ? `#/entity/${entityId}` : '');
      await browser.tabs.create({ url });
    },
    async openTab(url) {
      return (await browser.tabs.create({ url })).id;
    },
    async setBadge(tabId, count) {
      await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' });
    },
    onDataChanged() {
      void broadcastToTabs({ type: 'lexicon.changed' });
      noticeToPages();
    },
  });
  const seeding = createSeedRunner(db, seed, {
    onChanged: () => handlers.invalidateLexicon(),
    onError: (error) => console.error('Dossier: the bundled dataset could not be applied', error),
  });

  // At every start of the service worker (idempotent: a no-op when the version is installed) and
  // on install/update; messages wait for the runs queued so far.
  void seeding.run();
  browser.runtime.onInstalled.addListener(() => void seeding.run());

  // Automatic dataset checks: one periodic alarm, made sure of at every start of the worker (the
  // browser may have dropped it); each wake checks the subscriptions whose interval has passed
  // (lib/sync/alarms.ts). onStartup makes the browser start the worker when it starts: Firefox
  // keeps no alarm across restarts, and without it the alarm (and a check that fell due while the
  // browser was closed) would wait for the first page a content script runs in.
  const ensureSyncAlarm = () =>
    browser.alarms
      .get(SYNC_ALARM)
      .then((alarm) => {
        const schedule = syncAlarmToCreate(alarm);
        return schedule ? browser.alarms.create(SYNC_ALARM, schedule) : undefined;
      })
      .catch((error: unknown) => console.error('Dossier: the dataset check alarm could not be set', error));
  void ensureSyncAlarm();
  browser.runtime.onStartup.addListener(() => void ensureSyncAlarm());
  // Registered synchronously in main: a worker the alarm wakes would miss the event otherwise.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SYNC_ALARM) return;
    void seeding
      .ready()
      .then(() => sync.checkDue())
      .catch((error: unknown) => console.error('Dossier: automatic dataset check failed', error));
  });

  // "Save snippet" on a selection: the page saves it, as the Alt+Shift+S command does. Menu items
  // persist, so they are (re)created on install and update only.
  const SNIPPET_MENU = 'dossier-save-snippet';
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SNIPPET_MENU, title: browser.i18n.getMessage('snip_menu'), contexts: ['selection'] }, () => void browser.runtime.lastError);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SNIPPET_MENU || tab?.id === undefined) return;
    const message: PageRequest = { type: 'snippet.capture' };
    void browser.tabs.sendMessage(tab.id, message, { frameId: info.frameId ?? 0 }).catch(() => undefined);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'save-snippet') return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      const message: PageRequest = { type: 'snippet.capture' };
      if (tabId !== undefined) await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    })();
  });

  // Alt+Shift+J (wxt.config.ts): the page moves focus to its next highlight, which opens its card.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'next-highlight') return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      const message: PageRequest = { type: 'page.next' };
      // A page without the content script (chrome://, the store, not loaded yet) has nothing to move to.
      if (tabId !== undefined) await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    })();
  });

  const extensionId = browser.runtime.id;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // sendResponse + `return true` rather than returning a promise: Chrome supports promise returns
  // from onMessage listeners only in recent versions.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(message, sender, { extensionId, extensionOrigin, handle: handlers.handle, ready: seeding.ready }).then(sendResponse);
    return true;
  });
});
