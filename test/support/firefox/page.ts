/**
 * Playwright's Page, the part the end-to-end tests use, over a puppeteer-core page in Firefox.
 * Differences from Chromium that tests meet are handled here, once:
 * - WebDriver BiDi may not navigate a tab to a moz-extension: page, so `goto` of an extension URL
 *   asks the extension to do it (`tabs.update` from the harness page, see context.ts);
 * - puppeteer reports an extension page's URL as about:blank, so `url()` asks the page;
 * - downloads are taken from the page's `<a download>` click (the only way Dossier saves files).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConsoleMessage, Frame, Page as PPage } from 'puppeteer-core';
import { ACTION_TIMEOUT, FxLocator } from './locator';

/** What a page needs from its context: navigating to extension URLs and knowing the extension. */
export interface PageHost {
  readonly extensionOrigin: string;
  /** Navigates the tab of `page` to an extension URL through the extension's own tabs API. */
  openExtensionUrl(page: FxPage, url: string): Promise<void>;
  /** Init scripts of the whole context, applied to every page. */
  readonly initScripts: string[];
  /** Runs the context's and the page's init scripts in an extension page that has just loaded. */
  runInitScripts(page: FxPage): Promise<void>;
}

type Listener = (...args: never[]) => unknown;

/** Playwright's keyboard: `press` takes "Alt+Shift+S" chords. */
class FxKeyboard {
  constructor(private readonly page: () => PPage) {}
  async press(keys: string): Promise<void> {
    const parts = keys === '+' ? ['+'] : keys.split('+');
    const key = parts.pop()!;
    const kb = this.page().keyboard;
    for (const mod of parts) await kb.down(mod as never);
    await kb.press(key as never);
    for (const mod of parts.reverse()) await kb.up(mod as never);
  }
  type(text: string, opts?: { delay?: number }): Promise<void> {
    return this.page().keyboard.type(text, opts);
  }
  down(key: string): Promise<void> {
    return this.page().keyboard.down(key as never);
  }
  up(key: string): Promise<void> {
    return this.page().keyboard.up(key as never);
  }
  insertText(text: string): Promise<void> {
    return this.page().keyboard.sendCharacter(text);
  }
}

/**
 * An init script as a BiDi preload script. Firefox also runs preload scripts in a tab's initial
 * empty document (no address, no extension APIs) before an extension page replaces it; the
 * script is meant for the page itself (extension pages get it from the harness after load).
 */
export function preload(source: string): string {
  return `if (location.href !== '' && location.href !== 'about:blank') {\n${source}\n}`;
}

export class FxDownload {
  constructor(
    private readonly name: string,
    private readonly text: string,
  ) {}
  suggestedFilename(): string {
    return this.name;
  }
  async path(): Promise<string> {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-download-')), this.name);
    writeFileSync(file, this.text);
    return file;
  }
  async saveAs(to: string): Promise<void> {
    writeFileSync(to, this.text);
  }
}

export class FxPage {
  readonly keyboard: FxKeyboard;
  private listeners: { event: string; fn: Listener; wrapped: Listener; once: boolean }[] = [];
  private closed = false;
  /** Set once the page shows an extension page; puppeteer's own url() is about:blank there. */
  extensionPage = false;
  /** Init scripts added with page.addInitScript, kept to show that they were asked for. */
  readonly initScripts: string[] = [];

  constructor(
    private readonly host: PageHost,
    public pp: PPage,
    /** The tab id, when the tab was opened through the extension (context.newPage does). */
    public tabId: number | null,
  ) {
    this.keyboard = new FxKeyboard(() => this.pp);
    pp.once('close', () => (this.closed = true));
  }

  get mouse() {
    return this.pp.mouse;
  }

  locator(selector: string): FxLocator {
    return new FxLocator(() => this.pp, [{ k: 'css', s: selector }], this.keyboard);
  }
  getByTestId(id: string): FxLocator {
    return this.locator(`[data-testid="${id}"]`);
  }
  getByRole(role: string, opts: { name?: string | RegExp; exact?: boolean } = {}): FxLocator {
    return new FxLocator(() => this.pp, [], this.keyboard).getByRole(role, opts);
  }
  getByText(text: string | RegExp, opts: { exact?: boolean } = {}): FxLocator {
    return new FxLocator(() => this.pp, [], this.keyboard).getByText(text, opts);
  }

  evaluate<R, A>(fn: string | ((arg: A) => R | Promise<R>), arg?: A): Promise<R> {
    if (typeof fn === 'string') return this.pp.evaluate(fn) as Promise<R>;
    return this.pp.evaluate(fn as never, arg as never) as Promise<R>;
  }
  evaluateHandle<A>(fn: (arg: A) => unknown, arg?: A) {
    return this.pp.evaluateHandle(fn as never, arg as never);
  }
  async $eval<R, A>(selector: string, fn: (el: Element, arg: A) => R, arg?: A): Promise<R> {
    return this.locator(selector).first().evaluate(fn, arg);
  }
  async $$eval<R, A>(selector: string, fn: (els: Element[], arg: A) => R, arg?: A): Promise<R> {
    return this.locator(selector).evaluateAll(fn, arg);
  }
  async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, opts: { timeout?: number; polling?: number } = {}) {
    return this.pp.waitForFunction(fn as never, { timeout: opts.timeout ?? ACTION_TIMEOUT, polling: opts.polling ?? 50 }, arg as never);
  }

  async goto(url: string, opts: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit'; timeout?: number } = {}) {
    if (url.startsWith(this.host.extensionOrigin + '/')) {
      await this.host.openExtensionUrl(this, url);
      this.extensionPage = true;
      return null;
    }
    this.extensionPage = false;
    const waitUntil = opts.waitUntil === 'networkidle' ? 'networkidle0' : opts.waitUntil === 'commit' ? 'domcontentloaded' : (opts.waitUntil ?? 'load');
    return this.pp.goto(url, { waitUntil, timeout: opts.timeout ?? 30_000 });
  }
  async reload(): Promise<void> {
    if (this.extensionPage) {
      const before = await this.pp.evaluate(() => performance.timeOrigin);
      await this.pp.evaluate(() => location.reload());
      await this.waitForFunction((t) => performance.timeOrigin !== t && document.readyState === 'complete', before);
      await this.host.runInitScripts(this);
      return;
    }
    await this.pp.reload({ waitUntil: 'load' });
  }
  async goBack(): Promise<void> {
    await this.pp.evaluate(() => history.back());
    await new Promise((resolve) => setTimeout(resolve, 200));
    await this.waitForLoadState();
  }
  url(): string {
    const seen = this.pp.url();
    return this.extensionPage || (seen === 'about:blank' && this.lastExtensionUrl) ? this.lastExtensionUrl : seen;
  }
  /** The extension page's address, kept current by `trackUrl` (url() must answer at once). */
  lastExtensionUrl = '';
  async trackUrl(): Promise<void> {
    while (!this.closed && this.extensionPage) {
      this.lastExtensionUrl = await this.pp.evaluate(() => location.href).catch(() => this.lastExtensionUrl);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  async waitForURL(url: string | RegExp, opts: { timeout?: number } = {}): Promise<void> {
    const test = (href: string) => (typeof url === 'string' ? href === url : url.test(href));
    const start = Date.now();
    for (;;) {
      const href = await this.pp.evaluate(() => location.href).catch(() => '');
      if (test(href)) {
        if (href.startsWith(this.host.extensionOrigin + '/') && this.host.extensionOrigin) {
          this.lastExtensionUrl = href;
          if (!this.extensionPage) {
            this.extensionPage = true;
            void this.trackUrl();
          }
        }
        return;
      }
      if (Date.now() - start > (opts.timeout ?? ACTION_TIMEOUT)) throw new Error(`waitForURL: still at ${href}, wanted ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  async waitForLoadState(state: 'load' | 'domcontentloaded' | 'networkidle' = 'load'): Promise<void> {
    await this.waitForFunction(
      (want) => (want === 'domcontentloaded' ? document.readyState !== 'loading' : document.readyState === 'complete'),
      state,
      { timeout: 30_000 },
    );
  }
  waitForTimeout(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
  async title(): Promise<string> {
    return this.pp.evaluate(() => document.title);
  }
  async content(): Promise<string> {
    return this.pp.content();
  }
  async click(selector: string): Promise<void> {
    await this.locator(selector).first().click();
  }
  async focus(selector: string): Promise<void> {
    await this.locator(selector).first().focus();
  }
  async bringToFront(): Promise<void> {
    await this.pp.bringToFront();
  }
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    await this.pp.setViewport(size);
  }
  viewportSize() {
    return this.pp.viewport();
  }
  async screenshot(opts: { path?: string; fullPage?: boolean } = {}) {
    return this.pp.screenshot(opts as never);
  }
  context(): PageHost {
    return this.host;
  }
  mainFrame(): Frame {
    return this.pp.mainFrame();
  }
  frames(): Frame[] {
    return this.pp.frames();
  }
  isClosed(): boolean {
    return this.closed || this.pp.isClosed();
  }
  async close(): Promise<void> {
    if (this.isClosed()) return;
    this.closed = true;
    await this.pp.close().catch(() => undefined);
  }

  /** Applies to the next document of this page, as Playwright's does. */
  async addInitScript(script: string | ((arg: unknown) => unknown) | { content: string }, arg?: unknown): Promise<void> {
    const source = typeof script === 'string' ? script : 'content' in script ? script.content : `(${script.toString()})(${JSON.stringify(arg)})`;
    this.initScripts.push(source);
    await this.pp.evaluateOnNewDocument(preload(source));
  }

  on(event: string, fn: Listener): this {
    this.listen(event, fn, false);
    return this;
  }
  once(event: string, fn: Listener): this {
    this.listen(event, fn, true);
    return this;
  }
  off(event: string, fn: Listener): this {
    for (const l of this.listeners.filter((x) => x.event === event && x.fn === fn)) this.pp.off(event as never, l.wrapped as never);
    this.listeners = this.listeners.filter((x) => !(x.event === event && x.fn === fn));
    return this;
  }
  private listen(event: string, fn: Listener, once: boolean): void {
    // Playwright calls a console message of level "warn" `warning`.
    const wrapped: Listener =
      event === 'console'
        ? ((m: ConsoleMessage) => (fn as (m: unknown) => void)({ text: () => m.text(), type: () => (m.type() === 'warn' ? 'warning' : m.type()), location: () => m.location() })) as Listener
        : event === 'close'
          ? (() => (fn as (p: FxPage) => void)(this)) as Listener
          : fn;
    this.listeners.push({ event, fn, wrapped, once });
    if (once) this.pp.once(event as never, wrapped as never);
    else this.pp.on(event as never, wrapped as never);
  }

  /** 'download' (from `<a download>` with a blob: or data: address), 'dialog', 'console', 'pageerror', 'close'. */
  async waitForEvent(event: string, opts: { timeout?: number; predicate?: (v: unknown) => boolean } | ((v: unknown) => boolean) = {}): Promise<never> {
    const { timeout = ACTION_TIMEOUT, predicate = () => true } = typeof opts === 'function' ? { predicate: opts } : opts;
    if (event === 'download') return (await this.nextDownload(timeout)) as never;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`waitForEvent('${event}'): none in ${timeout} ms`)), timeout);
      const fn = (value: unknown) => {
        if (!predicate(value)) return;
        clearTimeout(timer);
        this.off(event, fn as Listener);
        resolve(value as never);
      };
      this.on(event, fn as Listener);
    });
  }

  /**
   * Firefox would save the file to disk with no way to ask where over BiDi, so the page's
   * `<a download>` clicks are caught instead: the file's name and text are what the browser
   * would have saved.
   */
  private async nextDownload(timeout: number): Promise<FxDownload> {
    await this.pp.evaluate(() => {
      const w = window as unknown as { __dossierDownloads?: { name: string; text: string | null }[] };
      if (w.__dossierDownloads) return;
      const seen: { name: string; text: string | null }[] = (w.__dossierDownloads = []);
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (!this.hasAttribute('download')) return click.call(this);
        const entry = { name: this.download || 'download', text: null as string | null };
        seen.push(entry);
        // The file's bytes as saved: Response.text() would drop a UTF-8 byte order mark.
        void fetch(this.href)
          .then((r) => r.arrayBuffer())
          .then((b) => (entry.text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)));
      };
    });
    const start = Date.now();
    for (;;) {
      const got = await this.pp.evaluate(() => {
        const list = (window as unknown as { __dossierDownloads: { name: string; text: string | null }[] }).__dossierDownloads;
        return list[0]?.text != null ? list.shift()! : null;
      });
      if (got) return new FxDownload(got.name, got.text!);
      if (Date.now() - start > timeout) throw new Error(`waitForEvent('download'): none in ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

}
