/**
 * Dossier speaks the browser's language: a Chromium started in Ukrainian (`--lang=uk`) shows the
 * options page and the in-page popover in Ukrainian. Every other test runs in English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, waitForHighlights, type LaunchedBrowser } from '../support/browser';
import { markOf, waitForPopover } from '../support/popover';
import { startServer, type StaticServer } from '../support/server';

let uk: LaunchedBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  uk = await launchWithExtension({ args: ['--lang=uk'] });
});

afterAll(async () => {
  await uk?.close();
  await server?.close();
});

describe('in a Ukrainian browser', () => {
  it('shows the options page in Ukrainian', async () => {
    const page = await uk.context.newPage();
    await page.goto(extensionUrl(uk.extensionId, 'options.html#/entities'));
    await expect.poll(() => page.getByTestId('nav-entities').innerText(), { timeout: 15_000 }).toBe('Сутності');
    await expect.poll(() => page.getByTestId('nav-datasets').innerText()).toBe('Набори даних');
    await page.close();
  });

  it('shows the popover in Ukrainian', async () => {
    const page = await uk.context.newPage();
    await page.goto(server.url('popover.html'));
    await waitForHighlights(page, { timeout: 10_000 });
    await markOf(page, 'dmytro-kuleba').hover();
    await waitForPopover(page, true, 10_000);
    // The card shows "loading" first; wait for the entity itself.
    const openButton = () =>
      page.evaluate(() => document.querySelector('dossier-popover')?.shadowRoot?.querySelector('[data-testid="popover-open-options"]')?.textContent ?? '');
    await expect.poll(openButton, { timeout: 10_000 }).not.toBe('');
    const open = await openButton();
    expect(open).toMatch(/[\u0400-\u04FF]/);
    expect(open).not.toMatch(/Open in Dossier/);
    await page.close();
  });
});
