// @vitest-environment jsdom
/**
 * The Datasets section in jsdom against the real handlers over fake-indexeddb: what is installed,
 * a file with errors, a valid file's summary, Apply and Cancel, and export.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetHandlers } from '../../../lib/background/dataset-handlers';
import type { DossierDb } from '../../../lib/db/database';
import { getOverview } from '../../../lib/db/queries';
import { installDataset } from '../../../lib/db/seed';
import { createClient } from '../../../lib/messages/client';
import { RequestSchema, type Request } from '../../../lib/messages/protocol';
import { DatasetsSection } from '../../../components/options/datasets/DatasetsSection';
import { fixtureV1, freshDb } from '../db/fixtures';
import { datasetFixture, dump } from './helpers';

const MESSAGES = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

// components/i18n.ts reads browser.i18n, as WXT provides it in the extension.
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
let changed: ReturnType<typeof vi.fn<() => void>>;

beforeEach(async () => {
  db = freshDb();
  await installDataset(db, { ...fixtureV1(), id: 'dossier-seed', name: 'Dossier seed dataset' });
  changed = vi.fn<() => void>();
  const handlers = datasetHandlers(db, changed);
  // Requests go through the protocol's schema, as the router parses them.
  const answer = async (message: unknown) => {
    const request = RequestSchema.parse(message) as Request;
    if (request.type === 'dataset.overview') return getOverview(db);
    const handler = handlers[request.type as keyof typeof handlers] as (r: Request, f: object) => Promise<unknown>;
    return handler(request, {});
  };
  const client = createClient(async (message) => ({ ok: true, result: await answer(message) }));
  root = document.createElement('div');
  document.body.append(root);
  render(h(DatasetsSection, { client }), root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function chooseFile(name: string, content: string): void {
  const input = byTestId('ds-file-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('DatasetsSection', () => {
  it('lists the installed datasets with their origin, counts and the totals', async () => {
    await vi.waitFor(() => expect(allByTestId('ds-dataset')).toHaveLength(1));
    const item = allByTestId('ds-dataset')[0]!;
    expect(item.dataset.datasetId).toBe('dossier-seed');
    expect(text(item)).toContain('Dossier seed dataset');
    expect(text(item)).toContain('Bundled with Dossier');
    expect(text(item.querySelector('[data-testid="ds-dataset-version"]'))).toBe('1.0.0');
    expect(text(byTestId('ds-total-entities'))).toBe('3');
    expect(text(byTestId('ds-total-claims'))).toBe('3');
    expect(text(byTestId('ds-total-sources'))).toBe('2');
  });

  it('lists every problem of an invalid file with its path, and writes nothing', async () => {
    await vi.waitFor(() => expect(byTestId('ds-total-entities')).not.toBeNull());
    const before = await dump(db);
    chooseFile('invalid.json', datasetFixture('invalid.json'));
    await vi.waitFor(() => expect(byTestId('ds-errors')).not.toBeNull());
    const errors = allByTestId('ds-error');
    expect(errors.map((e) => e.dataset.path)).toEqual(['$.entities[1].id', '$.entities[1].type', '$.entities[1].aliases[0].text', '$.claims[0].quote', '$.sources[0].url']);
    expect(text(errors[4]!)).toContain('must be an https:// URL');
    expect(text(byTestId('ds-error-count'))).toBe('Problems found: 5. Nothing was saved.');
    // Focus moves to the outcome, for keyboard and screen-reader users.
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('invalid.json cannot be imported'));
    expect(await dump(db)).toEqual(before);
  });

  it('shows what a valid file would change; Apply imports it and updates the counts', async () => {
    await vi.waitFor(() => expect(text(byTestId('ds-total-entities'))).toBe('3'));
    chooseFile('volyn-armour.json', datasetFixture('volyn-armour.json'));
    await vi.waitFor(() => expect(byTestId('ds-summary')).not.toBeNull());
    expect(text(byTestId('ds-version-line'))).toBe('A new dataset, version 1.0.0.');
    const cell = (kind: string, change: string) => text(root.querySelector(`[data-testid="ds-changes"] tr[data-kind="${kind}"] td[data-change="${change}"]`));
    expect(cell('entities', 'added')).toBe('1');
    expect(cell('entities', 'kept')).toBe('0');
    expect(await db.entityRows.get('volyn-armour-works')).toBeUndefined();

    byTestId('ds-apply')!.click();
    await vi.waitFor(() => expect(byTestId('ds-result')).not.toBeNull());
    expect(text(byTestId('ds-result'))).toContain('Imported: Volyn Armour Works');
    await vi.waitFor(() => expect(text(byTestId('ds-total-entities'))).toBe('4'));
    expect(allByTestId('ds-dataset').map((d) => d.dataset.datasetId).sort()).toEqual(['dossier-seed', 'volyn-armour']);
    expect(text(root.querySelector('[data-dataset-id="volyn-armour"]'))).toContain('Imported file');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('takes a file dropped on the drop zone', async () => {
    const zone = byTestId('ds-dropzone')!;
    const file = new File([datasetFixture('volyn-armour.json')], 'volyn-armour.json', { type: 'application/json' });
    const drag = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file], dropEffect: 'none' } });
      zone.dispatchEvent(event);
      return event;
    };
    // Prevented, or the browser would open the file instead of handing it to the page.
    expect(drag('dragover').defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(zone.classList.contains('ds-drop-over')).toBe(true));
    expect(drag('drop').defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(byTestId('ds-summary')?.dataset.datasetId).toBe('volyn-armour'));
    expect(zone.classList.contains('ds-drop-over')).toBe(false);
  });

  it('Cancel forgets the file and returns focus to the file input, with nothing written', async () => {
    await vi.waitFor(() => expect(byTestId('ds-total-entities')).not.toBeNull());
    const before = await dump(db);
    chooseFile('volyn-armour.json', datasetFixture('volyn-armour.json'));
    await vi.waitFor(() => expect(byTestId('ds-cancel')).not.toBeNull());
    byTestId('ds-cancel')!.click();
    await vi.waitFor(() => expect(byTestId('ds-summary')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(byTestId('ds-file-input')));
    expect(await dump(db)).toEqual(before);
  });

  it('says so when the file’s version is already installed, and offers no Apply', async () => {
    chooseFile('again.json', JSON.stringify({ ...fixtureV1(), id: 'dossier-seed', name: 'Dossier seed dataset' }));
    await vi.waitFor(() => expect(byTestId('ds-summary')).not.toBeNull());
    expect(text(byTestId('ds-version-line'))).toMatch(/^Version 1\.0\.0 is already installed/);
    expect(byTestId('ds-apply')).toBeNull();
  });

  it('Export everything saves the file through a download link', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:dossier-test';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href });
    });
    try {
      byTestId('ds-export-all')!.click();
      await vi.waitFor(() => expect(byTestId('ds-export-status')?.dataset.step).toBe('done'));
      expect(clicks).toEqual([{ download: expect.stringMatching(/^dossier-export-\d{4}-\d{2}-\d{2}\.json$/), href: 'blob:dossier-test' }]);
      const exported = JSON.parse(await created[0]!.text()) as { id: string; entities: unknown[] };
      expect(exported.id).toBe('dossier-export');
      expect(exported.entities).toHaveLength(3);
      expect(text(byTestId('ds-export-status'))).toContain(clicks[0]!.download);
    } finally {
      click.mockRestore();
    }
  });
});
