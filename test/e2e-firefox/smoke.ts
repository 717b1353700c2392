/**
 * Smoke test of the Firefox build in real Firefox: `npm run test:firefox` (builds first).
 *
 * Firefox is driven by puppeteer-core over WebDriver BiDi, which can install an unpacked add-on
 * (`browser.installExtension`) where Playwright's Firefox cannot. It checks the path every user
 * takes: the add-on installs from .output/firefox-mv3; the content script highlights the demo
 * article exactly as in Chromium (test/fixtures/pages/demo-article.expected.json), so the
 * background's bundled dataset and lexicon reached the page; focusing a highlight opens its card,
 * read from IndexedDB by the background event page; the card's button opens the entity in the
 * options page. The full end-to-end suite runs in Chromium only (test/e2e/).
 *
 * Firefox is $FIREFOX_PATH, or Debian's firefox-esr; without one it fails, saying how to install it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mentionsOf, PROJECT_ROOT } from '../support/browser';
import { fixturePage } from '../support/fixtures';
import { startServer, type StaticServer } from '../support/server';

const EXTENSION_DIR = path.join(PROJECT_ROOT, '.output', 'firefox-mv3');
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const ENTITY = 'dmytro-kuleba';

function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Polls `fn` until it returns a truthy value; throws `what` after `timeout` ms. */
async function until<T>(what: string, fn: () => Promise<T | undefined | false | ''>, timeout = 15_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out after ${timeout} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function check(ok: boolean, what: string, detail?: unknown): void {
  if (!ok) throw new Error(`${what}${detail === undefined ? '' : `\n${JSON.stringify(detail, null, 2)}`}`);
  console.log(`  ✓ ${what}`);
}

/** The popover's entity name once its card is shown, from the <dossier-popover> open shadow root. */
function popoverName(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll('dossier-popover')) {
      const name = host.shadowRoot?.querySelector('[data-testid="popover-name"]');
      if (name?.textContent?.trim()) return name.textContent.trim();
    }
    return '';
  });
}

async function run(browser: Browser, server: StaticServer): Promise<void> {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = await browser.installExtension(EXTENSION_DIR);
  check(!!id && id === manifest.browser_specific_settings?.gecko?.id, `the add-on installs with its gecko id (${id})`);

  const page = await browser.newPage();
  // tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(...)`;
  // functions passed to page.evaluate run in the page, so it needs that helper too.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  const fixture = fixturePage('demo-article.html');
  await page.goto(server.url(fixture.name));
  await until('highlights on the demo article', () => page.evaluate(() => document.querySelectorAll('mark.dossier-mark').length >= 1));
  // mentionsOf only calls page.evaluate(fn, arg), which puppeteer's Page has with the same meaning.
  const read = () => mentionsOf(page as unknown as PlaywrightPage);
  const mentions = await until('highlights to match demo-article.expected.json', async () => {
    const now = await read();
    return JSON.stringify(now) === JSON.stringify(fixture.expected) ? now : undefined;
  }).catch(async () => read());
  const expected = `the demo article shows the ${fixture.expected.length} expected mentions`;
  check(JSON.stringify(mentions) === JSON.stringify(fixture.expected), expected, mentions);

  await page.focus(`mark.dossier-mark[data-entity-id="${ENTITY}"][tabindex="0"]`);
  const name = await until('the popover card for the focused highlight', () => popoverName(page));
  check(name === 'Dmytro Kuleba', `focusing a highlight opens its card (${name})`);

  const before = new Set(await browser.pages());
  await page.evaluate(() => {
    for (const host of document.querySelectorAll('dossier-popover')) {
      const button = host.shadowRoot?.querySelector<HTMLButtonElement>('[data-testid="popover-open-options"]');
      if (button) return button.click();
    }
    throw new Error('no "open in options" button in the popover');
  });
  // The background opens a new tab. Puppeteer reports a moz-extension: tab's URL as about:blank
  // (Firefox 153), so the page itself is asked where it is and what it shows.
  const options = await until('the options page with the entity', async () => {
    for (const tab of await browser.pages()) {
      if (before.has(tab)) continue;
      const shown = await tab.evaluate(() => ({
        href: location.href,
        name: document.querySelector('[data-testid="entity-name"]')?.textContent?.trim() ?? '',
      }));
      if (shown.name) return shown;
    }
    return undefined;
  });
  check(
    options.href.startsWith('moz-extension://') && options.href.endsWith(`options.html#/entity/${ENTITY}`) && options.name === 'Dmytro Kuleba',
    `the card's button opens the entity in the options page (${options.name})`,
    options,
  );
}

async function main(): Promise<void> {
  const executablePath = findFirefox();
  if (!executablePath) {
    throw new Error(
      `no Firefox found (looked for $FIREFOX_PATH, ${FIREFOX_CANDIDATES.join(', ')}). ` +
        'Install it with `apt-get install -y firefox-esr` (Debian) or set FIREFOX_PATH.',
    );
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const started = Date.now();
  const server = await startServer();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'dossier-firefox-'));
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, userDataDir: profile });
  try {
    console.log(`Firefox smoke test: ${await browser.version()} (${executablePath}), ${path.relative(PROJECT_ROOT, EXTENSION_DIR)}`);
    await run(browser, server);
    console.log(`passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  }
}

main().catch((error: unknown) => {
  console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
