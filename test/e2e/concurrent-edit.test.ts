/**
 * Two options pages editing at once lose no edit. Different entities: both saves persist. The same
 * entity: the first save wins and the second is refused with "changed in another window since you
 * opened it" (the edits stay in the form); reloading shows the first window's version, and a save
 * after that goes through. A claim removed in the form but edited in another window meanwhile is
 * not deleted: the same notice, and after reloading the delete goes through.
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

/** Sends any request from an extension page; the answer's result, or throws its error. */
async function send<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const envelope = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  )) as { ok: boolean; result?: T; error?: string };
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.result as T;
}

interface ClaimRow {
  id: string;
  text: string;
  sourceId: string;
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

  it('a claim and a source changed in another window: each save is refused with its notice, and reloading shows the other version', async () => {
    const b = await openEditor('dmytro-kuleba');
    try {
      const { claims } = await send<{ claims: ClaimRow[] }>(b, { type: 'claim.list', entityId: 'dmytro-kuleba' });
      const claim = claims[0]!;
      const ids = await b.locator('[data-testid="claim-editor"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id')));
      const i = ids.indexOf(claim.id);
      expect(i).toBeGreaterThanOrEqual(0);
      const editor = b.locator(`[data-testid="claim-editor"][data-claim-id="${claim.id}"]`);
      await editor.locator('button[aria-expanded="false"]').click();
      await b.locator(`#edit-claims-${i}-text`).fill('Claim text from window B.');

      // Another window saves the same claim first.
      await send(b, { type: 'claim.save', claim: { ...claim, text: 'Claim text from window A.' }, create: false });
      await b.getByTestId('editor-save').click();
      const notice = b.getByTestId('editor-conflict');
      await notice.waitFor({ timeout: 15_000 });
      expect(await notice.getAttribute('data-subject')).toBe('claim');
      expect(await notice.getAttribute('data-conflict')).toBe('changed');
      expect(await notice.innerText()).toMatch(/A claim was changed in another window/);
      await expect.poll(() => b.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor-conflict');
      const stored = async () => (await send<{ claims: ClaimRow[] }>(b, { type: 'claim.list', entityId: 'dmytro-kuleba' })).claims.find((c) => c.id === claim.id)!;
      expect((await stored()).text).toBe('Claim text from window A.');
      expect(await b.locator(`#edit-claims-${i}-text`).inputValue()).toBe('Claim text from window B.');
      expect(b.url()).toMatch(/#\/entity\/dmytro-kuleba\/edit$/);

      await b.getByTestId('editor-conflict-reload').click();
      await expect.poll(() => editor.locator('.ed-claim-head-text').innerText(), { timeout: 10_000 }).toContain('Claim text from window A.');
      expect(await b.getByTestId('editor-conflict').count()).toBe(0);

      // The claim's source, edited in place while another window saves it.
      await editor.locator('button[aria-expanded="false"]').click();
      await editor.getByTestId('source-edit').click();
      const title = b.locator(`#edit-claims-${i}-sourceEdit-title`);
      await title.fill('Source title from window B.');
      const { sources } = await send<{ sources: { id: string; title: string }[] }>(b, { type: 'source.list' });
      const source = sources.find((s) => s.id === claim.sourceId)!;
      await send(b, { type: 'source.save', source: { ...source, title: 'Source title from window A.' }, create: false });
      await editor.getByTestId('source-edit-save').click();
      const sourceNotice = b.getByTestId('source-conflict');
      await sourceNotice.waitFor({ timeout: 10_000 });
      expect(await sourceNotice.getAttribute('data-subject')).toBe('source');
      expect(await sourceNotice.innerText()).toMatch(/This source was changed in another window/);
      const storedTitle = async () => (await send<{ sources: { id: string; title: string }[] }>(b, { type: 'source.list' })).sources.find((s) => s.id === source.id)?.title;
      expect(await storedTitle()).toBe('Source title from window A.');
      expect(await title.inputValue()).toBe('Source title from window B.');

      await b.getByTestId('source-conflict-reload').click();
      await expect.poll(() => title.inputValue(), { timeout: 10_000 }).toBe('Source title from window A.');
      expect(await b.getByTestId('source-conflict').count()).toBe(0);
      await title.fill('Source title saved after reloading.');
      await editor.getByTestId('source-edit-save').click();
      await expect.poll(storedTitle, { timeout: 10_000 }).toBe('Source title saved after reloading.');
    } finally {
      await b.close();
    }
  });

  it('a claim deleted in the form but changed in another window is not deleted: a notice, the mark kept, and after reloading it can be', async () => {
    const b = await openEditor('dmytro-kuleba');
    try {
      const { claims } = await send<{ claims: ClaimRow[] }>(b, { type: 'claim.list', entityId: 'dmytro-kuleba' });
      // Not the claim the case above edited: this one is as the editor loaded it from the seed.
      const claim = claims.find((c) => c.text !== 'Claim text from window A.')!;
      const editor = b.locator(`[data-testid="claim-editor"][data-claim-id="${claim.id}"]`);
      await editor.locator('.ed-claim-head button.ed-danger-text').click();
      await expect.poll(() => editor.getAttribute('class')).toContain('ed-deleted');

      // Another window edits that claim before this one saves its deletion.
      await send(b, { type: 'claim.save', claim: { ...claim, text: 'Edited in window A before the delete.' }, create: false });
      await b.getByTestId('editor-save').click();
      const notice = b.getByTestId('editor-conflict');
      await notice.waitFor({ timeout: 15_000 });
      expect(await notice.getAttribute('data-subject')).toBe('claim');
      expect(await notice.getAttribute('data-action')).toBe('delete');
      expect(await notice.innerText()).toMatch(/so it was not deleted/);
      await expect.poll(() => b.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor-conflict');
      // The other window's edit survives; the form still has the claim marked for deletion.
      const stored = async () => (await send<{ claims: ClaimRow[] }>(b, { type: 'claim.list', entityId: 'dmytro-kuleba' })).claims.find((c) => c.id === claim.id);
      expect((await stored())?.text).toBe('Edited in window A before the delete.');
      expect(await editor.getAttribute('class')).toContain('ed-deleted');
      expect(b.url()).toMatch(/#\/entity\/dmytro-kuleba\/edit$/);

      // Reloaded, the claim shows the other window's text; deleting it now goes through.
      await b.getByTestId('editor-conflict-reload').click();
      await expect.poll(() => editor.locator('.ed-claim-head-text').innerText(), { timeout: 10_000 }).toContain('Edited in window A before the delete.');
      await editor.locator('.ed-claim-head button.ed-danger-text').click();
      await b.getByTestId('editor-save').click();
      await b.getByTestId('entity-view').waitFor({ timeout: 15_000 });
      expect(await stored()).toBeUndefined();
    } finally {
      await b.close();
    }
  });

  it('raised no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
