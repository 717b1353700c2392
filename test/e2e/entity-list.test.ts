/**
 * The options page's entity list: search in any script, filters, sorting, keyboard use, and a
 * virtualised list that renders only the rows in view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, type LaunchedBrowser } from '../support/browser';
import { seed, squash } from '../support/fixtures';

let browser: LaunchedBrowser;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

async function openList(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(extensionUrl(browser.extensionId, 'options.html#/entities'));
  await page.locator('[data-testid="entity-result"]').first().waitFor({ timeout: 15_000 });
  return page;
}

const status = (page: Page) => page.getByTestId('entity-list-status').innerText().then(squash);
const rowIds = (page: Page) => page.locator('[data-testid="entity-result"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entity-id')));
const row = (page: Page, id: string) => page.locator(`[data-testid="entity-result"][data-entity-id="${id}"]`);

describe('entity list', () => {
  it('lists the 45 entities of the seed, rendering only the rows in view', async () => {
    const page = await openList();
    try {
      const total = seed().entities.length;
      expect(total).toBe(45);
      await expect.poll(() => status(page)).toBe('45 entities');
      expect(await page.getByRole('listbox').getAttribute('aria-label')).toBe('Entities');
      const rendered = await page.locator('[data-testid="entity-result"]').count();
      expect(rendered).toBeGreaterThan(5);
      expect(rendered).toBeLessThan(total);
      expect(await page.locator('[role="option"]').first().getAttribute('aria-setsize')).toBe('45');

      // Scrolled to the end, the last entity by name is there, the first is gone.
      const byName = [...seed().entities].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
      await page.locator('.listbox-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await row(page, byName.at(-1)!.id).waitFor();
      expect(await row(page, byName[0]!.id).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('filters by type and by dataset', async () => {
    const page = await openList();
    try {
      const people = seed().entities.filter((e) => e.type === 'person');
      await page.getByTestId('type-filter-person').check();
      await expect.poll(() => status(page)).toBe(`${people.length} entities`);
      await expect.poll(async () => (await rowIds(page)).sort()).toEqual(people.map((e) => e.id).sort());
      expect(new Set(await page.locator('[data-testid="entity-result"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entity-type'))))).toEqual(
        new Set(['person']),
      );

      // A second type adds to the first.
      const companies = seed().entities.filter((e) => e.type === 'company');
      await page.getByTestId('type-filter-company').check();
      await expect.poll(() => status(page)).toBe(`${people.length + companies.length} entities`);

      await page.getByTestId('dataset-filter').selectOption('user');
      await expect.poll(() => status(page)).toBe('No entities pass these filters.');
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => status(page)).toBe('45 entities');
    } finally {
      await page.close();
    }
  });

  it('sorts by name either way, and by type', async () => {
    const page = await openList();
    try {
      const byName = [...seed().entities].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
      await expect.poll(async () => (await rowIds(page))[0]).toBe(byName[0]!.id);
      await page.getByTestId('order-select').selectOption('desc');
      await expect.poll(async () => (await rowIds(page))[0]).toBe(byName.at(-1)!.id);
      await page.getByTestId('order-select').selectOption('asc');
      await page.getByTestId('sort-select').selectOption('type');
      // People come first, by name.
      await expect.poll(async () => (await rowIds(page))[0]).toBe(byName.find((e) => e.type === 'person')!.id);
    } finally {
      await page.close();
    }
  });

  it('searches names and aliases in any script, accent- and case-insensitively, by word prefix', async () => {
    const page = await openList();
    try {
      const search = page.getByTestId('entity-search');
      for (const [query, id] of [
        ['kul', 'dmytro-kuleba'],
        ['Кул', 'dmytro-kuleba'],
        ['zelenskyy', 'volodymyr-zelensky'],
        ['ZELENSKÝ', 'volodymyr-zelensky'],
        ['umerov', 'rustem-umerov'],
        ['Умєров', 'rustem-umerov'],
        ['defence ukrainian', 'ministry-of-defence-of-ukraine'],
      ]) {
        await search.fill(query!);
        // The status names the query once its results are shown (until then the previous ones stay).
        await expect.poll(() => status(page), { timeout: 10_000 }).toContain(`“${query}”`);
        expect((await rowIds(page))[0], query).toBe(id);
      }
      await search.fill('no such name anywhere');
      await expect.poll(() => status(page)).toBe('No entities match “no such name anywhere”.');
      expect(await rowIds(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('finds an entity by its Cyrillic alias; Enter opens it, and the list is as it was on return', async () => {
    const page = await openList();
    try {
      const search = page.getByTestId('entity-search');
      await search.fill('Кулеба');
      const result = row(page, 'dmytro-kuleba');
      await result.waitFor();
      await expect.poll(() => rowIds(page)).toEqual(['dmytro-kuleba']);
      // The row says which name matched.
      expect(squash(await result.textContent())).toContain('“Кулеба”');
      await search.press('Enter');
      await page.locator('[data-testid="entity-view"][data-entity-id="dmytro-kuleba"]').waitFor();
      expect(page.url()).toMatch(/#\/entity\/dmytro-kuleba$/);

      await page.goBack();
      await row(page, 'dmytro-kuleba').waitFor();
      expect(await page.getByTestId('entity-search').inputValue()).toBe('Кулеба');
    } finally {
      await page.close();
    }
  });

  it('arrow keys move through the results from the search box and from the list', async () => {
    const page = await openList();
    try {
      const search = page.getByTestId('entity-search');
      await search.fill('ukr');
      // Until its answer comes, the list keeps showing the previous results.
      await expect.poll(() => status(page)).toMatch(/^\d+ entities matching “ukr”$/);
      const total = Number((await status(page)).split(' ')[0]);
      expect(total).toBeGreaterThan(2);
      const ids = await rowIds(page);
      expect(ids.length).toBe(total);
      expect(await search.getAttribute('aria-activedescendant')).toBe('entity-option-0');
      await search.press('ArrowDown');
      await search.press('ArrowDown');
      await search.press('ArrowUp');
      expect(await search.getAttribute('aria-activedescendant')).toBe('entity-option-1');
      expect(await page.locator('#entity-option-1').getAttribute('aria-selected')).toBe('true');

      // The listbox itself takes arrows, Home and End too.
      const listbox = page.getByRole('listbox');
      await listbox.focus();
      await page.keyboard.press('End');
      expect(await listbox.getAttribute('aria-activedescendant')).toBe(`entity-option-${total - 1}`);
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator(`[data-testid="entity-view"][data-entity-id="${ids[1]}"]`).waitFor();
    } finally {
      await page.close();
    }
  });

  it('"New entity" opens the editor route', async () => {
    const page = await openList();
    try {
      await page.getByTestId('new-entity').click();
      await expect.poll(() => page.url()).toMatch(/#\/new$/);
    } finally {
      await page.close();
    }
  });

  it('raised no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
