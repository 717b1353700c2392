/**
 * Chromium with the built extension loaded, for the end-to-end tests and the demo. Also the page
 * helpers every e2e test shares: waiting for highlights to settle and reading them back as mentions.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { launchFirefox } from './firefox/launch';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The browser the suite drives: Chromium (playwright-core), or Firefox with DOSSIER_BROWSER=firefox
 * (puppeteer-core over WebDriver BiDi, behind the same Playwright-shaped API: support/firefox/).
 */
export const BROWSER: 'chromium' | 'firefox' = process.env.DOSSIER_BROWSER === 'firefox' ? 'firefox' : 'chromium';
export const IS_FIREFOX = BROWSER === 'firefox';
/** Where `wxt build` (or `wxt build -b firefox`) writes the MV3 build. */
export const EXTENSION_DIR = path.join(PROJECT_ROOT, '.output', IS_FIREFOX ? 'firefox-mv3' : 'chrome-mv3');
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const MARK_SELECTOR = 'mark.dossier-mark';
export const POPOVER_TAG = 'dossier-popover';

/** The Chromium binary to drive: $CHROME_PATH, or Debian's /usr/bin/chromium. Throws when missing. */
export function findChromium(): string {
  const candidate = process.env.CHROME_PATH?.trim() || DEFAULT_CHROMIUM;
  if (!existsSync(candidate)) {
    throw new Error(
      `No Chromium found at ${candidate}. Install it with \`apt-get install -y chromium\` (Debian) ` +
        'or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  }
  return candidate;
}

/** Throws unless the extension has been built. */
export function assertExtensionBuilt(dir = EXTENSION_DIR): void {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    const build = IS_FIREFOX ? 'npx wxt build -b firefox' : 'npx wxt build';
    throw new Error(`No built extension at ${dir} (manifest.json is missing): run \`${build}\` first.`);
  }
}

export interface LaunchOptions {
  /** Load the extension (default true). false gives a control browser to compare pages against. */
  extension?: boolean;
  /** Directory of the unpacked extension; defaults to .output/chrome-mv3. */
  extensionDir?: string;
  /** Headless (default), unless DOSSIER_HEADED=1 is set. */
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  deviceScaleFactor?: number;
  /** Extra Chromium flags. */
  args?: string[];
  /** How long to wait for the extension's service worker (default 20 s). */
  workerTimeout?: number;
  /** Firefox only: preferences for the fresh profile (about:config names). */
  firefoxPrefs?: Record<string, unknown>;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension id (in Firefox its moz-extension: host), or '' when launched without the extension. */
  extensionId: string;
  /** chrome-extension://<id> or moz-extension://<uuid> (or '' without the extension). */
  extensionOrigin: string;
  /**
   * The extension's background service worker (null without the extension). In Firefox, an
   * extension page that evaluates with the same extension APIs (support/firefox/context.ts).
   */
  worker: Worker | null;
  /** Closes the browser and removes its temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  // Timers and rendering of background tabs must not be throttled: tests open several tabs.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

async function extensionWorker(context: BrowserContext, timeout: number): Promise<Worker | null> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isExtension);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout });
  } catch {
    return context.serviceWorkers().find(isExtension) ?? null;
  }
}

/**
 * Launches Chromium with a fresh temporary profile, with the built extension loaded unless
 * `extension: false`. New headless mode loads extensions; if this Chromium's `headless: true` does
 * not, the launch is retried once in `--headless=new` mode.
 */
export async function launchBrowser(opts: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (IS_FIREFOX) return launchFirefoxBrowser(opts);
  const executablePath = findChromium();
  const withExtension = opts.extension ?? true;
  const extensionDir = path.resolve(opts.extensionDir ?? EXTENSION_DIR);
  if (withExtension) assertExtensionBuilt(extensionDir);
  const headed = opts.headless === false || (opts.headless === undefined && process.env.DOSSIER_HEADED === '1');

  const attempt = async (mode: 'headless' | 'headless-new' | 'headed'): Promise<LaunchedBrowser | null> => {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-'));
    const args = [...BASE_ARGS, ...(opts.args ?? [])];
    if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
    else args.push('--disable-extensions');
    if (mode === 'headless-new') args.push('--headless=new');
    let context: BrowserContext;
    try {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: mode === 'headless',
        args,
        viewport: opts.viewport === undefined ? DEFAULT_VIEWPORT : opts.viewport,
        deviceScaleFactor: opts.deviceScaleFactor ?? 1,
        // Playwright would otherwise pass --disable-extensions itself.
        ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : undefined,
      });
    } catch (err) {
      rmSync(userDataDir, { recursive: true, force: true });
      throw err;
    }
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    };
    if (!withExtension) return { context, extensionId: '', extensionOrigin: '', worker: null, close };
    const worker = await extensionWorker(context, opts.workerTimeout ?? 20_000);
    if (!worker) {
      await close();
      return null;
    }
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, extensionOrigin: `chrome-extension://${extensionId}`, worker, close };
  };

  const modes: ('headless' | 'headless-new' | 'headed')[] = headed ? ['headed'] : ['headless', 'headless-new'];
  for (const mode of modes) {
    const launched = await attempt(mode);
    if (launched) return launched;
  }
  throw new Error(
    `Chromium (${executablePath}) started but the extension in ${extensionDir} did not load: ` +
      'no background service worker appeared. Check the build (`npx wxt build`) and the manifest.',
  );
}

/** Firefox behind the same interface; `args` other than `--lang=` have no Firefox meaning. */
async function launchFirefoxBrowser(opts: LaunchOptions): Promise<LaunchedBrowser> {
  const withExtension = opts.extension ?? true;
  const extensionDir = path.resolve(opts.extensionDir ?? EXTENSION_DIR);
  if (withExtension) assertExtensionBuilt(extensionDir);
  const lang = opts.args?.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  const launched = await launchFirefox(withExtension ? extensionDir : null, {
    headless: !(opts.headless === false || (opts.headless === undefined && process.env.DOSSIER_HEADED === '1')),
    prefs: { ...(lang ? { 'intl.locale.requested': lang } : {}), ...opts.firefoxPrefs },
  });
  return {
    context: launched.context as unknown as BrowserContext,
    worker: launched.worker as unknown as Worker | null,
    extensionId: launched.extensionOrigin ? new URL(launched.extensionOrigin).host : '',
    extensionOrigin: launched.extensionOrigin,
    close: launched.close,
  };
}

/** The browser under test with the built extension: `{ context, extensionId, close }`. */
export function launchWithExtension(opts: Omit<LaunchOptions, 'extension'> = {}): Promise<LaunchedBrowser> {
  return launchBrowser({ ...opts, extension: true });
}

/** URL of an extension page, e.g. extensionUrl(id, 'options.html#/entity/nato'). */
export function extensionUrl(extensionId: string, p: string): string {
  return `${IS_FIREFOX ? 'moz-extension' : 'chrome-extension'}://${extensionId}/${p.replace(/^\/+/, '')}`;
}

// ---------------------------------------------------------------------------------------------
// Highlights

export interface Mention {
  /** Text from the start of the mention's first mark to the end of its last, white space collapsed. */
  text: string;
  entityId: string;
}

export interface MentionDetail extends Mention {
  /** Index of the mention's first mark among all `mark.dossier-mark` elements of the page. */
  firstMark: number;
  /** Number of marks grouped into the mention. */
  marks: number;
}

export interface WaitOptions {
  /** How long the highlight state must stay unchanged (default 300 ms). */
  stableMs?: number;
  /** Give up after this long (default 5 s) and return what is there. */
  timeout?: number;
  /** Do not count as settled before at least this many marks exist (default 0). */
  min?: number;
  /** Poll interval (default 50 ms). */
  interval?: number;
}

/** A fingerprint of the page's highlights: mark count plus every mark's id and text. */
async function highlightState(page: Page): Promise<{ count: number; key: string }> {
  return page.evaluate((selector) => {
    const marks = Array.from(document.querySelectorAll(selector));
    return {
      count: marks.length,
      key: marks.map((m) => `${m.getAttribute('data-entity-id')}:${m.textContent}`).join('|'),
    };
  }, MARK_SELECTOR);
}

/**
 * Polls until the page's marks have not changed for `stableMs` (and at least `min` exist), or
 * `timeout` passes. Returns the mark count. Never throws on timeout: the caller's assertion on
 * the mentions then says what is missing.
 */
export async function waitForHighlights(page: Page, opts: WaitOptions = {}): Promise<number> {
  const stableMs = opts.stableMs ?? 300;
  const timeout = opts.timeout ?? 5_000;
  const min = opts.min ?? 0;
  const interval = opts.interval ?? 50;
  const start = Date.now();
  let last = await highlightState(page).catch(() => ({ count: 0, key: '' }));
  let since = Date.now();
  while (Date.now() - start < timeout) {
    await page.waitForTimeout(interval);
    const now = await highlightState(page).catch(() => last);
    if (now.key !== last.key) {
      last = now;
      since = Date.now();
    } else if (now.count >= min && Date.now() - since >= stableMs) {
      return now.count;
    }
  }
  return last.count;
}

/**
 * Reads the page's highlights as mentions, in document order. Consecutive marks of the same entity
 * are one mention when only white space lies between them, within one block and without a <br>:
 * that is how a name split across inline elements (`<a>Dmytro</a> Kuleba`) comes back.
 */
export async function readMentions(page: Page): Promise<MentionDetail[]> {
  return page.evaluate((selector) => {
    // Phrasing elements whose text flows on with their neighbours'.
    const INLINE = new Set([
      'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I',
      'INS', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP',
      'TIME', 'TT', 'U', 'VAR', 'WBR',
    ]);
    const blockOf = (node: Node): Node | null => {
      let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
      while (el && INLINE.has(el.tagName.toUpperCase()) && el.parentElement) el = el.parentElement;
      return el;
    };
    const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');
    const marks = Array.from(document.querySelectorAll(selector));
    const mentions: { text: string; entityId: string; firstMark: number; marks: number }[] = [];
    let first: Element | null = null;
    let last: Element | null = null;
    let firstIndex = 0;
    let count = 0;
    const flush = () => {
      if (!first || !last) return;
      const range = document.createRange();
      range.setStartBefore(first);
      range.setEndAfter(last);
      mentions.push({
        text: collapse(range.toString()),
        entityId: first.getAttribute('data-entity-id') ?? '',
        firstMark: firstIndex,
        marks: count,
      });
      first = last = null;
      count = 0;
    };
    marks.forEach((mark, i) => {
      const id = mark.getAttribute('data-entity-id') ?? '';
      if (first && last && id === first.getAttribute('data-entity-id') && blockOf(last) === blockOf(mark)) {
        const gap = document.createRange();
        gap.setStartAfter(last);
        gap.setEndBefore(mark);
        const between = gap.cloneContents();
        if (/^\s*$/.test(gap.toString()) && !between.querySelector('br, img, input, button, select, textarea')) {
          last = mark;
          count++;
          return;
        }
      }
      flush();
      first = last = mark;
      firstIndex = i;
      count = 1;
    });
    flush();
    return mentions;
  }, MARK_SELECTOR);
}

/** Just `{ text, entityId }` of each mention, for comparing with an .expected.json file. */
export async function mentionsOf(page: Page): Promise<Mention[]> {
  return (await readMentions(page)).map(({ text, entityId }) => ({ text, entityId }));
}

/** Polls `fn` until it returns a truthy value or `timeout` passes; returns the last value. */
export async function poll<T>(fn: () => Promise<T> | T, timeout = 5_000, interval = 50): Promise<T> {
  const start = Date.now();
  let value = await fn();
  while (!value && Date.now() - start < timeout) {
    await new Promise((r) => setTimeout(r, interval));
    value = await fn();
  }
  return value;
}
