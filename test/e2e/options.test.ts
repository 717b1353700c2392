/**
 * The options page: its sections and navigation, a summary of the installed dataset, entity search
 * (in any script), and deep links to an entity's view with its claims, timeline and graph.
 * test/e2e/entity-list.test.ts covers the entity list in depth.
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

  it('has a navigation with Entities, Snippets, Datasets and Settings, routed by the hash', async () => {
    const page = await openOptions();
    try {
      const nav = page.getByRole('navigation');
      await nav.waitFor();
      expect((await nav.getByRole('link').allTextContents()).map(squash)).toEqual(['Entities', 'Snippets', 'Datasets', 'Settings']);
      expect(await page.getByTestId('nav-entities').getAttribute('aria-current')).toBe('page');
      await page.getByTestId('entities-section').waitFor();

      await page.getByTestId('nav-datasets').click();
      await expect.poll(() => page.url()).toMatch(/#\/datasets$/);
      expect(await page.getByTestId('nav-datasets').getAttribute('aria-current')).toBe('page');
      expect(await page.getByTestId('nav-entities').getAttribute('aria-current')).toBeNull();
      await expect.poll(() => page.getByTestId('entities-section').count()).toBe(0);
      // Moving to a section puts focus on its heading.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');

      await page.getByTestId('nav-settings').click();
      await expect.poll(() => page.url()).toMatch(/#\/settings$/);
      expect(await page.getByTestId('nav-settings').getAttribute('aria-current')).toBe('page');

      // An entity view belongs to the Entities section.
      await page.evaluate(() => (location.hash = '#/entity/nato'));
      await page.locator('[data-testid="entity-view"][data-entity-id="nato"]').waitFor();
      expect(await page.getByTestId('nav-entities').getAttribute('aria-current')).toBe('page');
    } finally {
      await page.close();
    }
  });

  it('an entity view shows where it came from, an Edit link, a timeline and a graph', async () => {
    const page = await openOptions('#/entity/rustem-umerov');
    try {
      const view = page.locator('[data-testid="entity-view"][data-entity-id="rustem-umerov"]');
      await view.getByTestId('entity-name').waitFor({ timeout: 10_000 });
      // The dataset's name arrives with the page's overview, maybe after the entity itself.
      await expect.poll(async () => squash(await view.getByTestId('entity-origin').textContent())).toBe('From dataset “Dossier seed dataset”');
      expect(await view.getByTestId('entity-edited').count()).toBe(0);
      expect(await view.getByTestId('edit-entity').getAttribute('href')).toBe('#/entity/rustem-umerov/edit');

      // The timeline: dated claims oldest first, each a control that moves focus to its claim.
      const timeline = view.getByTestId('entity-timeline');
      await timeline.waitFor();
      const dates = await timeline.locator('[data-testid="timeline-date"] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
      expect(dates.length).toBeGreaterThan(1);
      expect(dates).toEqual([...dates].sort());
      expect(dates[0]).toBe('2024-08-27');
      const first = seedClaimsOf('rustem-umerov').find(({ claim }) => claim.date === '2024-08-27')!.claim;
      await timeline.locator(`button[data-claim-id="${first.id}"]`).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-claim-id'))).toBe(first.id);

      // The graph: one image with a summary, a node per related entity, each a link.
      const graph = view.getByTestId('entity-graph');
      const svg = graph.locator('svg');
      expect(await svg.getAttribute('role')).toBe('img');
      expect(await svg.getAttribute('aria-label')).toContain('Rustem Umerov');
      const related = seedEntity('rustem-umerov').related ?? [];
      expect(related.length).toBeGreaterThan(0);
      const nodes = graph.locator('a.graph-node');
      expect(await nodes.count()).toBe(related.length);
      const description = squash(await graph.locator('ul.visually-hidden').textContent());
      for (const r of related) expect(description).toContain(r.relation);
      await nodes.first().click();
      await page.locator(`[data-testid="entity-view"][data-entity-id="${related[0]!.id}"]`).waitFor();
    } finally {
      await page.close();
    }
  });

  it('an entity without dated claims or related entities shows neither timeline nor graph', async () => {
    const page = await openOptions('#/entity/brussels');
    try {
      const view = page.locator('[data-testid="entity-view"][data-entity-id="brussels"]');
      await view.getByTestId('entity-name').waitFor({ timeout: 10_000 });
      await expect.poll(() => view.getByTestId('claim').count()).toBe(seedClaimsOf('brussels').length);
      expect(seedClaimsOf('brussels').every(({ claim, source }) => !claim.date && !source?.date)).toBe(true);
      expect(await view.getByTestId('entity-timeline').count()).toBe(0);
      expect(seedEntity('brussels').related ?? []).toEqual([]);
      expect(await view.getByTestId('entity-graph').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('raised no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
