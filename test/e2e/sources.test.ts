/**
 * Sources in the entity editor: a claim's source is edited in place (and every claim citing it shows
 * the change), a cited source cannot be deleted (the refusal is shown, nothing changes), and an
 * uncited one can, with Undo bringing it back.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, type LaunchedBrowser } from '../support/browser';

let browser: LaunchedBrowser;
const errors: string[] = [];

const ENTITY = 'rustem-umerov';
const SOURCE = 'kyiv-independent-2024-10-13-umerov-weapons-pledges';
const SOURCE_TITLE = 'Defense minister confirms more weapons pledges, arms production after foreign visit';

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

/** Sends a request to the background from an extension page, as the options page's client does. */
async function request(page: Page, message: Record<string, unknown>): Promise<unknown> {
  const envelope = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  )) as { ok: boolean; result?: unknown; error?: string };
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.result;
}

interface SourceRow {
  id: string;
  title: string;
  publisher?: string;
}
const sources = async (page: Page) => ((await request(page, { type: 'source.list' })) as { sources: SourceRow[] }).sources;

/** The editor of `id`, loaded (its name filled from the database and its sources listed). */
async function openEditor(id: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(extensionUrl(browser.extensionId, `options.html#/entity/${id}/edit`));
  await page.locator('[data-testid="entity-editor"] #edit-name').waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('#edit-name').inputValue(), { timeout: 10_000 }).not.toBe('');
  return page;
}

/** Opens the claim editor `claim` (collapsed when stored) and waits for its source picker. */
async function expand(claim: Locator): Promise<void> {
  await claim.getByRole('button', { name: /^(Edit|Редагувати)$/ }).click();
  await claim.locator('select').waitFor();
  await expect.poll(() => claim.locator('select option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
}

describe('sources in the editor', () => {
  it('edits the source of a claim in place, with errors at its fields, and the entity view shows it', async () => {
    const page = await openEditor(ENTITY);
    try {
      const claim = page.getByTestId('claim-editor').first();
      await expand(claim);
      expect(await page.locator('#edit-claims-0-sourceId').inputValue()).toBe(SOURCE);
      await claim.getByTestId('source-edit').click();
      const form = claim.getByTestId('source-edit-form');
      await form.waitFor();
      // Pre-filled, focused on the title, and saying the source is shared (8 claims here cite it).
      expect(await page.locator('#edit-claims-0-sourceEdit-title').inputValue()).toBe(SOURCE_TITLE);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-claims-0-sourceEdit-title');
      expect(await form.getByTestId('source-shared-note').innerText()).toContain('8');

      // The same checks as a new source: an empty title and a bad URL are told at their fields.
      await page.locator('#edit-claims-0-sourceEdit-title').fill('');
      await page.locator('#edit-claims-0-sourceEdit-url').fill('not a url');
      await form.getByTestId('source-edit-save').click();
      for (const id of ['edit-claims-0-sourceEdit-title', 'edit-claims-0-sourceEdit-url']) {
        await expect.poll(() => page.locator(`#${id}`).getAttribute('aria-invalid')).toBe('true');
        expect((await page.locator(`#${id}-error`).innerText()).trim(), id).not.toBe('');
      }
      expect((await sources(page)).find((s) => s.id === SOURCE)?.title).toBe(SOURCE_TITLE);

      await page.locator('#edit-claims-0-sourceEdit-title').fill(SOURCE_TITLE);
      await page.locator('#edit-claims-0-sourceEdit-url').fill('');
      await page.locator('#edit-claims-0-sourceEdit-publisher').fill('Edited Publisher');
      // Enter in a field saves the source (not the entity's form).
      await page.locator('#edit-claims-0-sourceEdit-publisher').press('Enter');
      await form.waitFor({ state: 'detached', timeout: 10_000 });
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('source-edit');
      expect(page.url()).toMatch(/\/edit$/);
      expect((await sources(page)).find((s) => s.id === SOURCE)?.publisher).toBe('Edited Publisher');
      await expect.poll(() => page.locator(`#edit-claims-0-sourceId option[value="${SOURCE}"]`).innerText()).toContain('Edited Publisher');

      // Nothing else changed, so leaving asks nothing; the entity view shows the new publisher.
      await page.getByTestId('editor-cancel').click();
      const view = page.locator(`[data-testid="entity-view"][data-entity-id="${ENTITY}"]`);
      await view.waitFor({ timeout: 10_000 });
      await expect.poll(() => view.getByTestId('claim').first().innerText(), { timeout: 10_000 }).toContain('Edited Publisher');
    } finally {
      await page.close();
    }
  });

  it('refuses to delete a source that claims cite, says why, and changes nothing', async () => {
    const page = await openEditor(ENTITY);
    try {
      const before = { sources: await sources(page), card: await request(page, { type: 'entity.card', id: ENTITY }) };
      const claim = page.getByTestId('claim-editor').first();
      await expand(claim);
      await claim.getByTestId('source-delete').click();
      const dialog = page.getByTestId('confirm-dialog');
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain(SOURCE_TITLE);
      await dialog.getByTestId('confirm-delete').click();
      const refusal = claim.getByTestId('source-delete-error');
      await refusal.waitFor({ timeout: 10_000 });
      expect(await refusal.getAttribute('role')).toBe('alert');
      expect(await refusal.innerText()).toContain('17');
      expect(await page.getByTestId('undo-toast').count()).toBe(0);
      expect(await page.locator('#edit-claims-0-sourceId').inputValue()).toBe(SOURCE);
      expect({ sources: await sources(page), card: await request(page, { type: 'entity.card', id: ENTITY }) }).toEqual(before);
    } finally {
      await page.close();
    }
  });

  it('a source written with a new claim can be deleted once no claim cites it, and Undo brings it back', async () => {
    const TITLE = 'Disposable test source';
    const TEXT = 'Umerov spoke about a disposable test.';
    // 1. A new claim with a new source.
    let page = await openEditor(ENTITY);
    const n = await page.getByTestId('claim-editor').count();
    await page.getByTestId('claim-add').click();
    await page.locator(`#edit-claims-${n}-text`).fill(TEXT);
    await page.locator(`#edit-claims-${n}-quote`).fill('A quote for the disposable test.');
    await page.getByTestId('claim-editor').nth(n).getByTestId('source-new').click();
    await page.locator(`#edit-claims-${n}-source-title`).fill(TITLE);
    await page.locator(`#edit-claims-${n}-source-publisher`).fill('Test Desk');
    await page.getByTestId('editor-save').click();
    await page.locator(`[data-testid="entity-view"][data-entity-id="${ENTITY}"]`).waitFor({ timeout: 10_000 });
    const created = (await sources(page)).find((s) => s.title === TITLE);
    expect(created?.publisher).toBe('Test Desk');
    const id = created!.id;
    await page.close();

    // 2. While its claim cites it, it stays; deleting the claim frees it.
    page = await openEditor(ENTITY);
    const mine = page.getByTestId('claim-editor').filter({ hasText: TEXT });
    await mine.getByRole('button', { name: /^(Delete|Видалити)\b/ }).click();
    await page.getByTestId('editor-save').click();
    await page.locator(`[data-testid="entity-view"][data-entity-id="${ENTITY}"]`).waitFor({ timeout: 10_000 });
    await page.close();

    // 3. Picked on a new claim, it can be deleted; Undo restores it and the pick.
    page = await openEditor(ENTITY);
    try {
      const m = await page.getByTestId('claim-editor').count();
      await page.getByTestId('claim-add').click();
      const claim = page.getByTestId('claim-editor').nth(m);
      const select = page.locator(`#edit-claims-${m}-sourceId`);
      await expect.poll(() => select.locator(`option[value="${id}"]`).count(), { timeout: 10_000 }).toBe(1);
      await select.selectOption(id);
      await claim.getByTestId('source-delete').click();
      await page.getByTestId('confirm-dialog').getByTestId('confirm-delete').click();
      await page.getByTestId('undo-toast').waitFor({ timeout: 10_000 });
      expect((await sources(page)).some((s) => s.id === id)).toBe(false);
      await expect.poll(() => select.inputValue()).toBe('');
      expect(await select.locator(`option[value="${id}"]`).count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`edit-claims-${m}-sourceId`);

      await page.getByTestId('undo-button').click();
      await expect.poll(() => page.getByTestId('undo-toast').count(), { timeout: 10_000 }).toBe(0);
      expect((await sources(page)).find((s) => s.id === id)).toEqual(created);
      await expect.poll(() => select.inputValue(), { timeout: 10_000 }).toBe(id);
      // Undo keeps the editor open.
      expect(page.url()).toMatch(/#\/entity\/rustem-umerov\/edit$/);
    } finally {
      await page.close();
    }
  });

  it('raised no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
