/**
 * Automatic dataset checks in real Chromium: the extension's own `browser.alarms` alarm wakes a
 * stopped service worker, which checks the subscription that is due and, trusted, applies the new
 * version; a tab that was open all along highlights the entity it brought. Against a real HTTP
 * server on 127.0.0.1 publishing test/fixtures/sync/ (see sync.test.ts for the permission prompt,
 * answered here the same way).
 *
 * What is real and what is arranged. Real: the subscription (made in the options page, trusted,
 * hourly: the shortest interval offered), the alarm the background created for itself at start
 * (read back, not made up), its onAlarm listener, the check, the apply and the broadcast to tabs.
 * Arranged, because nobody waits an hour in a test: (1) the subscription's last check is moved two
 * hours back, written into IndexedDB as that wait would leave it; (2) the alarm is re-created
 * under its own name and period, due in one second rather than in up to 30 minutes (unpacked
 * extensions may set alarms this short; Chromium 156 fires it within about a second). Nothing else
 * calls a check: the test would time out if the background's onAlarm listener were missing or
 * registered too late for a worker the alarm wakes. Checked on copies of the build: without the
 * listener, and with it registered after the worker's first database read, this test fails (a
 * listener added in a setTimeout(0) still gets the event in Chromium 156).
 *
 * The service worker is stopped (CDP Target.closeTarget, as DevTools' "stop") before the alarm is
 * due, so the worker that handles it is one the alarm started, as after the browser has been idle.
 * Firefox runs the background as an event page, which nothing outside can stop: launched with a
 * 3-second idle timeout (pref extensions.background.idle.timeout, 30 s by default), the test waits
 * until it has unloaded by itself.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALARM_FIRST_DELAY_MINUTES, ALARM_PERIOD_MINUTES, CHECK_INTERVALS, SYNC_ALARM } from '../../lib/sync/alarms';
import { extensionUrl, IS_FIREFOX, launchWithExtension, mentionsOf, waitForHighlights, type LaunchedBrowser } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';
import { publishSync, SYNC_ARTICLE } from './support/sync-publisher';

/** The extension API in extension pages (Node's types have no `chrome`). */
declare const chrome: typeof import('wxt/browser').browser;

const DATASET = 'test-sync';
const HOUR = 3_600_000;
/** How long Firefox's background event page may idle before it unloads (pref, in ms). */
const FIREFOX_IDLE_MS = 3_000;

let browser: LaunchedBrowser;
let server: StaticServer;
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  server.route('/sync-article.html', SYNC_ARTICLE);
  publishSync(server, '1.0.0');
  // Firefox: its MV3 background is an event page that unloads itself once idle; a short idle
  // timeout (default 30 s) lets the test wait for that instead of stopping it (see stopWorker).
  browser = await launchWithExtension({ firefoxPrefs: { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The options page's Datasets section, with the permission prompt answered (see sync.test.ts). */
async function openDatasets(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.addInitScript(`chrome.permissions.request = async () => true;`);
  await page.goto(extensionUrl(browser.extensionId, 'options.html#/datasets'));
  await page.getByTestId('sync-panel').waitFor({ timeout: 15_000 });
  return page;
}

/** The extension's alarm as Chromium holds it, read from an extension page (same API as the worker's). */
const readAlarm = (page: Page) => page.evaluate((name) => chrome.alarms.get(name), SYNC_ALARM);

/** Stops the extension's service worker (as DevTools' "stop" does) and waits until it is gone. */
async function stopWorker(page: Page): Promise<void> {
  if (IS_FIREFOX) {
    // Nothing stops an event page from outside: wait until, idle, it has unloaded by itself, which
    // is what an idle browser does to it (while it runs, Firefox lists it among the extension's
    // views as _generated_background_page.html).
    const running = () => page.evaluate(() => chrome.extension.getViews().some((w) => (w as unknown as { location: Location }).location.pathname.includes('background')));
    await expect.poll(running, { timeout: FIREFOX_IDLE_MS + 15_000, interval: 250 }).toBe(false);
    return;
  }
  const cdp = await browser.context.newCDPSession(page);
  const workers = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(browser.extensionOrigin));
  for (const target of await workers()) await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await expect.poll(async () => (await workers()).length, { timeout: 5_000 }).toBe(0);
  await cdp.detach();
}

/**
 * Moves the subscription's last check `hours` back, as that long a wait would leave it. Written
 * with the raw IndexedDB API from an extension page (the worker's own origin, so its database).
 */
function ageLastCheck(page: Page, hours: number): Promise<string> {
  return page.evaluate(
    ({ datasetId, ms }) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('dossier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('subscriptions', 'readwrite').objectStore('subscriptions');
          const get = store.get(datasetId);
          get.onsuccess = () => {
            const row = get.result as { lastCheck: { at: string } };
            row.lastCheck.at = new Date(Date.parse(row.lastCheck.at) - ms).toISOString();
            const put = store.put(row);
            put.onsuccess = () => {
              db.close();
              resolve(row.lastCheck.at);
            };
            put.onerror = () => reject(put.error);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { datasetId: DATASET, ms: hours * HOUR },
  );
}

const entityIds = async (page: Page) => new Set((await mentionsOf(page)).map((m) => m.entityId));

describe('automatic dataset checks (browser.alarms)', () => {
  it('the alarm wakes the worker, which checks the due subscription and applies the new version', async () => {
    const options = await openDatasets();
    const card = options.locator(`[data-testid="sync-subscription"][data-dataset-id="${DATASET}"]`);
    const installed = card.getByTestId('sync-installed-version');

    // Subscribe as a person would: trusted (updates apply by themselves), checked hourly.
    const hourly = String(Math.min(...CHECK_INTERVALS));
    await options.getByTestId('sync-url').fill(server.url('sync/manifest.json'));
    await options.getByTestId('sync-form-trusted').check();
    await options.getByTestId('sync-form-interval').selectOption(hourly);
    await options.getByTestId('sync-subscribe').click();
    await expect.poll(() => installed.textContent(), { timeout: 15_000 }).toBe('1.0.0');
    expect(await card.getByTestId('sync-trusted').isChecked()).toBe(true);
    expect(await card.getByTestId('sync-interval').inputValue()).toBe(hourly);

    // The alarm the background made for itself when it started: one, periodic.
    const own = await readAlarm(options);
    expect(own).toMatchObject({ name: SYNC_ALARM, periodInMinutes: ALARM_PERIOD_MINUTES });
    expect(await options.evaluate(() => chrome.alarms.getAll().then((all) => all.length))).toBe(1);

    const article = await browser.context.newPage();
    article.on('pageerror', (e) => errors.push(`${article.url()}: ${e.message}`));
    await article.goto(server.url('sync-article.html'));
    await waitForHighlights(article, { min: 2, timeout: 10_000 });
    expect(await entityIds(article)).toContain('test-person-one');
    expect(await entityIds(article)).not.toContain('test-company-two');

    // Version 2 is published; two hours pass for the subscription; the worker, idle (the options
    // page has shown the new dataset in its list, its last request), is stopped.
    await options.locator(`[data-testid="ds-dataset"][data-dataset-id="${DATASET}"]`).waitFor({ timeout: 10_000 });
    publishSync(server, '2.0.0');
    await ageLastCheck(options, 2);
    await stopWorker(options);
    const due = await options.evaluate(
      async ({ name, periodInMinutes }) => {
        const when = Date.now() + 1_000;
        await chrome.alarms.create(name, { when, periodInMinutes });
        return when;
      },
      { name: SYNC_ALARM, periodInMinutes: own!.periodInMinutes! },
    );

    // The alarm fires, a worker starts for it, checks, applies; the open tab re-annotates.
    await expect.poll(() => entityIds(article), { timeout: 15_000, interval: 200 }).toContain('test-company-two');
    expect(await entityIds(article)).toContain('test-person-one');

    // The options page shows what the alarm's check did (it is not polled while idle: reopen).
    await options.reload();
    await expect.poll(() => installed.textContent(), { timeout: 10_000 }).toBe('2.0.0');
    const last = card.getByTestId('sync-last-check');
    expect(await last.getAttribute('data-result')).toBe('updated');
    expect(await last.getAttribute('data-version')).toBe('2.0.0');
    expect(await card.getByTestId('sync-rollback').innerText()).toContain('1.0.0');
    expect(await card.getByTestId('sync-pending').count()).toBe(0);

    // Still one alarm, rescheduled a period after it fired.
    const next = await readAlarm(options);
    expect(next?.periodInMinutes).toBe(ALARM_PERIOD_MINUTES);
    expect(next!.scheduledTime - due).toBeGreaterThanOrEqual(ALARM_PERIOD_MINUTES * 60_000 - 5_000);

    await article.close();
    await options.close();
    expect(errors).toEqual([]);
  });

  it('a worker that starts without its alarm (cleared by the browser) creates it again', async () => {
    const options = await openDatasets();
    await options.locator(`[data-testid="sync-subscription"][data-dataset-id="${DATASET}"]`).waitFor({ timeout: 10_000 });
    expect(await options.evaluate((name) => chrome.alarms.clear(name), SYNC_ALARM)).toBe(true);
    await stopWorker(options);
    const before = Date.now();
    // Any event starts the worker; here the options page's request for the subscriptions.
    await options.reload();
    await options.getByTestId('sync-panel').waitFor({ timeout: 15_000 });
    await expect.poll(() => readAlarm(options), { timeout: 10_000 }).toMatchObject({ name: SYNC_ALARM, periodInMinutes: ALARM_PERIOD_MINUTES });
    const alarm = await readAlarm(options);
    // First wake a minute after the worker started, not a whole period later.
    expect(alarm!.scheduledTime - before).toBeGreaterThanOrEqual(ALARM_FIRST_DELAY_MINUTES * 60_000 - 1_000);
    expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(ALARM_FIRST_DELAY_MINUTES * 60_000);
    await options.close();
    expect(errors).toEqual([]);
  });
});
