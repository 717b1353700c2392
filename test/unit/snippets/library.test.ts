import { describe, expect, it } from 'vitest';
import { facetsOf, filterSnippets, groupByPage, indexSnippets, parseTags, type LibraryFilters } from '../../../lib/snippets/library';
import { sampleSnippets, snippet } from './library-fixtures';

const utcDay = (iso: string) => iso.slice(0, 10);
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('snippet library search and filters', () => {
  const index = indexSnippets(sampleSnippets(), utcDay);
  const run = (f: Partial<LibraryFilters>) => ids(filterSnippets(index, { query: '', ...f }));

  it('lists everything newest first without filters', () => {
    expect(run({})).toEqual(['snip-0001', 'snip-0004', 'snip-0003', 'snip-0002']);
  });

  it('searches quotes and notes, ignoring case, accents and punctuation', () => {
    expect(run({ query: 'BRUSSELS' })).toEqual(['snip-0001']);
    expect(run({ query: 'zelensky reunion' })).toEqual(['snip-0004']);
    expect(run({ query: 'кулеба' })).toEqual(['snip-0003']);
    expect(run({ query: 'пять' })).toEqual(['snip-0003']); // the apostrophe inside "п’ять" is ignored
    expect(run({ query: 'tuesday' })).toEqual(['snip-0001']); // from the note
    expect(run({ query: 'within year' })).toEqual(['snip-0002']);
    expect(run({ query: 'nothing like this' })).toEqual([]);
  });

  it('filters by entity, site, tag and date range, combined with the search', () => {
    expect(run({ entityId: 'dmytro-kuleba' })).toEqual(['snip-0001', 'snip-0003']);
    expect(run({ site: 'defence.example.com' })).toEqual(['snip-0002']);
    expect(run({ tag: 'diplomacy' })).toEqual(['snip-0001', 'snip-0003']);
    expect(run({ from: '2026-11-15', to: '2026-11-19' })).toEqual(['snip-0004', 'snip-0003']);
    expect(run({ from: '2026-11-20' })).toEqual(['snip-0001']);
    expect(run({ tag: 'diplomacy', query: 'кулеба' })).toEqual(['snip-0003']);
  });

  it('stays fast for 20,000 snippets', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => snippet({ id: `bulk-${String(i).padStart(6, '0')}`, quote: `Quote number ${i} about Rheinmetall`, note: i % 7 ? '' : 'ЗСУ' }));
    const started = performance.now();
    const big = indexSnippets(many, utcDay);
    const built = performance.now() - started;
    const t0 = performance.now();
    const found = filterSnippets(big, { query: 'зсу rhein' });
    const searched = performance.now() - t0;
    expect(found.length).toBe(Math.ceil(20_000 / 7));
    expect(built).toBeLessThan(2000);
    expect(searched).toBeLessThan(100);
  });
});

describe('grouping and facets', () => {
  it('groups by page in the order of each page’s newest snippet', () => {
    const index = indexSnippets(sampleSnippets(), utcDay);
    const groups = groupByPage(filterSnippets(index, { query: '' }));
    expect(groups.map((g) => [g.url, ids(g.snippets)])).toEqual([
      ['https://news.example.org/articles/kuleba-nato', ['snip-0001', 'snip-0004']],
      ['https://news.example.org/uk/kuleba', ['snip-0003']],
      ['https://defence.example.com/rheinmetall-plant', ['snip-0002']],
    ]);
    expect(groups[1]).toMatchObject({ title: 'Кулеба про переговори', site: 'news.example.org' });
  });

  it('offers sites, tags and entities with counts, most used first', () => {
    const f = facetsOf(sampleSnippets());
    expect(f.sites).toEqual([
      { value: 'news.example.org', count: 3 },
      { value: 'defence.example.com', count: 1 },
    ]);
    expect(f.tags[0]).toEqual({ value: 'diplomacy', count: 2 });
    expect(f.entities.map((e) => e.value)).toEqual(['dmytro-kuleba', 'nato', 'rheinmetall']);
  });

  it('reads tags typed as a comma-separated list', () => {
    expect(parseTags(' a,  b c ,a,, ')).toEqual(['a', 'b c']);
    expect(parseTags('')).toEqual([]);
  });
});
