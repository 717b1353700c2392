/**
 * `npm start`: builds the extension (package.json does that first), then shows Dossier on a bundled
 * demo article.
 *
 *   With a display ($DISPLAY) and no flag: opens Chromium with the extension on the article and
 *   keeps it open until Ctrl+C (or until the window is closed).
 *   Without a display, or with --screenshots / --headless: runs headless, opens the popover on a
 *   highlight, saves a snippet, and writes test/screenshots/demo-article.png, popover.png,
 *   snippets.png, datasets.png, options.png, entity.png and popup.png
 *   (the pictures the README shows).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  DEFAULT_VIEWPORT,
  extensionUrl,
  launchWithExtension,
  MARK_SELECTOR,
  PROJECT_ROOT,
  waitForHighlights,
  type LaunchedBrowser,
} from './support/browser';
import { waitForPopoverName } from './support/popover';
import { startServer, type StaticServer } from './support/server';

const ARTICLE = 'demo-article.html';
const POPOVER_ENTITY = 'dmytro-kuleba';
// Tracked: the README shows these pictures, so they are retaken whenever the demo runs headless.
/** The extension's API inside its service worker, where the popup screenshot opens a tab. */
declare const chrome: typeof import('wxt/browser').browser;

/** An entity whose claims have dates and whose related entities make a graph. */
const TIMELINE_ENTITY = 'rustem-umerov';
const SCREENSHOTS = path.join(PROJECT_ROOT, 'test', 'screenshots');

// tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`; functions
// passed to page.evaluate then run in the page, where that helper does not exist.
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

function usage(): never {
  console.log(`Usage: npm start [-- --screenshots | --headless]

  (no flag)       with a display: open Chromium with Dossier on a demo article until Ctrl+C
  --screenshots   headless: write screenshots of the article, the popover and the options page
  --headless      same as --screenshots`);
  process.exit(0);
}

async function settle(page: Page): Promise<number> {
  const count = await waitForHighlights(page, { min: 1, timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready.then(() => true));
  return count;
}

async function headed(browser: LaunchedBrowser, server: StaticServer): Promise<void> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url(ARTICLE));
  const count = await settle(page);
  console.log(`Dossier is running on ${server.url(ARTICLE)} (${count} highlights).`);
  console.log('Rest the pointer on a highlighted name, or Tab to one, to open its card.');
  console.log(`Options page: ${extensionUrl(browser.extensionId, 'options.html')}`);
  console.log('Press Ctrl+C to quit.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    browser.context.once('close', () => resolve());
  });
}

async function screenshots(browser: LaunchedBrowser, server: StaticServer): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const written: string[] = [];
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url(ARTICLE));
  const count = await settle(page);
  if (count === 0) throw new Error(`no highlights appeared on ${ARTICLE}: is the content script built?`);

  const article = path.join(SCREENSHOTS, 'demo-article.png');
  await page.screenshot({ path: article, fullPage: true });
  written.push(article);

  const mark = page.locator(`${MARK_SELECTOR}[data-entity-id="${POPOVER_ENTITY}"]`).first();
  // Scroll the name to the upper part of the window so the card has room to open below it.
  await mark.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 220));
  await mark.hover();
  const snap = await waitForPopoverName(page, 'Dmytro Kuleba', 10_000);
  if (!snap.open) throw new Error('the popover did not open on hover');
  // Let its entrance transition finish before the picture.
  await page.waitForTimeout(400);
  const popover = path.join(SCREENSHOTS, 'popover.png');
  await page.screenshot({ path: popover });
  written.push(popover);

  written.push(...(await snippetScreenshots(browser, page)));
  written.push(...(await optionsScreenshots(browser)));
  written.push(await popupScreenshot(browser, server));
  return written;
}

/** Mouse drag over paragraph `#id`, as a reader selects a quote. */
async function selectParagraph(page: Page, id: string): Promise<void> {
  const box = await page.evaluate((id) => {
    const p = document.getElementById(id)!;
    const range = document.createRange();
    range.selectNodeContents(p);
    p.scrollIntoView({ block: 'center' });
    const rects = range.getClientRects();
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, id);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  await page.mouse.move(5, 5);
}

/** Saves a paragraph of the article as a snippet with a note, then shows the Snippets library. */
async function snippetScreenshots(browser: LaunchedBrowser, article: Page): Promise<string[]> {
  await article.keyboard.press('Escape');
  await selectParagraph(article, 'p3');
  await article.getByTestId('snippet-save').click({ timeout: 10_000 });
  await article.getByTestId('snippet-add-note').click({ timeout: 10_000 });
  await article.getByTestId('snippet-note').fill('Compare with the ministry’s own figures.');
  await article.getByTestId('snippet-tags').fill('defence industry, joint ventures');
  await article.getByTestId('snippet-note-save').click();
  await article.locator('mark.dossier-snippet').first().waitFor({ timeout: 10_000 });
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(extensionUrl(browser.extensionId, 'options.html#/snippets'));
  await options.getByTestId('lib-snippet').first().waitFor({ timeout: 15_000 });
  await options.evaluate(() => document.fonts.ready.then(() => true));
  const library = path.join(SCREENSHOTS, 'snippets.png');
  await options.screenshot({ path: library });
  await options.goto(extensionUrl(browser.extensionId, 'options.html#/datasets'));
  await options.getByTestId('sync-panel').waitFor({ timeout: 15_000 });
  await options.getByTestId('ds-dataset').first().waitFor({ timeout: 15_000 });
  const datasets = path.join(SCREENSHOTS, 'datasets.png');
  await options.screenshot({ path: datasets, fullPage: true });
  await options.close();
  return [library, datasets];
}

/** The options page: the entity list, and an entity view with its timeline and graph. */
async function optionsScreenshots(browser: LaunchedBrowser): Promise<string[]> {
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1280, height: 900 });
  await options.goto(extensionUrl(browser.extensionId, 'options.html#/entities'));
  await options.getByTestId('entity-result').first().waitFor({ timeout: 15_000 });
  await options.evaluate(() => document.fonts.ready.then(() => true));
  const list = path.join(SCREENSHOTS, 'options.png');
  await options.screenshot({ path: list });
  await options.goto(extensionUrl(browser.extensionId, `options.html#/entity/${TIMELINE_ENTITY}`));
  await options.getByTestId('entity-timeline').waitFor({ timeout: 15_000 });
  await options.getByTestId('entity-graph').waitFor({ timeout: 15_000 });
  const entity = path.join(SCREENSHOTS, 'entity.png');
  await options.screenshot({ path: entity, fullPage: true });
  await options.close();
  return [list, entity];
}

/** The toolbar popup for the demo article's tab (opened as a page: headless has no toolbar). */
async function popupScreenshot(browser: LaunchedBrowser, server: StaticServer): Promise<string> {
  const [article, tabId] = await Promise.all([
    browser.context.waitForEvent('page'),
    browser.worker!.evaluate((url) => chrome.tabs.create({ url }).then((tab) => tab.id!), server.url(ARTICLE)),
  ]);
  await settle(article);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(extensionUrl(browser.extensionId, `popup.html?tab=${tabId}`));
  await popup.getByTestId('popup-entity').first().waitFor({ timeout: 15_000 });
  const file = path.join(SCREENSHOTS, 'popup.png');
  await popup.screenshot({ path: file });
  return file;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (args.has('--help') || args.has('-h')) usage();
  const wantsHeadless = args.has('--screenshots') || args.has('--headless');
  const runHeaded = !!process.env.DISPLAY && !wantsHeadless;

  const server = await startServer();
  let browser: LaunchedBrowser | null = null;
  try {
    browser = await launchWithExtension({
      headless: !runHeaded,
      viewport: DEFAULT_VIEWPORT,
      deviceScaleFactor: 1,
    });
    await browser.context.addInitScript({ content: NAME_SHIM });
    if (runHeaded) {
      await headed(browser, server);
    } else {
      if (!process.env.DISPLAY && !wantsHeadless) console.log('No display ($DISPLAY is not set): taking screenshots headless instead.');
      const files = await screenshots(browser, server);
      console.log('Screenshots written:');
      for (const f of files) console.log(`  ${path.relative(process.cwd(), f) || f}`);
    }
  } finally {
    await browser?.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
