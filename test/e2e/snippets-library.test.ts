/**
 * The options page's snippet library in real Chromium: snippets come in through the library's
 * own import (a Web Annotation file); then search, entity and tag filters, an inline note edit,
 * delete and undo, each export format parsed from the downloaded file, "Open page" revealing the
 * snippet on its page, and a snippet not found at the last visit shown as such.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWebAnnotations } from '../../lib/snippets/export-annotation';
import type { Snippet } from '../../lib/snippets/schema';
import { extensionUrl, launchWithExtension, type LaunchedBrowser } from '../support/browser';
import { squash } from '../support/fixtures';
import { startServer, type StaticServer } from '../support/server';

let browser: LaunchedBrowser;
let server: StaticServer;
let page: Page;
const errors: string[] = [];

const QUOTE_A = 'Dmytro Kuleba met NATO officials in Brussels on Tuesday.';
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Background paragraph ${i + 1} about the week's events.</p>`).join('');

function snippets(): Snippet[] {
  const article = server.url('library-article.html');
  return [
    {
      id: 'e2e-snip-a',
      quote: QUOTE_A,
      prefix: 'paragraph 40 about the week\'s events.',
      suffix: ' The talks lasted five hours.',
      position: { start: 2400, end: 2456 },
      url: article,
      title: 'Kuleba in Brussels',
      site: '127.0.0.1',
      author: 'Jane Doe',
      publishedAt: '2026-11-18',
      savedAt: '2026-11-20T12:00:00.000Z',
      entities: ['dmytro-kuleba', 'nato'],
      note: 'Met in Brussels',
      tags: ['diplomacy'],
    },
    {
      id: 'e2e-snip-b',
      quote: 'Rheinmetall will build an ammunition plant, "within a year".',
      prefix: '',
      suffix: '',
      position: { start: 0, end: 60 },
      url: server.url('library-industry.html'),
      title: 'Rheinmetall plant',
      site: '127.0.0.1',
      savedAt: '2026-11-10T08:00:00.000Z',
      entities: ['rheinmetall'],
      note: 'Перевірити, чи є контракт',
      tags: ['industry'],
      placement: { status: 'missing', checkedAt: '2026-11-21T09:00:00.000Z' },
    },
    {
      id: 'e2e-snip-c',
      quote: 'Кулеба заявив, що переговори тривали п’ять годин.',
      prefix: '',
      suffix: '',
      position: { start: 2500, end: 2550 },
      url: article,
      title: 'Kuleba in Brussels',
      site: '127.0.0.1',
      savedAt: '2026-11-15T08:00:00.000Z',
      entities: ['dmytro-kuleba'],
      note: '',
      tags: ['diplomacy', 'переговори'],
    },
  ];
}

beforeAll(async () => {
  server = await startServer();
  // A long page, so that revealing the snippet has to scroll to it.
  server.route(
    '/library-article.html',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kuleba in Brussels</title></head><body><article>' +
      filler(40) +
      `<p>${QUOTE_A} The talks lasted five hours.</p><p>Кулеба заявив, що переговори тривали п’ять годин.</p>` +
      filler(30) +
      '</article></body></html>',
  );
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(extensionUrl(browser.extensionId, 'options.html#/snippets'));
  await page.getByTestId('lib-section').waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cards = () => page.getByTestId('lib-snippet');
const card = (id: string) => page.locator(`[data-testid="lib-snippet"][data-snippet-id="${id}"]`);
const shownIds = () => cards().evaluateAll((els) => els.map((el) => el.getAttribute('data-snippet-id')));

async function importFile(name: string, text: string): Promise<void> {
  await page.getByTestId('lib-import-file').setInputFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(text) });
}

async function download(format: string, button = 'lib-export-selected'): Promise<{ name: string; text: string }> {
  await page.getByTestId(`lib-format-${format}`).check();
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId(button).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('snippet library', () => {
  it('starts empty, saying how to save snippets; a broken file lists its errors and adds nothing', async () => {
    await page.getByTestId('lib-empty').waitFor({ timeout: 10_000 });
    expect(squash(await page.getByTestId('lib-empty').innerText())).toContain('Save snippet');
    expect(await page.getByTestId('nav-snippets').getAttribute('aria-current')).toBe('page');

    const broken = JSON.parse(exportWebAnnotations(snippets(), { entityNames: {} }));
    broken.first.items[1]['dossier:snippet'].url = 'javascript:alert(1)';
    await importFile('broken.jsonld', JSON.stringify(broken));
    await page.getByTestId('lib-import-errors').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('lib-import-error').evaluateAll((els) => els.map((el) => el.getAttribute('data-path')))).toEqual(['$.first.items[1]["dossier:snippet"].url']);
    expect(await cards().count()).toBe(0);
  });

  it('imports an exported file and shows each snippet with its page, entities and placement', async () => {
    await importFile('snippets.jsonld', exportWebAnnotations(snippets(), { entityNames: {} }));
    const summary = page.getByTestId('lib-import-summary');
    await summary.waitFor({ timeout: 10_000 });
    expect(await summary.getAttribute('data-added')).toBe('3');
    await expect.poll(shownIds, { timeout: 10_000 }).toEqual(['e2e-snip-a', 'e2e-snip-c', 'e2e-snip-b']);

    // Grouped by page: the article's two snippets together, with its title and site.
    const groups = page.getByTestId('lib-group');
    expect(await groups.count()).toBe(2);
    expect(await groups.first().getByTestId('lib-page-link').innerText()).toBe('Kuleba in Brussels');
    expect(await groups.first().getByTestId('lib-page-site').innerText()).toBe('127.0.0.1');

    // Entities by name (from the dataset), linking to their views.
    const entities = card('e2e-snip-a').getByTestId('lib-entities').locator('a');
    await expect.poll(() => entities.allInnerTexts(), { timeout: 10_000 }).toEqual(['Dmytro Kuleba', 'North Atlantic Treaty Organization']);
    expect(await entities.nth(1).getAttribute('href')).toBe('#/entity/nato');

    const missing = card('e2e-snip-b').getByTestId('lib-placement');
    expect(await missing.getAttribute('data-status')).toBe('missing');
    expect(squash(await missing.innerText())).toContain('Not found on its page at the last visit');
  });

  it('searches quotes and notes, and filters by entity and tag', async () => {
    const search = page.getByTestId('lib-search');
    await search.fill('КУЛЕБА');
    await expect.poll(shownIds).toEqual(['e2e-snip-c']);
    await search.fill('brussels');
    await expect.poll(shownIds).toEqual(['e2e-snip-a']);
    await search.fill('перевірити');
    await expect.poll(shownIds).toEqual(['e2e-snip-b']);
    await search.fill('');

    await page.getByTestId('lib-filter-entity').selectOption('dmytro-kuleba');
    await expect.poll(shownIds).toEqual(['e2e-snip-a', 'e2e-snip-c']);
    await page.getByTestId('lib-filter-entity').selectOption('');
    await page.getByTestId('lib-filter-tag').selectOption('industry');
    await expect.poll(shownIds).toEqual(['e2e-snip-b']);
    await page.getByTestId('lib-clear-filters').click();
    await expect.poll(shownIds).toEqual(['e2e-snip-a', 'e2e-snip-c', 'e2e-snip-b']);
  });

  it('edits a note and tags inline; the change is saved', async () => {
    await card('e2e-snip-a').getByTestId('lib-edit').click();
    await card('e2e-snip-a').getByTestId('lib-edit-note').fill('Updated note, with "quotes"');
    await card('e2e-snip-a').getByTestId('lib-edit-tags').fill('diplomacy, talks, talks');
    await card('e2e-snip-a').getByTestId('lib-edit-save').click();
    await expect.poll(() => card('e2e-snip-a').getByTestId('lib-note').innerText()).toBe('Updated note, with "quotes"');
    expect(await card('e2e-snip-a').getByTestId('lib-tags').locator('li').allInnerTexts()).toEqual(['diplomacy', 'talks']);

    await page.reload();
    await expect.poll(() => card('e2e-snip-a').getByTestId('lib-note').innerText(), { timeout: 10_000 }).toBe('Updated note, with "quotes"');
  });

  it('deletes a snippet and undoes the deletion', async () => {
    await card('e2e-snip-c').getByTestId('lib-delete').click();
    await expect.poll(shownIds).toEqual(['e2e-snip-a', 'e2e-snip-b']);
    await page.getByTestId('lib-undo').click();
    await expect.poll(shownIds, { timeout: 10_000 }).toEqual(['e2e-snip-a', 'e2e-snip-c', 'e2e-snip-b']);
  });

  it('exports the selection in each format, and the JSON-LD imports back as unchanged', async () => {
    await page.getByTestId('lib-select-all').check();
    expect(await page.getByTestId('lib-selected-count').getAttribute('data-count')).toBe('3');

    const jsonld = await download('annotation');
    expect(jsonld.name).toMatch(/^dossier-snippets-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const collection = JSON.parse(jsonld.text);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.first.items.map((a: { target: { selector: { type: string }[] } }) => a.target.selector.map((s) => s.type))).toEqual(
      Array(3).fill(['TextQuoteSelector', 'TextPositionSelector']),
    );
    const bodies = collection.first.items[0].body as { purpose: string; value: string }[];
    expect(bodies).toContainEqual(expect.objectContaining({ purpose: 'commenting', value: 'Updated note, with "quotes"' }));
    expect(bodies).toContainEqual(expect.objectContaining({ purpose: 'identifying', value: 'Dmytro Kuleba' }));

    const csv = await download('csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]!.startsWith('id,quote,note,tags,entities')).toBe(true);
    expect(lines[1]).toContain('"Updated note, with ""quotes"""');
    expect(csv.text).toContain('Кулеба заявив, що переговори');

    const md = await download('markdown');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text.startsWith('# Dossier snippets')).toBe(true);
    expect(md.text.split('\n---\n')).toHaveLength(3);
    expect(md.text).toContain(`> ${QUOTE_A}`);
    expect(md.text).toContain('— *Kuleba in Brussels*, 127.0.0.1, Jane Doe, 2026-11-18.');

    const csl = await download('csl');
    expect(csl.name).toMatch(/\.csl\.json$/);
    const items = JSON.parse(csl.text);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ type: 'article-newspaper', title: 'Kuleba in Brussels', 'container-title': '127.0.0.1', author: [{ family: 'Doe', given: 'Jane' }], abstract: QUOTE_A });

    // Importing the export again changes nothing: every snippet is kept as it is.
    await importFile(jsonld.name, jsonld.text);
    await expect.poll(() => page.getByTestId('lib-import-summary').getAttribute('data-kept'), { timeout: 10_000 }).toBe('3');
    expect(await page.getByTestId('lib-import-summary').getAttribute('data-added')).toBe('0');
  });

  it('"Open page" opens the source page scrolled to the snippet', async () => {
    const [article] = await Promise.all([browser.context.waitForEvent('page', { timeout: 15_000 }), card('e2e-snip-a').getByTestId('lib-open').click()]);
    try {
      await article.waitForLoadState('domcontentloaded');
      expect(article.url()).toBe(server.url('library-article.html'));
      const mark = article.locator('mark.dossier-snippet[data-snippet-id="e2e-snip-a"]').first();
      await mark.waitFor({ timeout: 15_000 });
      await expect
        .poll(
          () =>
            mark.evaluate((el) => {
              const r = el.getBoundingClientRect();
              return r.top >= 0 && r.bottom <= window.innerHeight;
            }),
          { timeout: 10_000 },
        )
        .toBe(true);
    } finally {
      await article.close();
    }
  });

  it('shows where the visit found the snippets', async () => {
    // The page just opened reported its snippets as found; the library reads that on its next load.
    await expect
      .poll(
        async () => {
          await page.reload();
          await card('e2e-snip-a').waitFor({ timeout: 10_000 });
          return card('e2e-snip-a').getByTestId('lib-placement').getAttribute('data-status');
        },
        { timeout: 15_000 },
      )
      .toBe('exact');
    expect(await card('e2e-snip-b').getByTestId('lib-placement').getAttribute('data-status')).toBe('missing');
  });

  it('raised no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
