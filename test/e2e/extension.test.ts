/**
 * Smoke test of the harness and the build: the extension loads in the browser under test, its
 * background runs, its manifest asks for what the other tests rely on, and the options page opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, IS_FIREFOX, launchWithExtension, type LaunchedBrowser } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';

/** The extension's APIs where the evaluated functions run (extension pages). */
declare const chrome: typeof import('wxt/browser').browser;

let browser: LaunchedBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built extension', () => {
  it('loads, with a background service worker (Firefox: event page) and an extension id', async () => {
    if (IS_FIREFOX) {
      // Firefox runs an MV3 background as an event page; asking for it wakes it if it was idle.
      expect(browser.extensionOrigin).toBe(`moz-extension://${browser.extensionId}`);
      const background = await browser.worker!.evaluate(async () => {
        const page = (await chrome.runtime.getBackgroundPage()) as unknown as { location: Location } | null;
        return page?.location.href ?? '';
      });
      expect(background).toMatch(new RegExp(`^moz-extension://${browser.extensionId}/`));
      return;
    }
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.worker?.url()).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/`));
  });

  it('declares a content script for http(s) pages', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(extensionUrl(browser.extensionId, 'manifest.json'));
      const manifest = JSON.parse((await page.locator('body').innerText()).trim()) as {
        manifest_version: number;
        content_scripts?: { matches: string[] }[];
        options_ui?: { page: string };
        options_page?: string;
      };
      expect(manifest.manifest_version).toBe(3);
      const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
      expect(matches.some((m) => m === '<all_urls>' || m.startsWith('http://') || m.startsWith('*://'))).toBe(true);
      expect(manifest.options_ui?.page ?? manifest.options_page).toBe('options.html');
    } finally {
      await page.close();
    }
  });

  it('opens its options page', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      const response = await page.goto(extensionUrl(browser.extensionId, 'options.html'));
      expect(response?.ok() ?? true).toBe(true);
      await page.getByTestId('dataset-summary').waitFor({ timeout: 15_000 });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the fixture server serves pages and in-memory routes', async () => {
    server.route('/__ping.html', '<!doctype html><title>ping</title><p>pong</p>');
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url('__ping.html'));
      expect(await page.locator('p').innerText()).toBe('pong');
      const missing = await page.goto(server.url('no-such-page.html'));
      expect(missing?.status()).toBe(404);
    } finally {
      await page.close();
    }
  });
});
