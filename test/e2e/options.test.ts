/**
 * The options page: a summary of the installed dataset, entity search (in any script), and deep
 * links to an entity's view with its claims.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, type LaunchedBrowser } from '../support/browser';
import { seed, seedClaimsOf, seedEntity, squash } from '../support/fixtures';

let browser: LaunchedBrowser;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

async function openOptions(hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(extensionUrl(browser.extensionId, `options.html${hash}`));
  return page;
}

describe('options page', () => {
  it('summarises the installed dataset with its counts', async () => {
    const page = await openOptions();
    try {
      const summary = page.getByTestId('dataset-summary');
      await summary.waitFor();
      const { entities, claims, sources } = seed();
      // Counts arrive once the background has answered; poll until they are there.
      await expect
        .poll(async () => squash(await summary.innerText()), { timeout: 15_000 })
        .toMatch(new RegExp(`\\b${entities.length.toLocaleString('en-US')}\\b`));
      const text = squash(await summary.innerText());
      const numbers = (text.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+/g) ?? []).map(Number);
      expect(numbers).toContain(entities.length);
      expect(numbers).toContain(claims.length);
      expect(numbers).toContain(sources.length);
      expect(entities.length).toBeGreaterThan(0);
      expect(claims.length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('finds an entity by a Cyrillic name: "Кулеба" → Dmytro Kuleba', async () => {
    const page = await openOptions();
    try {
      const search = page.getByTestId('entity-search');
      await search.waitFor();
      await search.fill('Кулеба');
      const result = page.locator('[data-testid="entity-result"][data-entity-id="dmytro-kuleba"]');
      await result.waitFor({ timeout: 10_000 });
      expect(squash(await result.textContent())).toContain(seedEntity('dmytro-kuleba').name);

      // Choosing the result shows the entity.
      await result.click();
      const view = page.getByTestId('entity-view');
      await view.waitFor();
      await expect.poll(() => view.getAttribute('data-entity-id')).toBe('dmytro-kuleba');
      expect(page.url()).toMatch(/#\/entity\/dmytro-kuleba$/);
    } finally {
      await page.close();
    }
  });

  it('finds entities by a Latin name prefix, case-insensitively', async () => {
    const page = await openOptions();
    try {
      const search = page.getByTestId('entity-search');
      await search.waitFor();
      await search.fill('rheinm');
      await page.locator('[data-testid="entity-result"][data-entity-id="rheinmetall"]').waitFor({ timeout: 10_000 });
    } finally {
      await page.close();
    }
  });

  it('a deep link shows the entity view with its claims', async () => {
    const page = await openOptions('#/entity/dmytro-kuleba');
    try {
      const view = page.locator('[data-testid="entity-view"][data-entity-id="dmytro-kuleba"]');
      await view.waitFor({ timeout: 10_000 });
      await expect.poll(async () => squash(await view.textContent()), { timeout: 10_000 }).toContain(seedEntity('dmytro-kuleba').name);
      const seeded = seedClaimsOf('dmytro-kuleba');
      const claims = view.getByTestId('claim');
      await expect.poll(() => claims.count(), { timeout: 10_000 }).toBe(seeded.length);
      const shown = (await claims.allTextContents()).map(squash);
      for (const { claim } of seeded) {
        expect(shown.some((t) => t.includes(squash(claim.quote)) || t.includes(squash(claim.text)))).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  it('changing the hash switches the entity without a reload', async () => {
    const page = await openOptions('#/entity/dmytro-kuleba');
    try {
      await page.locator('[data-testid="entity-view"][data-entity-id="dmytro-kuleba"]').waitFor({ timeout: 10_000 });
      await page.evaluate(() => (window as unknown as { __sameDocument: boolean }).__sameDocument = true);
      await page.evaluate(() => (location.hash = '#/entity/nato'));
      const view = page.locator('[data-testid="entity-view"][data-entity-id="nato"]');
      await view.waitFor({ timeout: 10_000 });
      await expect.poll(async () => squash(await view.textContent()), { timeout: 10_000 }).toContain(seedEntity('nato').name);
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('raised no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
