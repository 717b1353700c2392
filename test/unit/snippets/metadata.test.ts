// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { normaliseDate, readPageMetadata } from '../../../lib/snippets/metadata';

function meta(head: string, href = 'https://news.example.com/story?id=7#comments', title = 'Page title') {
  document.head.innerHTML = `<title>${title}</title>${head}`;
  return readPageMetadata(document, href);
}

describe('readPageMetadata', () => {
  it('without metadata: the address without fragment, <title>, host', () => {
    expect(meta('')).toEqual({ url: 'https://news.example.com/story?id=7', title: 'Page title', site: 'news.example.com' });
  });

  it('takes a relative canonical URL on the same site, and keeps the page address', () => {
    const m = meta('<link rel="Canonical" href="/2026/11/story#top">');
    expect(m.url).toBe('https://news.example.com/2026/11/story');
    expect(m.pageUrl).toBe('https://news.example.com/story?id=7');
    expect(m.site).toBe('news.example.com');
  });

  it('ignores a canonical URL on another site or with another scheme', () => {
    expect(meta('<link rel="canonical" href="https://other.example.org/story">').url).toBe('https://news.example.com/story?id=7');
    expect(meta('<link rel="canonical" href="javascript:alert(1)">').url).toBe('https://news.example.com/story?id=7');
    expect(meta('<link rel="canonical" href="https://www.news.example.com/s">').url).toBe('https://www.news.example.com/s');
  });

  it('reads og:title, author and date meta tags', () => {
    const m = meta(
      '<meta property="og:title" content="  Arms makers   team up ">' +
        '<meta name="author" content="By Olena Petrenko">' +
        '<meta property="article:published_time" content="2026-11-20T09:30:00+0200">',
    );
    expect(m).toMatchObject({ title: 'Arms makers team up', author: 'Olena Petrenko', publishedAt: '2026-11-20T09:30:00+02:00' });
  });

  it('skips a profile URL in article:author and falls back to Dublin Core and Parse.ly', () => {
    const m = meta(
      '<meta property="article:author" content="https://news.example.com/authors/op">' +
        '<meta name="DC.creator" content="Taras Bondar">' +
        '<meta name="parsely-pub-date" content="2026-11-19">',
    );
    expect(m).toMatchObject({ author: 'Taras Bondar', publishedAt: '2026-11-19' });
  });

  it('prefers JSON-LD NewsArticle: author object, date', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', author: { '@type': 'Person', name: 'Iryna Koval' }, datePublished: '2026-11-18T07:00:00Z' };
    const m = meta(`<meta name="author" content="Someone Else"><script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(m).toMatchObject({ author: 'Iryna Koval', publishedAt: '2026-11-18T07:00:00Z' });
  });

  it('finds the Article inside @graph, with several authors as strings and objects', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        { '@type': ['Article', 'Thing'], author: ['Anna Shevchenko', { name: 'Petro Ivanenko' }, { name: 'Anna Shevchenko' }], datePublished: '2026-11-17' },
      ],
    };
    expect(meta(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).toMatchObject({
      author: 'Anna Shevchenko, Petro Ivanenko',
      publishedAt: '2026-11-17',
    });
  });

  it('finds the Article a WebPage names as its mainEntity', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      mainEntity: { '@type': 'ReportageNewsArticle', author: { '@type': 'Person', name: 'Mykola Hrytsenko' }, datePublished: '2026-11-15' },
    };
    expect(meta(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).toMatchObject({ author: 'Mykola Hrytsenko', publishedAt: '2026-11-15' });
  });

  it('survives broken JSON-LD and uses the meta tags', () => {
    const m = meta('<script type="application/ld+json">{ not json</script><meta name="author" content="Olha M.">');
    expect(m.author).toBe('Olha M.');
  });

  it('reads <time itemprop="datePublished"> last', () => {
    document.body.innerHTML = '<time itemprop="datePublished" datetime="2026-11-16T10:00">16 Nov</time>';
    expect(meta('').publishedAt).toBe('2026-11-16T10:00:00Z');
    document.body.innerHTML = '';
  });
});

describe('normaliseDate', () => {
  it('keeps ISO dates and date-times, normalises offsets and parses other formats', () => {
    expect(normaliseDate('2026-11-20')).toBe('2026-11-20');
    expect(normaliseDate('2026-11-20T09:30Z')).toBe('2026-11-20T09:30:00Z');
    expect(normaliseDate('2026-11-20 09:30:15.5-0500')).toBe('2026-11-20T09:30:15.5-05:00');
    expect(normaliseDate('20261120')).toBe('2026-11-20');
    expect(normaliseDate('Thu, 20 Nov 2026 09:30:00 GMT')).toBe('2026-11-20T09:30:00.000Z');
    expect(normaliseDate('yesterday')).toBeUndefined();
  });
});

describe('readPageMetadata, review fixes', () => {
  it('falls back to the meta tags when JSON-LD gives an empty or unreadable datePublished', () => {
    for (const datePublished of ['', 'soon']) {
      const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', datePublished };
      const m = meta(`<meta property="article:published_time" content="2026-11-18T07:00:00Z"><script type="application/ld+json">${JSON.stringify(ld)}</script>`);
      expect(m.publishedAt).toBe('2026-11-18T07:00:00Z');
    }
  });
});
