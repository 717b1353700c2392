// @vitest-environment jsdom
/**
 * A full disk in the Datasets section, in the UI language: a dataset import that hits the quota
 * (the router answers with STORAGE_FULL_MESSAGE) and a sync problem with the `storage-full` code
 * are shown with their own translated text, never as "Request failed: Storage full: …" or
 * "Something went wrong: Storage full: …". Shown here in Ukrainian, as a Ukrainian browser shows it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { handleMessage } from '../../../lib/background/router';
import type { DossierDb } from '../../../lib/db/database';
import { installDataset } from '../../../lib/db/seed';
import { isStorageFullText, STORAGE_FULL_MESSAGE } from '../../../lib/db/storage-full';
import { createClient } from '../../../lib/messages/client';
import type { Request } from '../../../lib/messages/protocol';
import { SyncError, toProblem } from '../../../lib/sync/subscription-errors';
import { DatasetsSection } from '../../../components/options/datasets/DatasetsSection';
import { problemText, SyncProblemText } from '../../../components/options/datasets/SyncProblemText';
import { fixtureV1, freshDb } from '../db/fixtures';
import { datasetFixture, dump } from './helpers';

const read = (lang: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const UK = read('uk');
const EN = read('en');

(globalThis as unknown as { browser: unknown }).browser = {
  i18n: {
    getUILanguage: () => 'uk',
    getMessage(key: string, subs?: string | string[]) {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (UK[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    },
  },
};

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let db: DossierDb;
let root: HTMLElement;
beforeEach(async () => {
  db = freshDb();
  await installDataset(db, { ...fixtureV1(), id: 'dossier-seed', name: 'Dossier seed dataset' });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  vi.restoreAllMocks();
  render(null, root);
  root.remove();
  await db.delete();
});

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the storage-full texts', () => {
  it('exist in English and Ukrainian', () => {
    for (const key of ['full_import', 'full_sync']) {
      expect(EN[key]?.message).toMatch(/no storage space left/);
      expect(UK[key]?.message).toMatch(/не лишилося місця/);
    }
  });

  it('are recognised from the message the router answers with', () => {
    expect(isStorageFullText(STORAGE_FULL_MESSAGE)).toBe(true);
    expect(isStorageFullText('Request failed')).toBe(false);
  });
});

describe('dataset import with the disk full', () => {
  it('says so in the UI language, not as a failed request, and writes nothing', async () => {
    const handlers = createHandlers(db, { openOptions: () => undefined });
    const ctx = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle: (r: Request, from: object) => handlers.handle(r, from) };
    // As in the options page: every message goes through the router, whose answer the client throws.
    const client = createClient((message) => handleMessage(JSON.parse(JSON.stringify(message)), { id: EXTENSION_ID, url: `${ORIGIN}/options.html` }, ctx));
    render(h(DatasetsSection, { client }), root);
    await vi.waitFor(() => expect(byTestId('ds-total-entities')).not.toBeNull());
    const before = await dump(db);

    const input = byTestId('ds-file-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([datasetFixture('volyn-armour.json')], 'volyn-armour.json', { type: 'application/json' })], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(byTestId('ds-apply')).not.toBeNull());
    for (const table of [db.entityBlocks, db.claims, db.sources, db.datasets]) {
      vi.spyOn(table, 'put').mockRejectedValue(quota());
      vi.spyOn(table, 'bulkPut').mockRejectedValue(quota());
    }
    byTestId('ds-apply')!.click();

    await vi.waitFor(() => expect(byTestId('ds-failed')).not.toBeNull());
    const shown = text(byTestId('ds-failed'));
    expect(shown).toContain(UK.full_import!.message);
    expect(shown).not.toContain('Storage full');
    expect(shown).not.toContain(UK.ds_request_failed!.message.replace('$1', '').trim());
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
  });
});

describe('a sync problem with the disk full', () => {
  it('has its own code, which the options page shows in the UI language', () => {
    const problem = toProblem(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota() }));
    expect(problem).toEqual({ code: 'storage-full', message: STORAGE_FULL_MESSAGE, params: [] });
    expect(problemText(problem)).toBe(UK.full_sync!.message);
    render(h(SyncProblemText, { problem }), root);
    expect(byTestId('sync-problem')?.dataset.code).toBe('storage-full');
    expect(text(byTestId('sync-problem'))).toBe(UK.full_sync!.message);
    expect(text(root)).not.toContain('Storage full');
  });

  it('other failures keep their codes and texts', () => {
    expect(toProblem(new Error('boom'))).toEqual({ code: 'internal', message: 'boom', params: ['boom'] });
    expect(toProblem(new SyncError('network', 'offline'))).toMatchObject({ code: 'network' });
  });
});
