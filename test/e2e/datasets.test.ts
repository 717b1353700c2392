/**
 * The options page's Datasets section in real Chromium: a file with errors lists every error with
 * its path and writes nothing; a valid file shows what it adds, Apply imports it, the counts go up
 * and pages opened afterwards highlight the new entity; "Export everything" downloads a valid dataset.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../lib/dataset/validate';
import { extensionUrl, launchWithExtension, mentionsOf, PROJECT_ROOT, waitForHighlights, type LaunchedBrowser } from '../support/browser';
import { seed, squash } from '../support/fixtures';
import { startServer, type StaticServer } from '../support/server';

const DATASETS = path.join(PROJECT_ROOT, 'test', 'fixtures', 'datasets');
const readDataset = (name: string) => readFileSync(path.join(DATASETS, name));

let browser: LaunchedBrowser;
let server: StaticServer;
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  // An article naming the imported company, and NATO from the bundled dataset so that "highlights
  // settled" can wait for marks rather than sleep.
  server.route(
    '/volyn.html',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Volyn</title></head><body><article>' +
      '<p>NATO officials visited the region on Tuesday.</p>' +
      '<p id="company">Volyn Armour Works said it had repaired forty armoured vehicles this year.</p>' +
      '</article></body></html>',
  );
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openDatasets(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(extensionUrl(browser.extensionId, 'options.html#/datasets'));
  await page.getByTestId('ds-section').waitFor({ timeout: 15_000 });
  return page;
}

/** The totals the section shows, once the background has answered. */
async function totals(page: Page): Promise<{ entities: number; claims: number; sources: number }> {
  const read = async (kind: string) => Number((await page.getByTestId(`ds-total-${kind}`).innerText()).replace(/\D/g, ''));
  await page.getByTestId('ds-total-entities').waitFor({ timeout: 15_000 });
  return { entities: await read('entities'), claims: await read('claims'), sources: await read('sources') };
}

describe('datasets section', () => {
  const bundled = seed();
  const seedTotals = { entities: bundled.entities.length, claims: bundled.claims.length, sources: bundled.sources.length };

  it('shows the bundled dataset and the totals', async () => {
    const page = await openDatasets();
    try {
      expect(await totals(page)).toEqual(seedTotals);
      const item = page.locator('[data-testid="ds-dataset"][data-dataset-id="dossier-seed"]');
      expect(squash(await item.innerText())).toContain('Bundled with Dossier');
    } finally {
      await page.close();
    }
  });

  it('lists every error of an invalid file with its path, and writes nothing', async () => {
    const page = await openDatasets();
    try {
      await totals(page);
      await page.getByTestId('ds-file-input').setInputFiles({ name: 'invalid.json', mimeType: 'application/json', buffer: readDataset('invalid.json') });
      await page.getByTestId('ds-errors').waitFor({ timeout: 15_000 });
      const items = page.getByTestId('ds-error');
      expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-path')))).toEqual([
        '$.entities[1].id',
        '$.entities[1].type',
        '$.entities[1].aliases[0].text',
        '$.claims[0].quote',
        '$.sources[0].url',
      ]);
      // Each path is shown to the reader, beside its message.
      const shown = (await items.allInnerTexts()).map(squash);
      expect(shown[4]).toBe('$.sources[0].url must be an https:// URL');
      expect(squash(await page.getByTestId('ds-error-count').innerText())).toContain('5');
      expect(await page.getByTestId('ds-apply').count()).toBe(0);

      // Nothing was written: a fresh load shows the same counts and datasets.
      await page.reload();
      expect(await totals(page)).toEqual(seedTotals);
      expect(await page.getByTestId('ds-dataset').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('imports a valid file after showing what it adds; new pages highlight its entity', async () => {
    const page = await openDatasets();
    try {
      await totals(page);
      await page.getByTestId('ds-file-input').setInputFiles({ name: 'volyn-armour.json', mimeType: 'application/json', buffer: readDataset('volyn-armour.json') });
      const summary = page.getByTestId('ds-summary');
      await summary.waitFor({ timeout: 15_000 });
      const cell = (kind: string, change: string) => summary.locator(`tr[data-kind="${kind}"] td[data-change="${change}"]`).innerText();
      expect(await cell('entities', 'added')).toBe('1');
      expect(await cell('entities', 'changed')).toBe('0');
      expect(await cell('claims', 'added')).toBe('1');
      expect(await cell('sources', 'added')).toBe('1');
      expect(squash(await page.getByTestId('ds-version-line').innerText())).toContain('1.0.0');

      await page.getByTestId('ds-apply').click();
      await page.getByTestId('ds-result').waitFor({ timeout: 15_000 });
      await expect
        .poll(() => totals(page), { timeout: 10_000 })
        .toEqual({ entities: seedTotals.entities + 1, claims: seedTotals.claims + 1, sources: seedTotals.sources + 1 });
      const imported = page.locator('[data-testid="ds-dataset"][data-dataset-id="volyn-armour"]');
      expect(squash(await imported.innerText())).toContain('Imported file');

      const article = await browser.context.newPage();
      try {
        await article.goto(server.url('volyn.html'));
        await waitForHighlights(article, { min: 2, timeout: 10_000 });
        expect(await mentionsOf(article)).toContainEqual({ text: 'Volyn Armour Works', entityId: 'volyn-armour-works' });
      } finally {
        await article.close();
      }
    } finally {
      await page.close();
    }
  });

  it('"Export everything" downloads a valid dataset with every entity', async () => {
    const page = await openDatasets();
    try {
      const expected = await totals(page);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId('ds-export-all').click()]);
      expect(download.suggestedFilename()).toMatch(/^dossier-export-\d{4}-\d{2}-\d{2}\.json$/);
      const file = await download.path();
      const parsed = parseDatasetJson(readFileSync(file, 'utf8'));
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      if (!parsed.ok) return;
      expect(parsed.value.id).toBe('dossier-export');
      expect(parsed.value.entities).toHaveLength(expected.entities);
      expect(parsed.value.claims).toHaveLength(expected.claims);
      expect(parsed.value.sources).toHaveLength(expected.sources);
      await expect.poll(() => page.getByTestId('ds-export-status').getAttribute('data-step')).toBe('done');
    } finally {
      await page.close();
    }
  });

  it('raised no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
