// @vitest-environment jsdom
/**
 * "Open page" in the snippet library when the background refuses: a stored address that is not a
 * web page's (a javascript: URL written around the schema) is reported as such, and only a snippet
 * that is really gone as "no longer exists"; both in the UI language, and no tab is opened.
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
import { snippet } from './library-fixtures';

const read = (lang: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const EN = read('en');
const UK = read('uk');

(globalThis as unknown as { browser: unknown }).browser = {
  i18n: { getUILanguage: () => 'en', getMessage: (key: string) => EN[key]?.message ?? '' },
};

let db: DossierDb;
let root: HTMLElement;
let openTab: ReturnType<typeof vi.fn<(url: string) => Promise<number | undefined>>>;

beforeEach(async () => {
  db = freshDb();
  // Written around the schema, as only an old build or a hand-edited profile could.
  await db.snippets.put({ ...snippet({ id: 'snip-script' }), url: "javascript:window.__pwned='x'", pageUrl: undefined });
  await db.snippets.put(snippet({ id: 'snip-gone', url: 'https://news.example.org/gone', savedAt: '2026-11-19T12:00:00.000Z' }));
  openTab = vi.fn(async () => 3);
  const handlers = snippetLibraryHandlers(db, { openTab, revealInTab: () => undefined });
  const client = createClient(async (message) => {
    const request = RequestSchema.parse(message) as Request;
    if (request.type === 'entity.brief') return { ok: true, result: { entities: [] } };
    const handler = handlers[request.type as keyof typeof handlers] as (r: Request, f: object) => Promise<unknown>;
    return { ok: true, result: await handler(request, {}) };
  });
  root = document.createElement('div');
  document.body.append(root);
  render(h(SnippetsSection, { client }), root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

const problem = () => root.querySelector<HTMLElement>('[data-testid="lib-problem"]');
const openButton = (id: string) => root.querySelector<HTMLElement>(`[data-snippet-id="${id}"] [data-testid="lib-open"]`);

describe('Open page, refused', () => {
  it('has a text for "not a web address" in English and Ukrainian', () => {
    expect(EN.full_open_not_web?.message).toMatch(/not a web page address/);
    expect(UK.full_open_not_web?.message).toMatch(/не є адресою вебсторінки/);
  });

  it('says the address is not a web page, not that the snippet is gone', async () => {
    await vi.waitFor(() => expect(openButton('snip-script')).not.toBeNull());
    openButton('snip-script')!.click();
    await vi.waitFor(() => expect(problem()).not.toBeNull());
    expect(problem()!.textContent).toBe(EN.full_open_not_web!.message);
    expect(openTab).not.toHaveBeenCalled();
  });

  it('says a snippet deleted meanwhile no longer exists', async () => {
    await vi.waitFor(() => expect(openButton('snip-gone')).not.toBeNull());
    await db.snippets.delete('snip-gone');
    openButton('snip-gone')!.click();
    await vi.waitFor(() => expect(problem()).not.toBeNull());
    expect(problem()!.textContent).toBe(EN.lib_open_gone!.message);
    expect(openTab).not.toHaveBeenCalled();
  });
});
