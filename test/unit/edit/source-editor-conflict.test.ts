// @vitest-environment jsdom
/**
 * The source editor (components/options/editor/SourceEditor.tsx) against another window: its save
 * is based on the source as opened; when another window saved the source meanwhile, nothing is
 * written and a notice (role alert, focused) says so and offers to reload, which puts the stored
 * version in the form. A save after that goes through.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { handleMessage } from '../../../lib/background/router';
import type { Source } from '../../../lib/dataset/schema';
import type { DossierDb } from '../../../lib/db/database';
import { listSources, saveSource } from '../../../lib/db/edit-claims';
import { createClient } from '../../../lib/messages/client';
import type { Request } from '../../../lib/messages/protocol';
import { SourceEditor } from '../../../components/options/editor/SourceEditor';
import { seededDb } from './helpers';

const MESSAGES = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
(globalThis as unknown as { browser: unknown }).browser = {
  i18n: {
    getUILanguage: () => 'en',
    getMessage(key: string, subs?: string | string[]) {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (MESSAGES[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    },
  },
};

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;

let db: DossierDb;
let root: HTMLElement;
beforeEach(async () => {
  db = await seededDb();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const titleInput = () => root.querySelector<HTMLInputElement>('#edit-claims-0-sourceEdit-title')!;
function type(value: string) {
  titleInput().value = value;
  titleInput().dispatchEvent(new Event('input', { bubbles: true }));
}

describe('SourceEditor against another window', () => {
  it('refuses a save based on a source changed meanwhile, and reloads the stored version', async () => {
    const handlers = createHandlers(db, { openOptions: () => undefined });
    const ctx = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle: (r: Request, from: object) => handlers.handle(r, from) };
    const client = createClient((message) => handleMessage(JSON.parse(JSON.stringify(message)), { id: EXTENSION_ID, url: `${ORIGIN}/options.html` }, ctx));
    const opened = (await listSources(db)).find((s) => s.id === 'source-a')!;
    const onSaved = vi.fn<(s: Source) => void>();
    const onReloaded = vi.fn<(s: Source | null) => void>();
    render(h(SourceEditor, { client, path: '$.claims[0].sourceEdit', source: opened, citedHere: 1, onSaved, onReloaded, onClose: () => undefined }), root);

    type('Title from this window');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await saveSource(db, { ...opened, title: 'Title from the other window' }, false)).ok).toBe(true);
    byTestId('source-edit-save')!.click();

    await vi.waitFor(() => expect(byTestId('source-conflict')).not.toBeNull());
    const notice = byTestId('source-conflict')!;
    expect(notice.dataset.subject).toBe('source');
    expect(notice.dataset.conflict).toBe('changed');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain(MESSAGES.full_source_changed!.message);
    await vi.waitFor(() => expect(document.activeElement).toBe(notice));
    expect(onSaved).not.toHaveBeenCalled();
    expect((await db.sources.get('source-a'))?.title).toBe('Title from the other window');
    expect(titleInput().value).toBe('Title from this window');

    byTestId('source-conflict-reload')!.click();
    await vi.waitFor(() => expect(titleInput().value).toBe('Title from the other window'));
    expect(byTestId('source-conflict')).toBeNull();
    expect(onReloaded).toHaveBeenCalledWith(expect.objectContaining({ id: 'source-a', title: 'Title from the other window' }));

    type('Saved after reloading');
    // Preact renders the typed value before the next task, as it does between a person's keystrokes and clicks.
    await new Promise((resolve) => setTimeout(resolve, 0));
    byTestId('source-edit-save')!.click();
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ title: 'Saved after reloading' })));
    expect((await db.sources.get('source-a'))?.title).toBe('Saved after reloading');
  });
});
