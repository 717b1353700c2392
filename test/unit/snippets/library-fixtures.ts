/** Snippets for the library, export and import tests: varied scripts, punctuation and optional fields. */
import type { Snippet } from '../../../lib/snippets/schema';

export function snippet(overrides: Partial<Snippet> & { id: string }): Snippet {
  return {
    quote: 'Dmytro Kuleba met NATO officials in Brussels.',
    prefix: 'On Tuesday, ',
    suffix: ' The talks lasted',
    position: { start: 120, end: 165 },
    url: 'https://news.example.org/articles/kuleba-nato',
    title: 'Kuleba meets NATO',
    site: 'news.example.org',
    savedAt: '2026-11-20T12:00:00.000Z',
    entities: ['dmytro-kuleba', 'nato'],
    note: '',
    tags: [],
    ...overrides,
  };
}

export const ENTITY_NAMES = { 'dmytro-kuleba': 'Dmytro Kuleba', nato: 'NATO', rheinmetall: 'Rheinmetall' };

/** Three pages, two sites, Cyrillic text, a quote with commas, quotes and line breaks. */
export function sampleSnippets(): Snippet[] {
  return [
    snippet({
      id: 'snip-0001',
      note: 'Check the date, "Tuesday" or Wednesday?',
      tags: ['diplomacy', 'nato'],
      author: 'Jane Doe and John Smith',
      publishedAt: '2026-11-18',
      updatedAt: '2026-11-21T09:30:00.000Z',
      placement: { status: 'exact', checkedAt: '2026-11-22T08:00:00.000Z' },
    }),
    snippet({
      id: 'snip-0002',
      quote: 'Rheinmetall will build a plant, "within a year",\nofficials said.',
      prefix: 'According to the ministry, ',
      suffix: '',
      position: { start: 10, end: 70 },
      url: 'https://defence.example.com/rheinmetall-plant',
      pageUrl: 'https://defence.example.com/rheinmetall-plant?page=2',
      title: 'Rheinmetall plant',
      site: 'defence.example.com',
      savedAt: '2026-11-10T15:45:00.000Z',
      entities: ['rheinmetall'],
      tags: ['industry'],
      author: 'Reuters staff',
      publishedAt: '2026-11-09T07:00:00Z',
      placement: { status: 'missing', checkedAt: '2026-11-23T10:00:00.000Z' },
    }),
    snippet({
      id: 'snip-0003',
      quote: 'Дмитро Кулеба заявив, що переговори тривали п’ять годин.',
      prefix: 'У вівторок ',
      suffix: ' Наступна зустріч',
      position: { start: 0, end: 57 },
      url: 'https://news.example.org/uk/kuleba',
      title: 'Кулеба про переговори',
      site: 'news.example.org',
      savedAt: '2026-11-15T08:00:00.000Z',
      entities: ['dmytro-kuleba'],
      note: 'Цитата для статті; перевірити джерело',
      tags: ['diplomacy', 'переговори'],
      author: 'Олена Коваленко',
    }),
    snippet({ id: 'snip-0004', quote: '=HYPERLINK("http://evil.example")', savedAt: '2026-11-19T12:00:00.000Z', entities: [], note: 'Zelenský réunion' }),
  ];
}
