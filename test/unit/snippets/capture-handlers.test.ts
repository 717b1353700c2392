import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPendingReveal, snippetHandlers, takePendingReveal } from '../../../lib/background/snippet-handlers';
import type { DossierDb } from '../../../lib/db/database';
import type { SnippetDraft } from '../../../lib/snippets/draft';
import { SnippetSchema } from '../../../lib/snippets/schema';
import { freshDb } from '../db/fixtures';

let db: DossierDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const NOW = new Date('2026-11-25T12:00:00Z');
const PAGE = 'https://news.example.com/story?id=7';

function draft(overrides: Partial<SnippetDraft> = {}): SnippetDraft {
  return {
    quote: 'allied gunmakers could share production lines',
    prefix: 'the minister said that ',
    suffix: ' within a year.',
    position: { start: 120, end: 165 },
    url: 'https://news.example.com/2026/11/story',
    pageUrl: PAGE,
    title: 'Arms makers team up',
    site: 'news.example.com',
    author: 'Olena Petrenko',
    publishedAt: '2026-11-20',
    entities: ['dmytro-kuleba'],
    ...overrides,
  };
}

const fromPage = (url = PAGE, tabId = 4) => ({ tabId, url });

describe('snippet.save', () => {
  it('adds an id and the save time, validates, and stores the snippet', async () => {
    const h = snippetHandlers(db, () => NOW);
    const result = await h['snippet.save']({ type: 'snippet.save', snippet: draft() }, fromPage());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snippet.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(result.snippet).toMatchObject({ savedAt: NOW.toISOString(), note: '', tags: [], quote: draft().quote });
    expect(SnippetSchema.parse(await db.snippets.get(result.snippet.id))).toEqual(result.snippet);
  });

  it('refuses an invalid snippet and writes nothing', async () => {
    const h = snippetHandlers(db, () => NOW);
    const result = await h['snippet.save']({ type: 'snippet.save', snippet: draft({ quote: '' }) }, fromPage());
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await db.snippets.count()).toBe(0);
  });

  it('refuses a page saving a snippet for another site', async () => {
    const h = snippetHandlers(db, () => NOW);
    const result = await h['snippet.save']({ type: 'snippet.save', snippet: draft({ url: 'https://other.example.org/x', site: 'other.example.org' }) }, fromPage());
    expect(result).toMatchObject({ ok: false, reason: 'site' });
    const viaPageUrl = await h['snippet.save']({ type: 'snippet.save', snippet: draft({ pageUrl: 'https://other.example.org/x' }) }, fromPage());
    expect(viaPageUrl).toMatchObject({ ok: false, reason: 'site' });
    expect(await db.snippets.count()).toBe(0);
  });

  it('answers a full disk with a clear message and leaves nothing half-written', async () => {
    const h = snippetHandlers(db, () => NOW);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db.snippets, 'put').mockRejectedValueOnce(quota);
    const result = await h['snippet.save']({ type: 'snippet.save', snippet: draft() }, fromPage());
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    if (!result.ok) expect(result.message).toMatch(/storage|space/i);
    expect(await db.snippets.count()).toBe(0);
  });
});

describe('snippet.forPage and snippet.placed', () => {
  async function saveAll() {
    const h = snippetHandlers(db, () => NOW);
    const own = await h['snippet.save']({ type: 'snippet.save', snippet: draft() }, fromPage());
    const other = await h['snippet.save'](
      { type: 'snippet.save', snippet: draft({ url: 'https://evil.example.net/story', pageUrl: undefined, site: 'evil.example.net' }) },
      fromPage('https://evil.example.net/story'),
    );
    if (!own.ok || !other.ok) throw new Error('not saved');
    return { h, own: own.snippet, other: other.snippet };
  }

  it('gives a page the snippets saved at its address or its canonical URL', async () => {
    const { h, own } = await saveAll();
    expect((await h['snippet.forPage']({ type: 'snippet.forPage' }, fromPage(`${PAGE}#comments`))).snippets.map((s) => s.id)).toEqual([own.id]);
    const viaCanonical = await h['snippet.forPage']({ type: 'snippet.forPage', canonicalUrl: own.url }, fromPage('https://news.example.com/amp/story'));
    expect(viaCanonical.snippets).toEqual([{ id: own.id, quote: own.quote, prefix: own.prefix, suffix: own.suffix, position: own.position }]);
  });

  it('finds them when the page is opened with tracking parameters, but not with other queries', async () => {
    const { h, own } = await saveAll();
    const tracked = `${own.url}?utm_source=newsletter&utm_medium=email&fbclid=abc`;
    expect((await h['snippet.forPage']({ type: 'snippet.forPage' }, fromPage(tracked))).snippets.map((s) => s.id)).toEqual([own.id]);
    expect((await h['snippet.forPage']({ type: 'snippet.forPage' }, fromPage(`${own.url}?page=2`))).snippets).toEqual([]);
  });

  it('never gives a page another site’s snippets, whatever canonical URL it names', async () => {
    const { h } = await saveAll();
    const result = await h['snippet.forPage']({ type: 'snippet.forPage', canonicalUrl: 'https://evil.example.net/story' }, fromPage());
    expect(result.snippets.map((s) => s.id)).not.toContain((await db.snippets.where('site').equals('evil.example.net').first())!.id);
    expect((await h['snippet.forPage']({ type: 'snippet.forPage' }, { url: 'chrome-extension://abc/options.html' })).snippets).toEqual([]);
  });

  it('records placements only for the sender’s site', async () => {
    const { h, own, other } = await saveAll();
    const result = await h['snippet.placed'](
      { type: 'snippet.placed', placements: [{ id: own.id, status: 'approximate' }, { id: other.id, status: 'missing' }] },
      fromPage(),
    );
    expect(result).toEqual({ recorded: 1 });
    expect((await db.snippets.get(own.id))!.placement).toEqual({ status: 'approximate', checkedAt: NOW.toISOString() });
    // Still as saved: found exactly, on the page it was taken from.
    expect((await db.snippets.get(other.id))!.placement).toEqual({ status: 'exact', checkedAt: NOW.toISOString() });
  });

  it('sets note and tags of a snippet of the sender’s site only', async () => {
    const { h, own, other } = await saveAll();
    const result = await h['snippet.note']({ type: 'snippet.note', id: own.id, note: 'Check this', tags: ['a', ' a ', 'b', ''] }, fromPage());
    expect(result).toMatchObject({ ok: true, snippet: { note: 'Check this', tags: ['a', 'b'], updatedAt: NOW.toISOString() } });
    expect((await db.snippets.get(own.id))!.note).toBe('Check this');
    expect(await h['snippet.note']({ type: 'snippet.note', id: other.id, note: 'x', tags: [] }, fromPage())).toMatchObject({ ok: false, reason: 'site' });
    expect((await db.snippets.get(other.id))!.note).toBe('');
  });

  it('reveals a snippet once in the tab the library opened', async () => {
    const { h, own } = await saveAll();
    setPendingReveal(9, own.id);
    expect((await h['snippet.forPage']({ type: 'snippet.forPage' }, fromPage(PAGE, 9))).reveal).toBe(own.id);
    expect((await h['snippet.forPage']({ type: 'snippet.forPage' }, fromPage(PAGE, 9))).reveal).toBeUndefined();
    setPendingReveal(9, 'not-here-id');
    expect((await h['snippet.forPage']({ type: 'snippet.forPage' }, fromPage(PAGE, 9))).reveal).toBeUndefined();
    expect(takePendingReveal(9)).toBeUndefined();
  });
});
