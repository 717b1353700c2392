/**
 * Headless Chromium for the benchmark: one browser, a fresh tab per measurement, and in-page calls
 * with a time cap. A call that runs past its cap cannot be interrupted inside the page, so the
 * whole browser is killed and relaunched.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

export function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH?.trim() || '/usr/bin/chromium';
  if (!existsSync(candidate)) throw new Error(`No Chromium at ${candidate}: install it (apt-get install chromium) or set CHROME_PATH.`);
  return candidate;
}

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export class BenchBrowser {
  private browser: Browser | null = null;
  version = '';

  async launch(): Promise<void> {
    this.browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    this.version = this.browser.version();
  }

  /** A new tab with `url` loaded. */
  async open(url: string): Promise<Page> {
    if (!this.browser) await this.launch();
    const page = await this.browser!.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    return page;
  }

  /** Calls `window[global][fn](...args)` in the page; past `timeoutMs` the browser is relaunched. */
  async call<T>(page: Page, fn: string, args: unknown[], timeoutMs: number, global = 'DossierBench'): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`${fn} took longer than ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      return await Promise.race([
        page.evaluate(
          ({ global, fn, args }) => (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[global]![fn]!(...args),
          { global, fn, args },
        ) as Promise<T>,
        timeout,
      ]);
    } catch (error) {
      if (error instanceof TimeoutError) await this.relaunch();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async relaunch(): Promise<void> {
    await this.close();
    await this.launch();
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    await browser?.close().catch(() => {});
  }
}

/**
 * A browser with an on-disk profile, for the import benchmark: a plain `launch()` context keeps
 * IndexedDB in memory, which would flatter the import time.
 */
export async function launchPersistent(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    },
  };
}
