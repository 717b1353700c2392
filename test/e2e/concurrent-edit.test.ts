/**
 * Two options pages editing at once lose no edit. Different entities: both saves persist. The same
 * entity: the first save wins and the second is refused with "changed in another window since you
 * opened it" (the edits stay in the form); reloading shows the first window's version, and a save
 * after that goes through.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, type LaunchedBrowser } from '../support/browser';

let browser: LaunchedBrowser;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

/** Sends a request to the background from an extension page, as the options page's client does. */
async function summaryOf(page: Page, id: string): Promise<string | undefined> {
  const envelope = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    { type: 'entity.card', id },
  )) as { ok: boolean; result?: { entity: { summary?: string } }; error?: string };
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.result?.entity.summary;
}

/** An options page with the editor of `id` loaded. */
async function openEditor(id: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(extensionUrl(browser.extensionId, `options.html#/entity/${id}/edit`));
  await page.locator('[data-testid="entity-editor"] #edit-name').waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('#edit-name').inputValue(), { timeout: 10_000 }).not.toBe('');
  return page;
}

/** Types a new summary and saves; resolves once the save answered (the view, or a notice). */
async function saveSummary(page: Page, summary: string): Promise<'saved' | 'conflict'> {
  await page.locator('#edit-summary').fill(summary);
  await page.getByTestId('editor-save').click();
  const view = page.getByTestId('entity-view');
  const conflict = page.getByTestId('editor-conflict');
  await view.or(conflict).first().waitFor({ timeout: 15_000 });
  return (await conflict.count()) > 0 ? 'conflict' : 'saved';
}

describe('two options pages editing at once', () => {
  it('edits of different entities in two windows both persist', async () => {
    const a = await openEditor('nato');
    const b = await openEditor('dmytro-kuleba');
    try {
      // Both forms are open before either saves.
      expect(await saveSummary(a, 'Edited in window A.')).toBe('saved');
      expect(await saveSummary(b, 'Edited in window B.')).toBe('saved');
      expect(await summaryOf(a, 'nato')).toBe('Edited in window A.');
      expect(await summaryOf(b, 'dmytro-kuleba')).toBe('Edited in window B.');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('the same entity: the second save is refused, keeps its edits, and can reload the first', async () => {
    const a = await openEditor('rheinmetall');
    const b = await openEditor('rheinmetall');
    try {
      expect(await saveSummary(a, 'Saved first, in window A.')).toBe('saved');
      expect(await saveSummary(b, 'Saved second, in window B.')).toBe('conflict');

      const notice = b.getByTestId('editor-conflict');
      expect(await notice.getAttribute('data-conflict')).toBe('changed');
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(await notice.innerText()).toMatch(/changed in another window since you opened it/);
      // Focus moves to the notice, so keyboard and screen reader users hear it.
      await expect.poll(() => b.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor-conflict');
      // Nothing was overwritten, and the refused edit is still in the form.
      expect(await summaryOf(b, 'rheinmetall')).toBe('Saved first, in window A.');
      expect(await b.locator('#edit-summary').inputValue()).toBe('Saved second, in window B.');
      expect(b.url()).toMatch(/#\/entity\/rheinmetall\/edit$/);

      // "Reload" shows what window A saved; a save from there goes through.
      await b.getByTestId('editor-conflict-reload').click();
      await expect.poll(() => b.locator('#edit-summary').inputValue(), { timeout: 10_000 }).toBe('Saved first, in window A.');
      expect(await b.getByTestId('editor-conflict').count()).toBe(0);
      expect(await saveSummary(b, 'Saved after reloading, in window B.')).toBe('saved');
      expect(await summaryOf(b, 'rheinmetall')).toBe('Saved after reloading, in window B.');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('the same entity deleted in another window: the save is refused, nothing comes back', async () => {
    const a = await openEditor('nato');
    try {
      const envelope = (await a.evaluate(
        (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
        { type: 'entity.delete', id: 'nato' },
      )) as { ok: boolean };
      expect(envelope.ok).toBe(true);
      expect(await saveSummary(a, 'Edited after the delete.')).toBe('conflict');
      expect(await a.getByTestId('editor-conflict').getAttribute('data-conflict')).toBe('deleted');
      expect(await summaryOf(a, 'nato')).toBeUndefined();
    } finally {
      await a.close();
    }
  });

  it('raised no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
