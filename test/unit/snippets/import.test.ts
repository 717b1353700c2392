/** Importing the JSON export: round trip, validation with paths, same ids, a full disk. */
import { describe, expect, it, vi } from 'vitest';
import { importSnippets, listSnippets, SnippetStorageFullError } from '../../../lib/db/snippet-library';
import { DOSSIER_PROPERTY, exportWebAnnotations } from '../../../lib/snippets/export-annotation';
import { parseSnippetFile } from '../../../lib/snippets/import';
import { freshDb } from '../db/fixtures';
import { ENTITY_NAMES, sampleSnippets, snippet } from './library-fixtures';

const ctx = { entityNames: ENTITY_NAMES };

describe('import of the Web Annotation export', () => {
  it('gives back exactly what was exported: export → import into an empty library → export', async () => {
    const db = freshDb();
    // Rows as another part of Dossier may have written them: keys in any order.
    const rows = sampleSnippets().map((s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s);
    const first = exportWebAnnotations(rows, ctx);
    const result = await importSnippets(db, first);
    expect(result).toEqual({ ok: true, summary: { total: 4, added: 4, replaced: 0, kept: 0 } });
    const second = exportWebAnnotations(await listSnippets(db), ctx);
    expect(second).toBe(first);
    expect((await listSnippets(db)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(sampleSnippets());
  });

  it('accepts a bare array of annotations and a file with a byte order mark', () => {
    const items = (JSON.parse(exportWebAnnotations(sampleSnippets(), ctx)) as { first: { items: unknown[] } }).first.items;
    const check = parseSnippetFile('\uFEFF' + JSON.stringify(items));
    expect(check.ok && check.snippets.length).toBe(4);
  });

  it('lists every error with its JSON path and writes nothing', async () => {
    const db = freshDb();
    const collection = JSON.parse(exportWebAnnotations(sampleSnippets(), ctx));
    const items = collection.first.items;
    items[0][DOSSIER_PROPERTY].url = 'ftp://example.org/x';
    items[1][DOSSIER_PROPERTY].tags = ['ok', ''];
    delete items[2][DOSSIER_PROPERTY].quote;
    delete items[3][DOSSIER_PROPERTY];
    const result = await importSnippets(db, JSON.stringify(collection));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      '$.first.items[0]["dossier:snippet"].url',
      '$.first.items[1]["dossier:snippet"].tags[1]',
      '$.first.items[2]["dossier:snippet"].quote',
      '$.first.items[3]',
    ]);
    expect(result.errors[0]!.message).toBe('must be an http(s) URL');
    expect(await db.snippets.count()).toBe(0);
  });

  it('reports broken JSON, other files and repeated ids', () => {
    expect(parseSnippetFile('{"type": ')).toMatchObject({ ok: false, errors: [{ path: '$' }] });
    expect(parseSnippetFile('{"schemaVersion": 1, "entities": []}')).toMatchObject({ ok: false, errors: [{ path: '$', message: expect.stringContaining('not a Dossier snippet export') }] });
    const twice = exportWebAnnotations([sampleSnippets()[0]!], ctx).replace('"items": [', '"items": [' + JSON.stringify({ [DOSSIER_PROPERTY]: sampleSnippets()[0] }) + ',');
    expect(parseSnippetFile(twice)).toMatchObject({ ok: false, errors: [{ path: '$.first.items[1]["dossier:snippet"].id', message: 'the same id as item 0' }] });
  });

  it('replaces a snippet with the same id only when the file’s copy is newer', async () => {
    const db = freshDb();
    await db.snippets.bulkPut([
      snippet({ id: 'same-0001', note: 'library, older', savedAt: '2026-11-01T00:00:00Z' }),
      snippet({ id: 'same-0002', note: 'library, newer', savedAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-10T00:00:00Z' }),
    ]);
    const file = exportWebAnnotations(
      [
        snippet({ id: 'same-0001', note: 'file, newer', savedAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-05T00:00:00Z' }),
        snippet({ id: 'same-0002', note: 'file, older', savedAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-02T00:00:00Z' }),
        snippet({ id: 'new-00001' }),
      ],
      ctx,
    );
    expect(await importSnippets(db, file)).toEqual({ ok: true, summary: { total: 3, added: 1, replaced: 1, kept: 1 } });
    expect((await db.snippets.get('same-0001'))!.note).toBe('file, newer');
    expect((await db.snippets.get('same-0002'))!.note).toBe('library, newer');
  });

  it('says the disk is full and leaves the library as it was', async () => {
    const db = freshDb();
    await db.snippets.put(snippet({ id: 'kept-0001' }));
    vi.spyOn(db.snippets, 'bulkPut').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(importSnippets(db, exportWebAnnotations(sampleSnippets(), ctx))).rejects.toBeInstanceOf(SnippetStorageFullError);
    expect((await listSnippets(db)).map((s) => s.id)).toEqual(['kept-0001']);
  });
});
