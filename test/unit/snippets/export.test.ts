/** Each exporter, checked by parsing what it writes. */
import { describe, expect, it } from 'vitest';
import { ANNOTATION_CONTEXT, DOSSIER_PROPERTY, exportWebAnnotations, type AnnotationCollection } from '../../../lib/snippets/export-annotation';
import { SNIPPET_KEYS } from '../../../lib/snippets/export-common';
import { exportCsl, parseAuthors, type CslItem } from '../../../lib/snippets/export-csl';
import { CSV_HEADER, exportCsv } from '../../../lib/snippets/export-csv';
import { exportFilename, exportSnippets } from '../../../lib/snippets/export-files';
import { exportMarkdown } from '../../../lib/snippets/export-markdown';
import { SnippetSchema } from '../../../lib/snippets/schema';
import { ENTITY_NAMES, sampleSnippets } from './library-fixtures';

const ctx = { entityNames: ENTITY_NAMES };

/** A small RFC 4180 reader: quoted fields with doubled quotes, commas and CRLF inside them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else if (c === '"') throw new Error(`quote inside an unquoted field at ${i}`);
    else (field += c), i++;
  }
  if (field || row.length) throw new Error('last record does not end with CRLF');
  return rows;
}

describe('Web Annotation JSON-LD', () => {
  const collection = JSON.parse(exportWebAnnotations(sampleSnippets(), ctx)) as AnnotationCollection;
  const byId = (id: string) => collection.first.items.find((a) => a.id === `urn:dossier:snippet:${id}`)!;

  it('is an AnnotationCollection in the Web Annotation context', () => {
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(4);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items.map((a) => a.type)).toEqual(['Annotation', 'Annotation', 'Annotation', 'Annotation']);
  });

  it('targets the page with quote and position selectors', () => {
    const a = byId('snip-0002');
    expect(a.target.source).toBe('https://defence.example.com/rheinmetall-plant');
    expect(a.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'Rheinmetall will build a plant, "within a year",\nofficials said.', prefix: 'According to the ministry, ', suffix: '' },
      { type: 'TextPositionSelector', start: 10, end: 70 },
    ]);
    expect(a.created).toBe('2026-11-10T15:45:00.000Z');
  });

  it('has the note, the entities and the tags as bodies', () => {
    const a = byId('snip-0001');
    expect(a.motivation).toBe('commenting');
    expect(a.modified).toBe('2026-11-21T09:30:00.000Z');
    expect(a.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Check the date, "Tuesday" or Wednesday?', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'identifying', id: 'urn:dossier:entity:dmytro-kuleba', value: 'Dmytro Kuleba' },
      { type: 'TextualBody', purpose: 'identifying', id: 'urn:dossier:entity:nato', value: 'NATO' },
      { type: 'TextualBody', purpose: 'tagging', value: 'diplomacy' },
      { type: 'TextualBody', purpose: 'tagging', value: 'nato' },
    ]);
    expect(byId('snip-0002').motivation).toBe('highlighting');
  });

  it('carries every snippet whole and valid under dossier:snippet', () => {
    for (const [i, s] of sampleSnippets().entries()) {
      const record = byId(s.id)[DOSSIER_PROPERTY];
      expect(SnippetSchema.parse(record)).toEqual(s);
      expect(record).toEqual(sampleSnippets()[i]);
    }
  });

  it('lists the schema’s fields in its canonical order', () => {
    expect([...SNIPPET_KEYS]).toEqual(Object.keys(SnippetSchema.shape));
  });
});

describe('CSV', () => {
  const text = exportCsv(sampleSnippets(), ctx);

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('parses back as RFC 4180 with a header row; commas, quotes, line breaks and Cyrillic intact', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    const record = (id: string) => Object.fromEntries(CSV_HEADER.map((h, i) => [h, rows.find((r) => r[0] === id)![i]]));
    expect(record('snip-0002')).toMatchObject({
      quote: 'Rheinmetall will build a plant, "within a year",\nofficials said.',
      entities: 'Rheinmetall',
      entity_ids: 'rheinmetall',
      placement: 'missing',
      published: '2026-11-09',
      start: '10',
      end: '70',
    });
    expect(record('snip-0003')).toMatchObject({ quote: 'Дмитро Кулеба заявив, що переговори тривали п’ять годин.', note: 'Цитата для статті; перевірити джерело', tags: 'diplomacy; переговори' });
    expect(record('snip-0001')).toMatchObject({ note: 'Check the date, "Tuesday" or Wednesday?', entities: 'Dmytro Kuleba; NATO', author: 'Jane Doe and John Smith' });
  });

  it('keeps spreadsheet formulas from pages from running', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows.find((r) => r[0] === 'snip-0004')![1]).toBe(`'=HYPERLINK("http://evil.example")`);
  });
});

describe('Markdown', () => {
  const text = exportMarkdown(sampleSnippets(), ctx);
  const blocks = text.split('\n\n---\n\n');

  it('has a heading and one block per snippet, newest first', () => {
    expect(text.startsWith('# Dossier snippets\n\n')).toBe(true);
    expect(blocks).toHaveLength(4);
  });

  it('quotes each snippet and cites its page', () => {
    const first = blocks[0]!.replace('# Dossier snippets\n\n', '').split('\n');
    expect(first[0]).toBe('> Dmytro Kuleba met NATO officials in Brussels.');
    expect(first[2]).toBe('— *Kuleba meets NATO*, news.example.org, Jane Doe and John Smith, 2026-11-18. <https://news.example.org/articles/kuleba-nato> (saved 2026-11-20)');
    expect(blocks[0]).toContain('**Note:** Check the date, "Tuesday" or Wednesday?');
    expect(blocks[0]).toContain('**Entities:** Dmytro Kuleba, NATO');
    expect(blocks[0]).toContain('**Tags:** diplomacy, nato');
  });

  it('keeps a quote’s line breaks inside the block quote and escapes page text', () => {
    const rheinmetall = blocks.find((b) => b.includes('Rheinmetall will'))!;
    expect(rheinmetall.split('\n').slice(0, 2)).toEqual(['> Rheinmetall will build a plant, "within a year",', '> officials said.']);
    expect(exportMarkdown([{ ...sampleSnippets()[0]!, quote: '- not a list\n1. nor this\n# nor a heading', site: '127.0.0.1' }], ctx)).toContain(
      '> \\- not a list\n> 1\\. nor this\n> \\# nor a heading\n\n— *Kuleba meets NATO*, 127.0.0.1,',
    );
    const formula = blocks.find((b) => b.includes('HYPERLINK'))!;
    expect(formula.split('\n')[0]).toBe('> =HYPERLINK\\("http://evil.example"\\)');
  });
});

describe('CSL-JSON', () => {
  const items = JSON.parse(exportCsl(sampleSnippets())) as CslItem[];
  const item = (id: string) => items.find((i) => i.id === id)!;

  it('writes one item per snippet with the page as the work and the quote as abstract', () => {
    expect(items).toHaveLength(4);
    expect(item('snip-0001')).toEqual({
      id: 'snip-0001',
      type: 'article-newspaper',
      title: 'Kuleba meets NATO',
      'container-title': 'news.example.org',
      URL: 'https://news.example.org/articles/kuleba-nato',
      author: [
        { family: 'Doe', given: 'Jane' },
        { family: 'Smith', given: 'John' },
      ],
      issued: { 'date-parts': [[2026, 11, 18]] },
      accessed: { 'date-parts': [[2026, 11, 20]] },
      abstract: 'Dmytro Kuleba met NATO officials in Brussels.',
      note: 'Check the date, "Tuesday" or Wednesday?',
      keyword: 'diplomacy, nato',
    });
    expect(item('snip-0002').author).toEqual([{ literal: 'Reuters staff' }]);
    expect(item('snip-0003').author).toEqual([{ family: 'Коваленко', given: 'Олена' }]);
    expect(item('snip-0004')).toMatchObject({ type: 'webpage' });
    expect(item('snip-0004').issued).toBeUndefined();
  });

  it('parses bylines into names', () => {
    expect(parseAuthors('By Ursula von der Leyen')).toEqual([{ family: 'von der Leyen', given: 'Ursula' }]);
    expect(parseAuthors('Doe, Jane')).toEqual([{ family: 'Doe', given: 'Jane' }]);
    expect(parseAuthors('Jane Doe, John Smith')).toEqual([
      { family: 'Doe', given: 'Jane' },
      { family: 'Smith', given: 'John' },
    ]);
    expect(parseAuthors('Associated Press')).toEqual([{ literal: 'Associated Press' }]);
    expect(parseAuthors('Madonna')).toEqual([{ literal: 'Madonna' }]);
  });
});

describe('files', () => {
  it('names files with the date and the format', () => {
    const now = new Date(2026, 10, 5, 9, 0);
    expect(exportFilename('annotation', now)).toBe('dossier-snippets-2026-11-05.jsonld');
    expect(exportFilename('csv', now)).toBe('dossier-snippets-2026-11-05.csv');
    expect(exportFilename('markdown', now)).toBe('dossier-snippets-2026-11-05.md');
    expect(exportFilename('csl', now)).toBe('dossier-snippets-2026-11-05.csl.json');
    expect(exportSnippets('csv', [], { ...ctx, now }).mime).toContain('text/csv');
  });
});
