/**
 * Addresses read back from the database are checked again where they are used: a javascript: or
 * data: URL that reached the database despite the schemas (an old build, a hand-edited profile)
 * becomes neither a link in the options page (webHref) nor a tab ("Open page" of a snippet).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snippetLibraryHandlers } from '../../../lib/background/snippet-library-handlers';
import type { DossierDb } from '../../../lib/db/database';
import { webHref } from '../../../components/options/webHref';
import { freshDb } from '../db/fixtures';
import { snippet } from '../snippets/library-fixtures';

const SCRIPT_URLS = ["javascript:window.__pwned='x'", ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'blob:https://e.com/1', 'not a url'];

describe('webHref', () => {
  it.each(SCRIPT_URLS)('gives no href for %j', (url) => {
    expect(webHref(url)).toBeUndefined();
  });

  it('keeps http(s) addresses as they are, and nothing for none', () => {
    expect(webHref('https://example.com/a?b=javascript:x#c')).toBe('https://example.com/a?b=javascript:x#c');
    expect(webHref('http://127.0.0.1:8080/page')).toBe('http://127.0.0.1:8080/page');
    expect(webHref(undefined)).toBeUndefined();
    expect(webHref('')).toBeUndefined();
  });
});

describe('snippet.open', () => {
  let db: DossierDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it.each(SCRIPT_URLS)('does not open a stored %j', async (url) => {
    // Written around the schema, as only a bug or a hand edit could.
    await db.snippets.put({ ...snippet({ id: 'stored-bad' }), url, pageUrl: undefined });
    await db.snippets.put({ ...snippet({ id: 'stored-bad-page' }), pageUrl: url });
    const openTab = vi.fn(async () => 1);
    const h = snippetLibraryHandlers(db, { openTab, revealInTab: () => undefined });
    expect(await h['snippet.open']({ type: 'snippet.open', id: 'stored-bad' }, {})).toEqual({ opened: false, reason: 'not-web' });
    expect(await h['snippet.open']({ type: 'snippet.open', id: 'stored-bad-page' }, {})).toEqual({ opened: false, reason: 'not-web' });
    expect(openTab).not.toHaveBeenCalled();
  });

  it('opens a web page as before', async () => {
    await db.snippets.put(snippet({ id: 'stored-good', pageUrl: 'https://news.example.org/articles/kuleba-nato?page=2' }));
    const openTab = vi.fn(async () => 5);
    const revealInTab = vi.fn();
    const h = snippetLibraryHandlers(db, { openTab, revealInTab });
    expect(await h['snippet.open']({ type: 'snippet.open', id: 'stored-good' }, {})).toEqual({ opened: true });
    expect(openTab).toHaveBeenCalledWith('https://news.example.org/articles/kuleba-nato?page=2');
    expect(revealInTab).toHaveBeenCalledWith(5, 'stored-good');
  });
});
