/**
 * A Playwright-shaped BrowserContext over puppeteer-core's Firefox (launched by launch.ts), so the
 * same test files run in both browsers (DOSSIER_BROWSER=firefox).
 *
 * BiDi may not navigate to moz-extension: pages, and an MV3 add-on's background (an event page in
 * Firefox) is not a target a test can evaluate in. So the launch opens one extension page the way
 * a user would (a highlight's card, "Open in Dossier"), keeps it as the *harness*, and runs there
 * what tests run in Chromium's service worker: the extension's APIs (storage, tabs, action) are
 * the same in every extension page, and its runtime.onMessage hears content scripts too.
 */
import type { Browser, Page as PPage } from 'puppeteer-core';
import { FxPage, preload, type PageHost } from './page';

export const VIEWPORT = { width: 1280, height: 800 };

type PageListener = (page: FxPage) => void;

/** Playwright's BrowserContext, the part the tests use. */
export class FxContext implements PageHost {
  readonly initScripts: string[] = [];
  private wrappers = new Map<PPage, FxPage>();
  private listeners: { fn: PageListener; once: boolean }[] = [];
  /** Pages the harness opened for newPage(), handed to it instead of announced. */
  private claims: ((pp: PPage) => void)[] = [];
  harness: FxPage | null = null;

  constructor(
    readonly browser: Browser,
    readonly extensionOrigin: string,
  ) {
    browser.on('targetcreated', (target) => {
      if (target.type() !== 'page') return;
      void target.page().then((pp) => {
        if (!pp) return;
        const claim = this.claims.shift();
        if (claim) return claim(pp);
        const page = this.wrap(pp, null);
        for (const l of [...this.listeners]) {
          if (l.once) this.listeners.splice(this.listeners.indexOf(l), 1);
          l.fn(page);
        }
      });
    });
  }

  wrap(pp: PPage, tabId: number | null): FxPage {
    let page = this.wrappers.get(pp);
    if (!page) {
      page = new FxPage(this, pp, tabId);
      this.wrappers.set(pp, page);
      // puppeteer sizes only the pages it opens itself; tabs the extension opens get the window's size.
      void pp.setViewport(VIEWPORT).catch(() => undefined);
      for (const source of this.initScripts) void pp.evaluateOnNewDocument(preload(source)).catch(() => undefined);
      void this.watchUrl(page);
    }
    return page;
  }

  /** A page opened by the extension starts as about:blank in puppeteer's eyes: ask it where it is. */
  private async watchUrl(page: FxPage): Promise<void> {
    for (let i = 0; i < 40 && !page.isClosed() && !page.extensionPage; i++) {
      const href = await page.pp.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(this.extensionOrigin + '/')) {
        page.extensionPage = true;
        page.lastExtensionUrl = href;
        await page.waitForLoadState().catch(() => undefined);
        await this.runInitScripts(page);
        void page.trackUrl();
        return;
      }
      if (href && href !== 'about:blank') return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  pages(): FxPage[] {
    return [...this.wrappers.values()].filter((p) => p !== this.harness && !p.isClosed());
  }

  async newPage(): Promise<FxPage> {
    if (!this.harness) return this.wrap(await this.browser.newPage(), null);
    const claimed = new Promise<PPage>((resolve) => this.claims.push(resolve));
    const tabId = await this.harness.evaluate(() => chrome.tabs.create({ url: 'about:blank' }).then((tab) => tab.id!));
    return this.wrap(await claimed, tabId);
  }

  async openExtensionUrl(page: FxPage, url: string): Promise<void> {
    if (page.tabId !== null && this.harness) {
      await this.harness.evaluate(([id, to]) => chrome.tabs.update(id, { url: to }).then(() => undefined), [page.tabId, url] as const);
    } else if (page.extensionPage) {
      await page.pp.evaluate((to) => void (location.href = to), url);
    } else {
      throw new Error(`Firefox: cannot open ${url} in a tab the tests did not open through the extension`);
    }
    page.lastExtensionUrl = url;
    await page.waitForURL(url, { timeout: 15_000 });
    await page.waitForLoadState();
    await this.runInitScripts(page);
    void page.trackUrl();
  }

  /**
   * Firefox runs BiDi preload scripts in web pages but not in moz-extension: documents, so an
   * extension page gets its init scripts right after it loads (before any test step acts on it).
   */
  async runInitScripts(page: FxPage): Promise<void> {
    for (const source of [...this.initScripts, ...page.initScripts]) await page.pp.evaluate(source).catch(() => undefined);
  }

  async addInitScript(script: string | ((arg: unknown) => unknown) | { content: string }, arg?: unknown): Promise<void> {
    const source = typeof script === 'string' ? script : 'content' in script ? script.content : `(${script.toString()})(${JSON.stringify(arg)})`;
    this.initScripts.push(source);
    await Promise.all([...this.wrappers.keys()].map((pp) => pp.evaluateOnNewDocument(preload(source)).catch(() => undefined)));
  }

  on(event: 'page', fn: PageListener): this {
    this.listeners.push({ fn, once: false });
    return this;
  }
  off(event: 'page', fn: PageListener): this {
    this.listeners = this.listeners.filter((l) => l.fn !== fn);
    return this;
  }
  waitForEvent(event: 'page', opts: { timeout?: number; predicate?: (p: FxPage) => boolean } | ((p: FxPage) => boolean) = {}): Promise<FxPage> {
    const { timeout = 20_000, predicate = () => true } = typeof opts === 'function' ? { predicate: opts } : opts;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`waitForEvent('${event}'): no new page in ${timeout} ms`)), timeout);
      const fn = (page: FxPage) => {
        if (!predicate(page)) return;
        clearTimeout(timer);
        this.off('page', fn);
        resolve(page);
      };
      this.on('page', fn);
    });
  }
  serviceWorkers(): never[] {
    return [];
  }
  newCDPSession(): never {
    throw new Error('CDP sessions exist in Chromium only: this test step is Chromium-only');
  }
  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}

/** Where Chromium's tests use the service worker: `evaluate` runs in the harness extension page. */
export class FxWorker {
  constructor(private readonly context: FxContext) {}
  url(): string {
    return `${this.context.extensionOrigin}/background.js`;
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.context.harness!.evaluate(fn, arg);
  }
}

declare const chrome: typeof import('wxt/browser').browser;
