/** Bugs found in review, each pinned by the test that failed before its fix. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snippetHandlers } from '../../../lib/background/snippet-handlers';
import type { DossierDb } from '../../../lib/db/database';
import { exportCsl, toCslItem } from '../../../lib/snippets/export-csl';
import { csvField, exportCsv } from '../../../lib/snippets/export-csv';
import { escapeMarkdown, exportMarkdown } from '../../../lib/snippets/export-markdown';
import { parseSnippetFile } from '../../../lib/snippets/import';
import { normaliseDate } from '../../../lib/snippets/metadata';
import { freshDb } from '../db/fixtures';
import { ENTITY_NAMES, sampleSnippets } from './library-fixtures';

describe('publication dates as pages give them', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('keeps a year or a year and month as written, without making up a day', () => {
    expect(normaliseDate('2024')).toBe('2024');
    expect(normaliseDate('2024-10')).toBe('2024-10');
    const item = toCslItem({ ...sampleSnippets()[0]!, publishedAt: normaliseDate('2024-10') });
    expect(item.issued).toEqual({ 'date-parts': [[2024, 10]] });
  });

  it('keeps the calendar day of a date written without a time, east of UTC too', () => {
    process.env.TZ = 'Europe/Kyiv';
    expect(normaliseDate('November 20, 2026')).toBe('2026-11-20');
    expect(normaliseDate('20 Nov 2026')).toBe('2026-11-20');
    // A time with its zone stays a moment in time.
    expect(normaliseDate('Thu, 20 Nov 2026 01:30:00 GMT')).toBe('2026-11-20T01:30:00.000Z');
  });
});

describe('CSV formula injection', () => {
  it('defuses a field starting with "-" before a letter or a space, as Excel runs those too', () => {
    expect(csvField('-SUM(1,2)')).toBe(`"'-SUM(1,2)"`);
    expect(csvField('- 2+3+cmd')).toBe(`'- 2+3+cmd`);
    expect(csvField('-2+3')).toBe(`'-2+3`);
    expect(csvField('plain - text')).toBe('plain - text');
  });
});

describe('Markdown escaping', () => {
  it('escapes "&" so character references in page text show as written', () => {
    expect(escapeMarkdown('AT&T &copy; &lt;b&gt;')).toBe('AT\\&T \\&copy; \\&lt;b\\&gt;');
    const text = exportMarkdown([{ ...sampleSnippets()[0]!, quote: 'Use &amp; not &' }], { entityNames: ENTITY_NAMES });
    expect(text).toContain('> Use \\&amp; not \\&');
  });

  it('splits a note on a lone carriage return too', () => {
    const text = exportMarkdown([{ ...sampleSnippets()[0]!, note: 'first\r- second' }], { entityNames: ENTITY_NAMES });
    expect(text).toContain('first  \n\\- second');
  });
});

describe('snippet.save from a page', () => {
  let db: DossierDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('takes the site from the snippet URL, not from what the page claims', async () => {
    const h = snippetHandlers(db, () => new Date('2026-11-25T12:00:00Z'));
    const result = await h['snippet.save'](
      {
        type: 'snippet.save',
        snippet: {
          quote: 'a quote',
          prefix: '',
          suffix: '',
          position: { start: 0, end: 7 },
          url: 'https://evil.example.net/story',
          title: 'Story',
          site: 'news.example.com',
          entities: [],
        },
      },
      { tabId: 1, url: 'https://evil.example.net/story' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snippet.site).toBe('evil.example.net');
    expect((await db.snippets.get(result.snippet.id))?.site).toBe('evil.example.net');
  });
});

describe('importing a file of another format', () => {
  const snippets = sampleSnippets();
  const ctx = { entityNames: ENTITY_NAMES };

  it('names the other export formats in one error instead of one error per item or a JSON parser message', () => {
    const csl = parseSnippetFile(exportCsl(snippets));
    expect(csl).toMatchObject({ ok: false, errors: [{ path: '$', message: expect.stringContaining('CSL-JSON') }] });
    if (!csl.ok) expect(csl.errors).toHaveLength(1);
    expect(parseSnippetFile(exportCsv(snippets, ctx))).toMatchObject({ ok: false, errors: [{ path: '$', message: expect.stringContaining('CSV') }] });
    expect(parseSnippetFile(exportMarkdown(snippets, ctx))).toMatchObject({ ok: false, errors: [{ path: '$', message: expect.stringContaining('Markdown') }] });
  });
});
