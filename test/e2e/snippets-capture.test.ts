/**
 * Saving snippets on a page and finding them again, in Chromium with the built extension:
 * select with the mouse → "Save snippet" → stored with its context, source and entities; reload →
 * highlighted; an edited version of the page (same canonical URL) → re-anchored approximately; a
 * version without the text → no highlight, placement "missing"; the keyboard command's path
 * (snippet.capture from the service worker); the popover's "Save sentence"; page text unchanged.
 *
 * Snippets are read straight from the extension's IndexedDB in the service worker, so these tests
 * do not depend on the options page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, IS_FIREFOX, launchWithExtension, waitForHighlights, type LaunchedBrowser } from '../support/browser';
import { readFixture } from '../support/fixtures';
import { startServer, type StaticServer } from '../support/server';

/** The extension's APIs where the evaluated functions run (service worker, extension pages). */
declare const chrome: typeof import('wxt/browser').browser;

interface StoredSnippet {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  position: { start: number; end: number };
  url: string;
  pageUrl?: string;
  title: string;
  site: string;
  author?: string;
  publishedAt?: string;
  savedAt: string;
  updatedAt?: string;
  entities: string[];
  note: string;
  tags: string[];
  placement?: { status: string; checkedAt: string };
}

let browser: LaunchedBrowser;
let server: StaticServer;
const QUOTE = 'In a long interview, Dmytro Kuleba said that allied gunmakers could build shells together within a year, and he thanked NATO';
const ORIGINAL = readFixture('snippet-article.html');

beforeAll(async () => {
  server = await startServer();
  // Same canonical URL, other addresses: the text edited around and inside the quote, and removed.
  server.route(
    '/snippet-edited.html',
    ORIGINAL.replace('In a long interview,', 'In a long phone interview,')
      .replace('could build shells', 'could jointly build shells')
      .replace('for the support', 'for its steady support')
      .replace('Rheinmetall and Ukroboronprom said on Tuesday', 'Rheinmetall and Ukroboronprom announced on Tuesday'),
  );
  server.route('/snippet-gone.html', ORIGINAL.replace(/<p id="quote">[\s\S]*?<\/p>/, '<p id="quote">The interview was withdrawn.</p>'));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function storedSnippets(): Promise<StoredSnippet[]> {
  return browser.worker!.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('dossier');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<StoredSnippet[]>((resolve, reject) => {
        const all = db.transaction('snippets').objectStore('snippets').getAll();
        all.onsuccess = () => resolve(all.result as StoredSnippet[]);
        all.onerror = () => reject(all.error);
      });
    } finally {
      db.close();
    }
  });
}

async function snippetWith(quote: string): Promise<StoredSnippet | undefined> {
  return (await storedSnippets()).find((s) => s.quote === quote);
}

async function openPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await waitForHighlights(page, { min: 3, timeout: 10_000 });
  return page;
}

/** Text of the snippet marks of one snippet (or of all), joined, white space collapsed. */
function snippetText(page: Page, id?: string): Promise<string> {
  return page.evaluate(
    (id) =>
      [...document.querySelectorAll(id ? `mark.dossier-snippet[data-snippet-id="${id}"]` : 'mark.dossier-snippet')]
        .map((m) => m.textContent)
        .join('')
        .replace(/\s+/g, ' '),
    id,
  );
}

/** The page's text as served, against its text now: marks must not change a character. */
function textUnchanged(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const served = new DOMParser().parseFromString(html, 'text/html').body.textContent;
    return served === document.body.textContent;
  });
}

/** Mouse drag from the start of `from` to the end of `to`, both inside #quote's text. */
async function dragSelect(page: Page, from: string, to: string): Promise<void> {
  const points = await page.evaluate(
    ([from, to]: [string, string]) => {
      const p = document.querySelector('#quote')!;
      const text = p.textContent!;
      const at = (offset: number) => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (offset < seen + n.data.length) {
            const r = document.createRange();
            r.setStart(n, offset - seen);
            r.setEnd(n, offset - seen + 1);
            return r.getBoundingClientRect();
          }
          seen += n.data.length;
        }
        throw new Error('offset out of range');
      };
      const first = at(text.indexOf(from));
      const last = at(text.indexOf(to) + to.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    [from, to] as [string, string],
  );
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2);
  await page.mouse.move(points.x2, points.y2);
  await page.mouse.up();
  // Away from the highlights, so no popover opens over the button.
  await page.mouse.move(5, 5);
}

describe('saving a snippet', () => {
  let saved: StoredSnippet;

  it('shows "Save snippet" beside a mouse selection and saves quote, context, source and entities', async () => {
    const page = await openPage('snippet-article.html');
    try {
      await dragSelect(page, 'In a long', 'NATO');
      expect(await page.evaluate(() => getSelection()!.toString().replace(/\s+/g, ' '))).toBe(QUOTE);
      const button = page.locator('[data-testid="snippet-save"]');
      await button.waitFor({ state: 'visible', timeout: 5_000 });
      expect(await button.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+S');
      await button.click();
      await expect.poll(() => page.locator('[data-testid="snippet-status"]').textContent()).toMatch(/saved/i);
      expect(await page.locator('[data-testid="snippet-status"]').getAttribute('role')).toBe('status');
      // Focus moved on from the pressed button to the optional note; it is saved on the snippet.
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="snippet-note"]').fill('Check the timeline with the ministry.');
      await page.locator('[data-testid="snippet-tags"]').fill('defence, production ,');
      await page.locator('[data-testid="snippet-note-save"]').click();
      await expect.poll(() => page.locator('[data-testid="snippet-status"]').textContent()).toMatch(/note saved/i);

      saved = (await snippetWith(QUOTE))!;
      expect(saved).toBeDefined();
      expect(saved).toMatchObject({
        quote: QUOTE,
        prefix: 'production lines and train crews together.\n'.slice(-32),
        suffix: ' for the support.\nEngineers will',
        url: server.url('articles/gunmakers-share-lines'),
        pageUrl: server.url('snippet-article.html'),
        title: 'Gunmakers agree to share production lines',
        site: '127.0.0.1',
        author: 'Olena Petrenko',
        publishedAt: '2026-11-20T09:30:00+02:00',
        note: 'Check the timeline with the ministry.',
        tags: ['defence', 'production'],
      });
      expect(saved.updatedAt).toBeDefined();
      expect(saved.prefix).toHaveLength(32);
      expect(saved.suffix).toHaveLength(32);
      expect(saved.entities).toEqual(expect.arrayContaining(['dmytro-kuleba', 'nato']));
      expect(saved.entities).not.toContain('rheinmetall');
      expect(saved.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

      // Highlighted at once, beside the entity highlights, without changing the page's text.
      await expect.poll(() => snippetText(page, saved.id)).toBe(QUOTE);
      expect(await page.locator('#quote mark.dossier-mark').count()).toBeGreaterThanOrEqual(2);
      expect(await textUnchanged(page)).toBe(true);
      // The button goes once saved; Escape dismisses it for a new selection.
      await expect.poll(() => button.count()).toBe(0);
      await page.mouse.click(5, 5);
      await dragSelect(page, 'allied', 'shells');
      await button.waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await expect.poll(() => button.count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('finds it again on reload: exact, entity marks inside, page text unchanged, placement recorded', async () => {
    const page = await openPage('snippet-article.html');
    try {
      await expect.poll(() => snippetText(page, saved.id), { timeout: 5_000 }).toBe(QUOTE);
      const inside = await page.evaluate(() => document.querySelectorAll('mark.dossier-snippet mark.dossier-mark, mark.dossier-mark mark.dossier-snippet').length);
      expect(inside).toBeGreaterThanOrEqual(1);
      expect(await textUnchanged(page)).toBe(true);
      await expect.poll(async () => (await snippetWith(QUOTE))?.placement?.status, { timeout: 8_000 }).toBe('exact');
    } finally {
      await page.close();
    }
  });

  it('is in the options page\'s Snippets library, with its page, entities, note and tags', async () => {
    const options = await browser.context.newPage();
    try {
      await options.goto(extensionUrl(browser.extensionId, 'options.html#/snippets'));
      const card = options.locator(`[data-testid="lib-snippet"][data-snippet-id="${saved.id}"]`);
      await card.waitFor({ timeout: 10_000 });
      expect((await card.textContent())!.replace(/\s+/g, ' ')).toContain(QUOTE);
      const entities = await card.getByTestId('lib-entities').textContent();
      expect(entities).toContain('Dmytro Kuleba');
      expect(entities).toContain('North Atlantic Treaty Organization');
      expect(await card.getByTestId('lib-note').textContent()).toContain('Check the timeline with the ministry.');
      expect(await card.getByTestId('lib-tags').textContent()).toMatch(/defence[\s\S]*production/);
      expect(await options.getByTestId('lib-page-link').first().textContent()).toContain('Gunmakers agree to share production lines');
    } finally {
      await options.close();
    }
  });

  it('re-anchors approximately on an edited version of the page (same canonical URL)', async () => {
    const page = await openPage('snippet-edited.html');
    try {
      await expect
        .poll(() => snippetText(page, saved.id), { timeout: 5_000 })
        .toBe('In a long phone interview, Dmytro Kuleba said that allied gunmakers could jointly build shells together within a year, and he thanked NATO');
      expect(await textUnchanged(page)).toBe(true);
      await expect.poll(async () => (await snippetWith(QUOTE))?.placement?.status, { timeout: 8_000 }).toBe('approximate');
    } finally {
      await page.close();
    }
  });

  it('shows nothing where the text is gone, and records it as missing after a grace period', async () => {
    const page = await openPage('snippet-gone.html');
    try {
      await expect.poll(async () => (await snippetWith(QUOTE))?.placement?.status, { timeout: 10_000 }).toBe('missing');
      expect(await page.locator('mark.dossier-snippet').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('saves the selection on the keyboard command (snippet.capture from the background, and Alt+Shift+S)', async () => {
    const page = await openPage('snippet-article.html');
    try {
      await page.bringToFront();
      // A keyboard-made selection: no pointer involved.
      await page.evaluate(() => {
        const p = document.querySelector('#second')!.firstChild as Text;
        const start = p.data.indexOf('Engineers');
        getSelection()!.setBaseAndExtent(p, start, p, p.data.indexOf('barrels') + 'barrels'.length);
      });
      await page.locator('[data-testid="snippet-save"]').waitFor({ state: 'visible' });
      const answer = await browser.worker!.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        return chrome.tabs.sendMessage(tab!.id!, { type: 'snippet.capture' });
      });
      expect(answer).toEqual({ saved: true });
      const stored = await snippetWith('Engineers will start with artillery barrels');
      expect(stored).toMatchObject({ url: server.url('articles/gunmakers-share-lines'), author: 'Olena Petrenko' });
      await expect.poll(() => snippetText(page, stored!.id)).toBe('Engineers will start with artillery barrels');
      const commands = await browser.worker!.evaluate(() => chrome.commands.getAll());
      expect(commands.find((c) => c.name === 'save-snippet')?.shortcut).toBe('Alt+Shift+S');
      // The context menu item exists (updating an unknown id fails) and its clicks are listened to.
      // Firefox's events have no hasListeners() (and this runs in an extension page there, not the
      // background): only the item is checked in Firefox.
      const menu = await browser.worker!.evaluate(
        () =>
          new Promise<string | boolean | null>((resolve) =>
            chrome.contextMenus.update('dossier-save-snippet', {}, () =>
              resolve(
                chrome.runtime.lastError?.message ??
                  ('hasListeners' in chrome.contextMenus.onClicked ? chrome.contextMenus.onClicked.hasListeners() : null),
              ),
            ),
          ),
      );
      expect(menu).toBe(IS_FIREFOX ? null : true);
      // Firefox handles extension shortcuts in the browser window's own key handling, which WebDriver
      // BiDi key input (dispatched into the page) does not reach: the real key press is Chromium's.
      if (IS_FIREFOX) return;

      // The real key press, through the DevTools protocol as the OS would deliver it.
      await page.evaluate(() => {
        const p = document.querySelector('#tail')!.firstChild as Text;
        getSelection()!.setBaseAndExtent(p, 0, p, 'Nothing else was announced'.length);
      });
      const cdp = await browser.context.newCDPSession(page);
      const key = { modifiers: 9, key: 'S', code: 'KeyS', windowsVirtualKeyCode: 83, nativeVirtualKeyCode: 83 };
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
      await expect.poll(async () => (await snippetWith('Nothing else was announced'))?.entities).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('saves the sentence around a mention from the popover', async () => {
    const page = await openPage('snippet-article.html');
    try {
      const mark = page.locator('#tail mark.dossier-mark[data-entity-id="rheinmetall"]').first();
      await mark.hover();
      const save = page.locator('[data-testid="popover-save-snippet"]');
      await save.waitFor({ state: 'visible', timeout: 5_000 });
      await save.click();
      await expect.poll(async () => (await snippetWith('Rheinmetall declined to comment further.'))?.entities).toEqual(['rheinmetall']);
      await expect.poll(() => page.locator('[data-testid="snippet-status"]').textContent()).toMatch(/saved/i);
      expect(await page.locator('#tail mark.dossier-snippet').count()).toBeGreaterThan(0);
      expect(await textUnchanged(page)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('scrolls to and flashes the snippet the library opened the page for (snippet.open → reveal)', async () => {
    const options = await browser.context.newPage();
    try {
      await options.goto(extensionUrl(browser.extensionId, 'options.html'));
      const opened = browser.context.waitForEvent('page');
      await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'snippet.open', id }), saved.id);
      const page = await opened;
      try {
        await page.locator(`mark.dossier-snippet[data-snippet-id="${saved.id}"][data-dossier-flash]`).first().waitFor({ timeout: 10_000 });
      } finally {
        await page.close();
      }
    } finally {
      await options.close();
    }
  });

  it('never gives a page the snippets of another site', async () => {
    // 127.0.0.1 and localhost are different sites to the background.
    const page = await browser.context.newPage();
    try {
      // Its canonical link names the other site's address of the article.
      server.route('/snippet-foreign.html', ORIGINAL.replace('href="/articles/gunmakers-share-lines"', `href="${server.url('articles/gunmakers-share-lines')}"`));
      await page.goto(server.url('snippet-foreign.html').replace('127.0.0.1', 'localhost'));
      await waitForHighlights(page, { min: 3, timeout: 10_000 });
      await page.waitForTimeout(500);
      expect(await page.locator('mark.dossier-snippet').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
