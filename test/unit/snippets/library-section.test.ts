// @vitest-environment jsdom
/**
 * The Snippets section in jsdom against the real library handlers over fake-indexeddb: the empty
 * state, search and filters, inline editing with validation, delete and undo, a full disk.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snippetLibraryHandlers } from '../../../lib/background/snippet-library-handlers';
import type { DossierDb } from '../../../lib/db/database';
import { createClient } from '../../../lib/messages/client';
import { RequestSchema, type Request } from '../../../lib/messages/protocol';
import { SnippetsSection } from '../../../components/options/snippets/SnippetsSection';
import { freshDb } from '../db/fixtures';
import { ENTITY_NAMES, sampleSnippets } from './library-fixtures';

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

let db: DossierDb;
let root: HTMLElement;
let sent: Request[];

function mount() {
  const handlers = snippetLibraryHandlers(db, { openTab: async () => 7, revealInTab: () => undefined });
  const answer = async (message: unknown) => {
    const request = RequestSchema.parse(message) as Request;
    sent.push(request);
    if (request.type === 'entity.brief')
      return { entities: request.ids.filter((id) => id in ENTITY_NAMES).map((id) => ({ id, name: ENTITY_NAMES[id as keyof typeof ENTITY_NAMES], type: 'person' })) };
    const handler = handlers[request.type as keyof typeof handlers] as (r: Request, f: object) => Promise<unknown>;
    return handler(request, {});
  };
  const client = createClient(async (message) => {
    try {
      return { ok: true, result: await answer(message) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  });
  render(h(SnippetsSection, { client }), root);
}

beforeEach(() => {
  db = freshDb();
  sent = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const cardIds = () => [...root.querySelectorAll<HTMLElement>('[data-testid="lib-snippet"]')].map((el) => el.dataset.snippetId);
const card = (id: string) => root.querySelector<HTMLElement>(`[data-snippet-id="${id}"]`)!;

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('snippets section', () => {
  it('says how to save snippets when there are none', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('lib-empty')).not.toBeNull());
    expect(byTestId('lib-empty')!.textContent).toContain('Save snippet');
    expect(byTestId('lib-import-file')).not.toBeNull();
  });

  it('lists snippets grouped by page with entity names, and filters as one types', async () => {
    await db.snippets.bulkPut(sampleSnippets());
    mount();
    await vi.waitFor(() => expect(cardIds()).toEqual(['snip-0001', 'snip-0004', 'snip-0003', 'snip-0002']));
    await vi.waitFor(() => expect(card('snip-0001').querySelector('[data-testid="lib-entities"]')!.textContent).toContain('Dmytro Kuleba'));
    expect(card('snip-0001').querySelector('a[data-entity-id="nato"]')!.getAttribute('href')).toBe('#/entity/nato');
    expect(card('snip-0002').querySelector('[data-testid="lib-placement"]')!.getAttribute('data-status')).toBe('missing');

    type(byTestId('lib-search') as HTMLInputElement, 'ЦИТАТА');
    await vi.waitFor(() => expect(cardIds()).toEqual(['snip-0003']));
    expect(byTestId('lib-count')!.getAttribute('data-matching')).toBe('1');
    byTestId('lib-clear-filters')!.click();
    await vi.waitFor(() => expect(cardIds()).toHaveLength(4));
  });

  it('refuses a tag that is too long without sending anything, then saves a valid edit', async () => {
    await db.snippets.bulkPut(sampleSnippets());
    mount();
    await vi.waitFor(() => expect(cardIds()).toHaveLength(4));
    (card('snip-0003').querySelector('[data-testid="lib-edit"]') as HTMLElement).click();
    await vi.waitFor(() => expect(card('snip-0003').querySelector('[data-testid="lib-edit-form"]')).not.toBeNull());
    const form = card('snip-0003').querySelector('form')!;
    type(form.querySelector('[data-testid="lib-edit-tags"]')!, `ok, ${'x'.repeat(101)}`);
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(form.querySelector('[role="alert"]')?.textContent ?? form.outerHTML).toContain('too long'));
    expect(sent.some((r) => r.type === 'snippet.update')).toBe(false);

    type(form.querySelector('[data-testid="lib-edit-tags"]')!, 'a, b');
    type(form.querySelector('[data-testid="lib-edit-note"]')!, 'Нова нотатка');
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(card('snip-0003').querySelector('[data-testid="lib-note"]')?.textContent).toBe('Нова нотатка'));
    expect((await db.snippets.get('snip-0003'))!.tags).toEqual(['a', 'b']);
  });

  it('deletes the selected snippets and brings them back with Undo', async () => {
    await db.snippets.bulkPut(sampleSnippets());
    mount();
    await vi.waitFor(() => expect(cardIds()).toHaveLength(4));
    for (const id of ['snip-0001', 'snip-0002']) (card(id).querySelector('[data-testid="lib-select"]') as HTMLInputElement).click();
    await vi.waitFor(() => expect(byTestId('lib-selected-count')!.getAttribute('data-count')).toBe('2'));
    byTestId('lib-delete-selected')!.click();
    await vi.waitFor(() => expect(cardIds()).toEqual(['snip-0004', 'snip-0003']));
    expect(await db.snippets.count()).toBe(2);
    expect(byTestId('lib-undo-bar')!.textContent).toContain('2 snippets deleted');
    byTestId('lib-undo')!.click();
    await vi.waitFor(() => expect(cardIds()).toHaveLength(4));
    expect(await db.snippets.count()).toBe(4);
  });

  it('explains a full disk in words', async () => {
    await db.snippets.bulkPut(sampleSnippets());
    mount();
    await vi.waitFor(() => expect(cardIds()).toHaveLength(4));
    vi.spyOn(db.snippets, 'bulkDelete').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    (card('snip-0004').querySelector('[data-testid="lib-delete"]') as HTMLElement).click();
    await vi.waitFor(() => expect(byTestId('lib-problem')?.textContent).toContain('no storage space left'));
    expect(await db.snippets.count()).toBe(4);
    expect(cardIds()).toHaveLength(4);
  });
});

describe('snippets section, review fixes', () => {
  it('undoes two deletions made one after the other, not only the last', async () => {
    await db.snippets.bulkPut(sampleSnippets());
    mount();
    await vi.waitFor(() => expect(cardIds()).toHaveLength(4));
    (card('snip-0004').querySelector('[data-testid="lib-delete"]') as HTMLElement).click();
    await vi.waitFor(() => expect(cardIds()).toHaveLength(3));
    (card('snip-0003').querySelector('[data-testid="lib-delete"]') as HTMLElement).click();
    await vi.waitFor(() => expect(cardIds().sort()).toEqual(['snip-0001', 'snip-0002']));
    expect(byTestId('lib-undo-bar')!.textContent).toContain('2 snippets deleted');
    byTestId('lib-undo')!.click();
    await vi.waitFor(() => expect(cardIds()).toHaveLength(4));
    expect(await db.snippets.count()).toBe(4);
  });
});
