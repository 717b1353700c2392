/**
 * Editing in the options page: a saved alias reaches a tab that is already open (no reload); an
 * invalid edit shows its errors at the fields and changes nothing; a deletion can be undone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, readMentions, waitForHighlights, type LaunchedBrowser } from '../support/browser';
import { squash } from '../support/fixtures';
import { startServer, type StaticServer } from '../support/server';

let browser: LaunchedBrowser;
let server: StaticServer;
const errors: string[] = [];

const ALIAS = 'Kuleba-Test-Alias';
const LIVE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live alias</title></head><body>
<article><h1>Diplomacy</h1>
<p>Dmytro Kuleba spoke to reporters in Kyiv on Tuesday.</p>
<p>Later that day ${ALIAS} was seen leaving the ministry.</p>
</article></body></html>`;

beforeAll(async () => {
  server = await startServer();
  server.route('/edit-live.html', LIVE_PAGE);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openOptions(hash: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(extensionUrl(browser.extensionId, `options.html${hash}`));
  return page;
}

/** Sends a request to the background from an extension page, as the options page's client does. */
async function request(page: Page, message: Record<string, unknown>): Promise<unknown> {
  const envelope = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  )) as { ok: boolean; result?: unknown; error?: string };
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.result;
}

const card = (page: Page, id: string) => request(page, { type: 'entity.card', id });

/** The editor, loaded (its name field filled from the database). */
async function openEditor(id: string): Promise<Page> {
  const page = await openOptions(`#/entity/${id}/edit`);
  await page.locator('[data-testid="entity-editor"] #edit-name').waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('#edit-name').inputValue(), { timeout: 10_000 }).not.toBe('');
  return page;
}

describe('editing entities', () => {
  it('an alias saved in the options page is highlighted in an already open tab, without a reload', async () => {
    const tab = await browser.context.newPage();
    const options = await openEditor('dmytro-kuleba');
    try {
      await tab.goto(server.url('edit-live.html'));
      await waitForHighlights(tab, { min: 1, timeout: 10_000 });
      expect((await readMentions(tab)).map((m) => m.text)).not.toContain(ALIAS);
      await tab.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

      const rows = options.locator('#edit-aliases [data-row-key]');
      const before = await rows.count();
      await options.locator('#edit-aliases-add').click();
      await expect.poll(() => rows.count()).toBe(before + 1);
      await options.locator(`#edit-aliases-${before}-text`).fill(ALIAS);
      await options.getByTestId('editor-save').click();
      await options.locator('[data-testid="entity-view"][data-entity-id="dmytro-kuleba"]').waitFor({ timeout: 10_000 });
      expect(options.url()).toMatch(/#\/entity\/dmytro-kuleba$/);
      const saved = (await card(options, 'dmytro-kuleba')) as { entity: { aliases: { text: string }[] } };
      expect(saved.entity.aliases.map((a) => a.text)).toContain(ALIAS);

      // The background tells open tabs; the content script fetches the new lexicon and re-annotates.
      await expect
        .poll(async () => (await readMentions(tab)).some((m) => m.text === ALIAS && m.entityId === 'dmytro-kuleba'), { timeout: 15_000 })
        .toBe(true);
      expect(await tab.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    } finally {
      await tab.close();
      await options.close();
    }
  });

  it('an invalid edit shows each error at its field, asks before leaving, and changes nothing', async () => {
    const page = await openEditor('rheinmetall');
    try {
      const before = await card(page, 'rheinmetall');
      await page.locator('#edit-name').fill('');
      if ((await page.locator('#edit-aliases [data-row-key]').count()) === 0) await page.locator('#edit-aliases-add').click();
      await page.locator('#edit-aliases-0-text').fill('Bad\u0007alias');
      const claims = page.getByTestId('claim-editor');
      if ((await claims.count()) === 0) await page.getByTestId('claim-add').click();
      else await claims.first().getByRole('button', { name: /^(Edit|Редагувати)$/ }).click();
      await page.locator('#edit-claims-0-quote').fill('x'.repeat(301));
      await expect.poll(async () => page.getByTestId('quote-counter').first().getAttribute('class')).toContain('ed-over');

      await page.getByTestId('editor-save').click();
      const summary = page.getByTestId('error-summary');
      await summary.waitFor({ timeout: 10_000 });
      const fields = { 'edit-name': '$.name', 'edit-aliases-0-text': '$.aliases[0].text', 'edit-claims-0-quote': '$.claims[0].quote' };
      const listed = await summary.locator('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-path')));
      for (const [id, path] of Object.entries(fields)) {
        const field = page.locator(`#${id}`);
        expect(await field.getAttribute('aria-invalid'), id).toBe('true');
        expect(await field.getAttribute('aria-describedby'), id).toContain(`${id}-error`);
        expect((await page.locator(`#${id}-error`).innerText()).trim(), id).not.toBe('');
        expect(listed, id).toContain(path);
      }
      // A summary entry moves focus to its field.
      await summary.locator('button[data-path="$.name"]').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-name');
      expect(page.url()).toMatch(/#\/entity\/rheinmetall\/edit$/);

      // Leaving by a hash change asks; "stay" keeps the editor and its changes.
      page.once('dialog', (d) => void d.dismiss());
      await page.evaluate(() => (location.hash = '#/'));
      await expect.poll(() => page.url()).toMatch(/#\/entity\/rheinmetall\/edit$/);
      expect(await page.locator('#edit-name').inputValue()).toBe('');

      expect(await card(page, 'rheinmetall')).toEqual(before);
      // Cancel, confirmed, leaves without saving.
      page.once('dialog', (d) => void d.accept());
      await page.getByTestId('editor-cancel').click();
      await page.locator('[data-testid="entity-view"][data-entity-id="rheinmetall"]').waitFor({ timeout: 10_000 });
      expect(await card(page, 'rheinmetall')).toEqual(before);
    } finally {
      await page.close();
    }
  });

  it('creates an entity with a related entity (picked by keyboard) and a claim citing a new source', async () => {
    const page = await openOptions('#/new');
    try {
      await page.locator('#edit-name').waitFor({ timeout: 15_000 });
      await page.locator('#edit-name').fill('Test Person Editor');
      // The id follows the name until it is edited.
      expect(await page.locator('#edit-id').inputValue()).toBe('test-person-editor');
      await page.locator('#edit-type').selectOption('person');

      await page.locator('#edit-related-add').click();
      const picker = page.locator('#edit-related-0-id');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('edit-related-0-id');
      await picker.pressSequentially('kuleb');
      await page.locator('#edit-related-0-id-list [role="option"]').first().waitFor({ timeout: 10_000 });
      await picker.press('ArrowDown');
      await picker.press('Enter');
      await expect.poll(() => picker.inputValue()).toBe('Dmytro Kuleba');
      await page.locator('#edit-related-0-relation').fill('met');

      await page.getByTestId('claim-add').click();
      await page.locator('#edit-claims-0-text').fill('Test Person Editor met Kuleba.');
      await page.locator('#edit-claims-0-quote').fill('They met in Kyiv.');
      expect(squash(await page.getByTestId('quote-counter').innerText())).toMatch(/^17 \/ 300\b/);
      await page.getByTestId('source-new').click();
      await page.locator('#edit-claims-0-source-title').fill('Test source headline');
      await page.locator('#edit-claims-0-source-url').fill('https://example.com/test');
      await page.getByTestId('editor-save').click();

      await page.locator('[data-testid="entity-view"][data-entity-id="test-person-editor"]').waitFor({ timeout: 10_000 });
      const saved = (await card(page, 'test-person-editor')) as {
        datasetId: string;
        related: { id: string }[];
        claims: { text: string; source: { title: string; url?: string } | null }[];
      };
      expect(saved.datasetId).toBe('user');
      expect(saved.related.map((r) => r.id)).toEqual(['dmytro-kuleba']);
      expect(saved.claims).toMatchObject([{ text: 'Test Person Editor met Kuleba.', source: { title: 'Test source headline', url: 'https://example.com/test' } }]);
      await request(page, { type: 'entity.delete', id: 'test-person-editor' });
    } finally {
      await page.close();
    }
  });

  it('deleting an entity can be undone: it and everything that referred to it come back', async () => {
    const page = await openOptions('#/entity/nato');
    try {
      await page.locator('[data-testid="entity-view"][data-entity-id="nato"] [data-testid="entity-delete"]').waitFor({ timeout: 15_000 });
      const before = { nato: await card(page, 'nato'), reznikov: await card(page, 'oleksii-reznikov'), kuleba: await card(page, 'dmytro-kuleba') };

      await page.getByTestId('entity-delete').click();
      const dialog = page.getByTestId('confirm-dialog');
      await dialog.waitFor();
      await dialog.getByTestId('confirm-delete').click();
      await page.getByTestId('undo-toast').waitFor({ timeout: 10_000 });
      // The shell leaves the deleted entity's view (for the list).
      await expect.poll(() => page.url()).not.toMatch(/#\/entity\/nato/);
      expect(await card(page, 'nato')).toBeNull();
      const reznikov = (await card(page, 'oleksii-reznikov')) as { entity: { related: { id: string }[] } };
      expect(reznikov.entity.related.map((r) => r.id)).not.toContain('nato');

      await page.getByTestId('undo-button').click();
      await page.locator('[data-testid="entity-view"][data-entity-id="nato"]').waitFor({ timeout: 10_000 });
      await expect.poll(() => page.getByTestId('undo-toast').count()).toBe(0);
      expect({ nato: await card(page, 'nato'), reznikov: await card(page, 'oleksii-reznikov'), kuleba: await card(page, 'dmytro-kuleba') }).toEqual(before);
    } finally {
      await page.close();
    }
  });

  it('raised no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
