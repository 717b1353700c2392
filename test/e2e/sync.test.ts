/**
 * Dataset sync in real Chromium, against a real HTTP server on 127.0.0.1 that publishes version 1,
 * then 2, then a broken 3 of a small invented dataset (test/fixtures/sync/): subscribe → v1
 * installed and highlighted; v2 published → "Check now" → summary → apply → the new entity is
 * highlighted in a tab that was already open; v3 (hash mismatch) → refused with its error, the
 * database unchanged; roll back → v1 again.
 *
 * The permission prompt. Subscribing asks `permissions.request({ origins: [origin + '/*'] })`.
 * Measured in Chromium 156 (Debian, this machine): although the content script's `http://*\/*` and
 * `https://*\/*` matches already let the service worker fetch any site (the worker's fetch of the
 * test server succeeds before any request), `permissions.contains` for that one origin is false
 * and `permissions.request` opens the browser's prompt, headless included; it never resolves
 * without a person. `--apps-gallery-install-auto-confirm-for-tests=accept` does not answer it.
 * The prompt is browser UI that automation cannot click, so this test answers it: an init script
 * replaces `chrome.permissions.request` in the options page with one that records what was asked
 * and grants it. The test checks the extension asked for exactly the server's origin.
 * Measured in firefox-esr 153: the content script's matches are granted at install
 * (`permissions.getAll()` lists them) and `permissions.contains` for the server's origin is true,
 * so a Firefox user is not prompted (Firefox asks only for what is not granted yet); the stub stays.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, mentionsOf, waitForHighlights, type LaunchedBrowser } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';
import { publishSync, SYNC_ARTICLE, syncData } from './support/sync-publisher';

let browser: LaunchedBrowser;
let server: StaticServer;
const errors: string[] = [];

/** Every row of the dataset tables, read in the service worker with the raw IndexedDB API. */
async function dumpData(): Promise<Record<string, unknown[]>> {
  return browser.worker!.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('dossier');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, unknown[]> = {};
    // The lexicon cache and the subscription's "last check" record may change; the data may not.
    for (const name of Array.from(db.objectStoreNames).filter((n) => n !== 'cache' && n !== 'subscriptions')) {
      out[name] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return out;
  });
}

beforeAll(async () => {
  server = await startServer();
  server.route('/sync-article.html', SYNC_ARTICLE);
  publishSync(server, '1.0.0');
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openDatasets(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  // A string: it runs in the options page, where `chrome` exists (Node's types do not have it).
  await page.addInitScript(`
    window.__asked = [];
    chrome.permissions.request = async (p) => {
      window.__asked.push(p.origins || []);
      return true;
    };
  `);
  await page.goto(extensionUrl(browser.extensionId, 'options.html#/datasets'));
  await page.getByTestId('sync-panel').waitFor({ timeout: 15_000 });
  return page;
}

const entityIds = async (page: Page) => new Set((await mentionsOf(page)).map((m) => m.entityId));

describe('dataset sync', () => {
  it('subscribes, updates, refuses a broken version and rolls back', async () => {
    const options = await openDatasets();
    const card = options.locator('[data-testid="sync-subscription"][data-dataset-id="test-sync"]');
    const installed = card.getByTestId('sync-installed-version');

    // Subscribe: v1 is installed at once.
    await options.getByTestId('sync-url').fill(server.url('sync/manifest.json'));
    await options.getByTestId('sync-subscribe').click();
    await expect.poll(() => installed.textContent(), { timeout: 15_000 }).toBe('1.0.0');
    expect(await options.evaluate(() => (window as unknown as { __asked: string[][] }).__asked)).toEqual([[`${server.origin}/*`]]);
    expect(await card.getByTestId('sync-last-check').getAttribute('data-result')).toBe('installed');
    // The installed list names where the dataset came from: this subscription, with its manifest.
    const origin = options.locator('[data-testid="ds-dataset"][data-dataset-id="test-sync"] [data-testid="ds-dataset-origin"]');
    await expect.poll(() => origin.getAttribute('data-origin'), { timeout: 10_000 }).toBe('subscription');
    expect(await origin.innerText()).toContain(server.url('sync/manifest.json'));
    expect(await options.locator('[data-testid="ds-dataset"][data-dataset-id="dossier-seed"] [data-testid="ds-dataset-origin"]').getAttribute('data-origin')).toBe('bundled');

    const article = await browser.context.newPage();
    await article.goto(server.url('sync-article.html'));
    await waitForHighlights(article, { min: 2, timeout: 10_000 });
    expect(await entityIds(article)).toContain('test-person-one');
    expect(await entityIds(article)).not.toContain('test-company-two');

    // v2: Check now → summary → apply; the open tab re-annotates with the new entity.
    publishSync(server, '2.0.0');
    await card.getByTestId('sync-check').click();
    const pending = card.getByTestId('sync-pending');
    await pending.waitFor({ timeout: 15_000 });
    expect(await pending.getAttribute('data-version')).toBe('2.0.0');
    expect(await pending.locator('tr[data-kind="entities"] td[data-change="added"]').innerText()).toBe('1');
    expect(await installed.textContent()).toBe('1.0.0');
    await card.getByTestId('sync-apply').click();
    await expect.poll(() => installed.textContent(), { timeout: 15_000 }).toBe('2.0.0');
    await expect.poll(() => entityIds(article), { timeout: 10_000 }).toContain('test-company-two');
    expect(await card.getByTestId('sync-rollback').innerText()).toContain('1.0.0');

    // v3, altered after its manifest was made: refused, with its error, and nothing written.
    const before = await dumpData();
    const v3 = syncData('3.0.0');
    const tampered = Buffer.from(v3.toString('utf8').replace('Test Agency Three', 'Test Agency 3hree'));
    publishSync(server, '3.0.0', tampered, v3);
    await card.getByTestId('sync-check').click();
    const last = card.getByTestId('sync-last-check');
    await expect.poll(() => last.getAttribute('data-result'), { timeout: 15_000 }).toBe('failed');
    expect(await last.getAttribute('data-version')).toBe('3.0.0');
    expect(await card.getByTestId('sync-problem').getAttribute('data-code')).toBe('hash-mismatch');
    expect(await card.getByTestId('sync-problem').innerText()).toMatch(/SHA-256/);
    expect(await installed.textContent()).toBe('2.0.0');
    expect(await dumpData()).toEqual(before);

    // Roll back: v1 again, and the tab loses the entity v2 brought.
    await card.getByTestId('sync-rollback').click();
    await expect.poll(() => installed.textContent(), { timeout: 15_000 }).toBe('1.0.0');
    await expect.poll(() => entityIds(article), { timeout: 10_000 }).not.toContain('test-company-two');
    expect(await entityIds(article)).toContain('test-person-one');
    expect(await card.getByTestId('sync-rollback').count()).toBe(0);

    await article.close();
    await options.close();
    expect(errors).toEqual([]);
  });
});
