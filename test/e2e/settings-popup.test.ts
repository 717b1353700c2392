/**
 * Settings and the toolbar popup, live in open tabs: the popup lists the page's entities by type
 * with counts and shows one on the page; its switch takes a site's highlights away and brings
 * them back; colours, style, first-mention-only and entity types changed on the settings page
 * reach an open tab without a reload; the popover delay follows the setting.
 *
 * A real popup cannot be opened from a test, so the popup runs as an ordinary page,
 * `popup.html?tab=<id>`, describing the article's tab (see components/popup/ports.ts). Article
 * tabs are opened with chrome.tabs.create from the service worker, which gives their tab id.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, IS_FIREFOX, launchWithExtension, MARK_SELECTOR, poll, waitForHighlights, type LaunchedBrowser } from '../support/browser';
import { readFixture, seedEntity } from '../support/fixtures';
import { markOf, readPopoverTiming, recordPopoverTiming, waitForPopover } from '../support/popover';
import { startServer, type StaticServer } from '../support/server';

/** The extension's APIs where the evaluated functions run (service worker, extension pages). */
declare const chrome: typeof import('wxt/browser').browser;

let browser: LaunchedBrowser;
let server: StaticServer;
const opened: Page[] = [];

beforeAll(async () => {
  server = await startServer();
  server.route('/nothing-known.html', '<!doctype html><title>Quiet</title><p>Nothing anyone here would look up.</p>');
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close().catch(() => {})));
  // Back to the defaults for the next test.
  await browser.worker!.evaluate(() => chrome.storage.local.clear());
});

/** Opens a fixture page in a new tab through the extension, so its tab id is known. */
async function openArticle(name: string, minMarks = 1): Promise<{ page: Page; tabId: number }> {
  const [page, tabId] = await Promise.all([
    browser.context.waitForEvent('page'),
    browser.worker!.evaluate((url) => chrome.tabs.create({ url }).then((tab) => tab.id!), server.url(name)),
  ]);
  opened.push(page);
  await page.waitForLoadState();
  if (minMarks) await waitForHighlights(page, { min: minMarks, timeout: 10_000 });
  return { page, tabId };
}

async function openPopup(tabId: number): Promise<Page> {
  if (IS_FIREFOX) {
    // The real popup floats over the article, which stays shown: here a window of its own, as a
    // tab would hide the article and Firefox does not animate (smoothly scroll) a hidden tab.
    const [popup] = await Promise.all([
      browser.context.waitForEvent('page'),
      browser.worker!.evaluate((url) => chrome.windows.create({ url, width: 420, height: 600 }).then(() => undefined), extensionUrl(browser.extensionId, `popup.html?tab=${tabId}`)),
    ]);
    opened.push(popup);
    await popup.waitForURL(/popup\.html/);
    await popup.waitForLoadState();
    return popup;
  }
  const popup = await browser.context.newPage();
  opened.push(popup);
  await popup.goto(extensionUrl(browser.extensionId, `popup.html?tab=${tabId}`));
  return popup;
}

async function openSettings(): Promise<Page> {
  const page = await browser.context.newPage();
  opened.push(page);
  await page.goto(extensionUrl(browser.extensionId, 'options.html#/settings'));
  await page.getByTestId('settings-style').waitFor();
  return page;
}

/** Mentions per entity on the page: first marks of mentions, by entity id. */
function pageCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    document.querySelectorAll<HTMLElement>('mark.dossier-mark[role="button"]').forEach((m) => {
      const id = m.dataset.entityId!;
      counts[id] = (counts[id] ?? 0) + 1;
    });
    return counts;
  });
}

const markCount = (page: Page) => page.locator(MARK_SELECTOR).count();

function badgeText(tabId: number): Promise<string> {
  return browser.worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Computed look of the first mark of an entity. */
function markStyle(page: Page, entityId: string): Promise<{ background: string; shadow: string }> {
  return markOf(page, entityId).evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, shadow: s.boxShadow };
  });
}

describe('the popup', () => {
  it('lists the entities on the page grouped by type, with their names and mention counts', async () => {
    const { page, tabId } = await openArticle('demo-article.html', 10);
    const expected = await pageCounts(page);
    const popup = await openPopup(tabId);
    const read = () =>
      popup.getByTestId('popup-group').evaluateAll((groups) =>
        groups.map((g) => ({
          type: g.getAttribute('data-type'),
          heading: g.querySelector('h2')?.textContent?.trim(),
          entities: [...g.querySelectorAll('[data-testid="popup-entity"]')].map((b) => ({
            id: b.getAttribute('data-entity-id')!,
            name: b.querySelector('.name')?.textContent,
            count: Number(b.querySelector('[data-testid="popup-entity-count"]')?.textContent),
          })),
        })),
      );
    // Complete once every entity is listed under its name from the dataset (names load after the list).
    const complete = (groups: Awaited<ReturnType<typeof read>>) => {
      const all = groups.flatMap((g) => g.entities);
      return all.length === Object.keys(expected).length && all.every((e) => e.name === seedEntity(e.id).name);
    };
    const listed = (await poll(async () => {
      const groups = await read();
      return complete(groups) ? groups : null;
    })) ?? (await read());
    const all = listed.flatMap((g) => g.entities);
    expect(Object.fromEntries(all.map((e) => [e.id, e.count]))).toEqual(expected);
    for (const group of listed) {
      expect(group.heading).toBeTruthy();
      for (const e of group.entities) {
        // Grouped under its own type, named from the dataset.
        expect(seedEntity(e.id).type).toBe(group.type);
        expect(e.name).toBe(seedEntity(e.id).name);
      }
      // Most mentioned first within a group.
      const counts = group.entities.map((e) => e.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    expect(new Set(listed.map((g) => g.type)).size).toBe(listed.length);
    expect(listed.length).toBeGreaterThan(2);
    expect(await popup.getByTestId('popup-site-switch').getAttribute('aria-checked')).toBe('true');
    expect(await badgeText(tabId)).toBe(String(Object.values(expected).reduce((a, b) => a + b, 0)));
  });

  it('shows an entity chosen in the list: the page scrolls to its first mention, flashes and focuses it', async () => {
    const { page, tabId } = await openArticle('long-article.html', 20);
    // The entity whose first mention is furthest below the window.
    const target = await page.evaluate(() => {
      let best = { id: '', top: -Infinity };
      const seen = new Set<string>();
      document.querySelectorAll<HTMLElement>('mark.dossier-mark[role="button"]').forEach((m) => {
        const id = m.dataset.entityId!;
        if (seen.has(id)) return;
        seen.add(id);
        const top = m.getBoundingClientRect().top;
        if (top > best.top) best = { id, top };
      });
      return { ...best, height: innerHeight };
    });
    expect(target.top).toBeGreaterThan(target.height);
    await page.evaluate(() => {
      const w = window as unknown as { __flashed: boolean };
      w.__flashed = false;
      new MutationObserver(() => (w.__flashed ||= !!document.querySelector('[data-dossier-flash]'))).observe(document.body, {
        subtree: true,
        attributeFilter: ['data-dossier-flash'],
      });
    });
    const popup = await openPopup(tabId);
    await popup.locator(`[data-testid="popup-entity"][data-entity-id="${target.id}"]`).click();

    const inView = await poll(() =>
      markOf(page, target.id).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    );
    expect(inView).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __flashed: boolean }).__flashed)).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.entityId)).toBe(target.id);
    // Focused quietly: the card opens on Enter, not by itself.
    await page.bringToFront();
    expect((await waitForPopover(page, false, 300)).open).toBe(false);
    await page.keyboard.press('Enter');
    expect((await waitForPopover(page, true)).open).toBe(true);
  });

  it('switches the site off, taking the open tab’s highlights away, and on again, bringing them back', async () => {
    const { page, tabId } = await openArticle('popover.html', 3);
    const before = await markCount(page);
    const html = await page.evaluate(() => document.body.innerHTML);
    const popup = await openPopup(tabId);
    const toggle = popup.getByTestId('popup-site-switch');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    expect(await popup.locator('#site-host').textContent()).toContain('127.0.0.1');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await expect.poll(() => markCount(page), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => popup.getByTestId('popup-state').getAttribute('data-state')).toBe('off');
    await expect.poll(() => badgeText(tabId)).toBe('');
    const stored = await browser.worker!.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { sites: { except: string[] } }).sites.except).toEqual(['127.0.0.1']);

    await toggle.click();
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(before);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(html);
    await expect.poll(() => popup.getByTestId('popup-entity').count()).toBeGreaterThan(0);
  });

  it('says why it has nothing to show: nothing known, a page Dossier cannot read', async () => {
    const quiet = await openArticle('nothing-known.html', 0);
    const popup = await openPopup(quiet.tabId);
    await expect.poll(() => popup.getByTestId('popup-state').getAttribute('data-state')).toBe('none');

    // The extension's own page: not a web page.
    const optionsTab = await browser.worker!.evaluate((url) => chrome.tabs.create({ url }).then((t) => t.id!), extensionUrl(browser.extensionId, 'options.html'));
    const other = await openPopup(optionsTab);
    await expect.poll(() => other.getByTestId('popup-state').getAttribute('data-state')).toBe('not-web');
    await browser.worker!.evaluate((id) => chrome.tabs.remove(id), optionsTab);
  });
});

describe('settings reach open tabs without a reload', () => {
  it('changes highlight colour and style', async () => {
    const { page } = await openArticle('popover.html', 3);
    const settings = await openSettings();
    const person = 'dmytro-kuleba';
    expect(seedEntity(person).type).toBe('person');
    // Default: an underline in the person colour (#2f6fdb), no tint.
    expect(await markStyle(page, person)).toEqual({ background: 'rgba(0, 0, 0, 0)', shadow: expect.stringContaining('rgb(47, 111, 219)') });

    await settings.locator('[data-testid="settings-type"][data-type="person"] input[type="color"]').fill('#cc0000');
    await expect.poll(async () => (await markStyle(page, person)).shadow).toContain('rgb(204, 0, 0)');

    await settings.locator('[data-testid="settings-style"] input[value="background"]').check();
    await expect.poll(() => markStyle(page, person)).toEqual({ background: 'rgba(204, 0, 0, 0.26)', shadow: 'none' });
    // The preview on the settings page shows the same.
    const preview = settings.locator('[data-testid="settings-preview"] mark[data-entity-type="person"]');
    expect(await preview.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(204, 0, 0, 0.26)');

    await settings.locator('[data-testid="settings-style"] input[value="none"]').check();
    await expect.poll(() => markStyle(page, person)).toEqual({ background: 'rgba(0, 0, 0, 0)', shadow: 'none' });
    // Still there, and still found by the pointer.
    await markOf(page, person).hover();
    expect((await markStyle(page, person)).shadow).toContain('rgb(204, 0, 0)');
    expect((await waitForPopover(page, true)).open).toBe(true);
  });

  it('colours apply on a page whose CSP forbids inline styles too', async () => {
    const csp = "default-src 'none'; style-src 'self'; script-src 'self'";
    server.route('/strict-csp.html', { body: readFixture('popover.html'), headers: { 'content-security-policy': csp } });
    const { page } = await openArticle('strict-csp.html', 3);
    await browser.worker!.evaluate(() => chrome.storage.local.set({ settings: { style: 'background', colors: { person: '#00aa00' } } }));
    await expect.poll(async () => (await markStyle(page, 'dmytro-kuleba')).background).toBe('rgba(0, 170, 0, 0.26)');
  });

  it('"first mention only" leaves one highlight per entity; entity types switch off and on', async () => {
    const { page } = await openArticle('demo-article.html', 10);
    const every = await pageCounts(page);
    expect(Math.max(...Object.values(every))).toBeGreaterThan(1);
    const settings = await openSettings();

    await settings.locator('[data-testid="settings-mentions"] input[value="first"]').check();
    await expect.poll(() => pageCounts(page)).toEqual(Object.fromEntries(Object.keys(every).map((id) => [id, 1])));

    await settings.locator('[data-testid="settings-mentions"] input[value="every"]').check();
    await expect.poll(() => pageCounts(page)).toEqual(every);

    const places = Object.keys(every).filter((id) => seedEntity(id).type === 'place');
    expect(places.length).toBeGreaterThan(0);
    await settings.locator('[data-testid="settings-type"][data-type="place"] input[type="checkbox"]').uncheck();
    await expect.poll(async () => Object.keys(await pageCounts(page)).filter((id) => places.includes(id))).toEqual([]);
    await settings.locator('[data-testid="settings-type"][data-type="place"] input[type="checkbox"]').check();
    await expect.poll(() => pageCounts(page)).toEqual(every);
  });

  it('site list on the settings page: only-mode with no site listed switches every tab off', async () => {
    const { page } = await openArticle('popover.html', 3);
    const settings = await openSettings();
    await settings.locator('[data-testid="settings-site-mode"] input[value="only"]').check();
    await expect.poll(() => markCount(page)).toBe(0);
    await settings.getByTestId('settings-site-input').fill('http://127.0.0.1/any/page');
    await settings.getByTestId('settings-site-add').click();
    await expect.poll(() => settings.getByTestId('settings-site-entry').getAttribute('data-site')).toBe('127.0.0.1');
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    // Reset to defaults, asked twice.
    await settings.getByTestId('settings-reset').click();
    await settings.getByTestId('settings-reset-confirm').click();
    await expect.poll(() => settings.locator('[data-testid="settings-site-mode"] input[value="everywhere-except"]').isChecked()).toBe(true);
  });

  it('the popover delay follows the setting', async () => {
    const { page } = await openArticle('popover.html', 3);
    await browser.worker!.evaluate(() => chrome.storage.local.set({ settings: { popoverDelayMs: 1200 } }));
    await recordPopoverTiming(page, `${MARK_SELECTOR}[data-entity-id="dmytro-kuleba"]`);
    await markOf(page, 'dmytro-kuleba').hover();
    await waitForPopover(page, true, 5_000);
    const { enteredAt, openedAt } = await readPopoverTiming(page);
    expect(openedAt! - enteredAt!).toBeGreaterThanOrEqual(1_100);
  });
});
