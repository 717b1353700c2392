/** The library's writes in the background: edit note and tags, delete and restore, open the page. */
import { describe, expect, it } from 'vitest';
import { snippetLibraryHandlers } from '../../../lib/background/snippet-library-handlers';
import { deleteSnippets, restoreSnippets, updateSnippet } from '../../../lib/db/snippet-library';
import { parseRequest } from '../../../lib/messages/parse-request';
import { freshDb } from '../db/fixtures';
import { sampleSnippets } from './library-fixtures';

async function seeded() {
  const db = freshDb();
  await db.snippets.bulkPut(sampleSnippets());
  return db;
}

describe('snippet library writes', () => {
  it('changes only the note and tags, and stamps updatedAt', async () => {
    const db = await seeded();
    const before = (await db.snippets.get('snip-0002'))!;
    const result = await updateSnippet(db, 'snip-0002', { note: 'New note', tags: ['a', 'b'] }, new Date('2026-11-25T10:00:00Z'));
    expect(result).toEqual({ ok: true, value: { ...before, note: 'New note', tags: ['a', 'b'], updatedAt: '2026-11-25T10:00:00.000Z' } });
    expect(await db.snippets.get('snip-0002')).toEqual(result.ok && result.value);
  });

  it('refuses an invalid edit with paths and writes nothing', async () => {
    const db = await seeded();
    const result = await updateSnippet(db, 'snip-0001', { note: 'x'.repeat(20_001), tags: [''] });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['$.note', '$.tags[0]']);
    expect((await db.snippets.get('snip-0001'))!.note).toBe(sampleSnippets()[0]!.note);
    expect(await updateSnippet(db, 'missing-01', { note: '', tags: [] })).toMatchObject({ ok: false, errors: [{ path: '$.id' }] });
  });

  it('deletes and restores exactly what was there', async () => {
    const db = await seeded();
    const undo = await deleteSnippets(db, ['snip-0001', 'snip-0003', 'not-there-1']);
    expect(undo.snippets.map((s) => s.id)).toEqual(['snip-0001', 'snip-0003']);
    expect(await db.snippets.count()).toBe(2);
    // The bundle travels as JSON through the message channel.
    expect(await restoreSnippets(db, JSON.parse(JSON.stringify(undo.snippets)))).toBe(2);
    expect((await db.snippets.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(sampleSnippets());
    await expect(restoreSnippets(db, [{ id: 'x' }])).rejects.toThrow(/cannot restore/);
  });

  it('opens the page a snippet was saved on and asks that tab to reveal it', async () => {
    const db = await seeded();
    const opened: string[] = [];
    const revealed: [number, string][] = [];
    const handlers = snippetLibraryHandlers(db, {
      openTab: async (url) => (opened.push(url), 42),
      revealInTab: (tabId, id) => revealed.push([tabId, id]),
    });
    expect(await handlers['snippet.open']({ type: 'snippet.open', id: 'snip-0002' }, {})).toEqual({ opened: true });
    expect(opened).toEqual(['https://defence.example.com/rheinmetall-plant?page=2']);
    expect(revealed).toEqual([[42, 'snip-0002']]);
    expect(await handlers['snippet.open']({ type: 'snippet.open', id: 'gone-0001' }, {})).toEqual({ opened: false, reason: 'gone' });
  });

  it('is not available to web pages', () => {
    const fromPage = { id: 'ext', tab: { id: 1 }, url: 'https://example.org/' };
    for (const message of [{ type: 'snippet.list' }, { type: 'snippet.open', id: 'snip-0001' }, { type: 'snippet.import', text: '[]' }])
      expect(parseRequest(message, fromPage, 'ext', 'chrome-extension://ext')).toMatchObject({ ok: false });
    expect(parseRequest({ type: 'snippet.list' }, { id: 'ext', url: 'chrome-extension://ext/options.html' }, 'ext', 'chrome-extension://ext')).toMatchObject({ ok: true });
  });
});
