/**
 * An open options page shows data the background changed without a reload: a dataset imported
 * from a second options page appears in the first one's entity list (a search already typed),
 * its counts and an open Datasets section; an entity saved elsewhere changes in an open entity
 * view. The background tells extension pages `data.changed` (lib/messages/notices.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, PROJECT_ROOT, type LaunchedBrowser } from '../support/browser';

let browser: LaunchedBrowser;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

async function openOptions(hash: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(extensionUrl(browser.extensionId, `options.html${hash}`));
  return page;
}

/** Sends a request from an extension page, as the options page's client does; the result, or throws. */
async function send<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const envelope = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  )) as { ok: boolean; result?: T; error?: string };
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.result as T;
}

const entityCount = async (page: Page) => Number(/[\d,\s]+/.exec(await page.getByTestId('dataset-summary').innerText())?.[0]?.replace(/\D/g, ''));

describe('an open options page follows changes made elsewhere', () => {
  it('a dataset imported in another window shows in the entity list, the counts and the Datasets section', async () => {
    const list = await openOptions('#/');
    const datasets = await openOptions('#/datasets');
    const other = await openOptions('#/datasets');
    try {
      await expect.poll(() => list.getByTestId('entity-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => entityCount(list), { timeout: 10_000 }).toBeGreaterThan(0);
      const before = await entityCount(list);
      await list.getByTestId('entity-search').fill('Volyn');
      await expect.poll(() => list.getByTestId('entity-result').count(), { timeout: 10_000 }).toBe(0);
      await datasets.getByTestId('ds-dataset').first().waitFor({ timeout: 15_000 });
      expect(await datasets.locator('[data-testid="ds-dataset"][data-dataset-id="volyn-armour"]').count()).toBe(0);

      const text = readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'datasets', 'volyn-armour.json'), 'utf8');
      expect(await send<{ ok: boolean }>(other, { type: 'dataset.import', text })).toMatchObject({ ok: true });

      // No reload: the typed search now finds the new entity, and the counts went up.
      const row = list.locator('[data-testid="entity-result"][data-entity-id="volyn-armour-works"]');
      await row.waitFor({ timeout: 10_000 });
      expect(await row.innerText()).toContain('Volyn Armour Works');
      await expect.poll(() => entityCount(list), { timeout: 10_000 }).toBe(before + 1);
      expect(await list.getByTestId('entity-search').inputValue()).toBe('Volyn');
      await datasets.locator('[data-testid="ds-dataset"][data-dataset-id="volyn-armour"]').waitFor({ timeout: 10_000 });
    } finally {
      await list.close();
      await datasets.close();
      await other.close();
    }
  });

  it('an entity saved in another window changes in an open entity view, focus left where it was', async () => {
    const view = await openOptions('#/entity/nato');
    const other = await openOptions('#/');
    try {
      await view.getByTestId('entity-view').locator('h2').waitFor({ timeout: 15_000 });
      await view.getByTestId('edit-entity').focus();
      const card = await send<{ entity: Record<string, unknown> }>(other, { type: 'entity.card', id: 'nato' });
      const saved = await send<{ ok: boolean }>(other, { type: 'entity.save', entity: { ...card.entity, summary: 'Summary saved in another window.' }, create: false });
      expect(saved.ok).toBe(true);
      await expect.poll(() => view.getByTestId('entity-view').innerText(), { timeout: 10_000 }).toContain('Summary saved in another window.');
      expect(await view.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('edit-entity');
    } finally {
      await view.close();
      await other.close();
    }
  });

  it('raised no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
