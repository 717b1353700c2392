/**
 * Firefox for the end-to-end suite: Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi, the built add-on installed with `browser.installExtension` (the only way found to install
 * an unpacked add-on in Firefox from a script), and the harness extension page (context.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FxContext, FxWorker, VIEWPORT } from './context';
import type { FxPage } from './page';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
/** The moz-extension: host the profile gives the add-on (a fixed one, so URLs are known up front). */
export const FIREFOX_EXTENSION_UUID = '5d0551e7-1e5f-4d0c-9a55-0d05e1e7c0de';

/** Firefox to drive: $FIREFOX_PATH, or Debian's firefox-esr. Throws, saying how to install one. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Firefox found (looked for $FIREFOX_PATH, ${FIREFOX_CANDIDATES.join(', ')}). ` +
        'Install it with `apt-get install -y firefox-esr` (Debian) or set FIREFOX_PATH.',
    );
  }
  return found;
}

/**
 * Firefox shows an add-on in the browser's UI language only when that language's pack is
 * installed (Debian: firefox-esr-l10n-<lang>, in the browser's own extensions folder).
 */
function assertLanguagePack(executablePath: string, lang: string): void {
  const dir = path.join(path.dirname(realpathSync(executablePath)), 'browser', 'extensions');
  const packs = existsSync(dir) ? readdirSync(dir) : [];
  if (lang.startsWith('en') || packs.some((f) => f.startsWith(`langpack-${lang}@`))) return;
  throw new Error(`Firefox has no "${lang}" language pack in ${dir}. Install it with \`apt-get install -y firefox-esr-l10n-${lang}\` (Debian).`);
}

/** A page naming one seed entity: its card's "Open in Dossier" opens the first extension page. */
const BOOT_PAGE = '<!doctype html><meta charset="utf-8"><title>Dossier harness</title><p>Dmytro Kuleba spoke in Kyiv.</p>';

/** Opens the harness extension page from a highlight's card, as a reader would. */
async function openHarness(context: FxContext): Promise<FxPage> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BOOT_PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const boot = context.wrap(await context.browser.newPage(), null);
    await boot.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const mark = boot.locator('mark.dossier-mark[tabindex="0"]').first();
    await mark.waitFor({ timeout: 30_000 });
    await mark.focus();
    const opened = context.waitForEvent('page', { timeout: 30_000 });
    await boot.getByTestId('popover-open-options').click({ timeout: 30_000 });
    const harness = await opened;
    await harness.waitForURL(new RegExp(`^${context.extensionOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
    harness.extensionPage = true;
    await boot.close();
    return harness;
  } finally {
    server.close();
  }
}

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no gecko id: is it the Firefox build (npm run build:firefox)?`);
  return id;
}

/**
 * Timers and frames of background tabs must not be throttled (Chromium: --disable-background-timer-
 * throttling…): tests open several tabs, and one behind would run its setTimeout once a second.
 */
export const UNTHROTTLED_PREFS: Record<string, unknown> = {
  'dom.min_background_timeout_value': 4,
  'dom.min_background_timeout_value_without_budget_throttling': 4,
  'dom.timeout.enable_budget_management': false,
  'layout.throttled_frame_rate': 60,
};

export interface FirefoxLaunch {
  context: FxContext;
  worker: FxWorker | null;
  extensionOrigin: string;
  close(): Promise<void>;
}

/** Firefox with a fresh profile, the add-on in `extensionDir` installed unless it is null. */
export async function launchFirefox(extensionDir: string | null, opts: { headless?: boolean; prefs?: Record<string, unknown> } = {}): Promise<FirefoxLaunch> {
  const executablePath = findFirefox();
  const lang = opts.prefs?.['intl.locale.requested'];
  if (typeof lang === 'string') assertLanguagePack(executablePath, lang);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-firefox-'));
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const uuids = extensionDir ? { [geckoId(extensionDir)]: FIREFOX_EXTENSION_UUID } : {};
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: opts.headless ?? true,
      userDataDir,
      defaultViewport: VIEWPORT,
      extraPrefsFirefox: { ...UNTHROTTLED_PREFS, 'extensions.webextensions.uuids': JSON.stringify(uuids), ...opts.prefs },
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const context = new FxContext(browser, extensionDir ? extensionOrigin : '');
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  };
  if (!extensionDir) return { context, worker: null, extensionOrigin: '', close };
  try {
    await browser.installExtension(extensionDir);
    context.harness = await openHarness(context);
  } catch (error) {
    await close();
    throw error;
  }
  return { context, worker: new FxWorker(context), extensionOrigin, close };
}
