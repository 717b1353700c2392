import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../lib/settings/settings';
import {
  addSite,
  entriesFor,
  hostMatches,
  isHostEnabled,
  isSiteEnabled,
  isWebPage,
  MAX_SITES,
  normalizeHost,
  removeSite,
  toggleSite,
} from '../../../lib/settings/sites';

function withSites(mode: Settings['sites']['mode'], list: string[]): Settings {
  const s = defaultSettings();
  s.sites = { mode, except: mode === 'everywhere-except' ? list : [], only: mode === 'only' ? list : [] };
  return s;
}

describe('normalizeHost', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://www.example.com/news/a?b#c', 'example.com'],
    ['http://news.example.com:8080/', 'news.example.com'],
    ['*.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['www.com', 'www.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['пример.укр', 'xn--e1afmkfd.xn--j1amh'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it.each(['', '   ', 'not a host', 'exa_mple.com', '-bad.com', 'a..b', 'http://', '.', 'x'.repeat(64) + '.com'])('refuses %j', (input) => {
    expect(normalizeHost(input)).toBeNull();
  });
});

describe('hostMatches', () => {
  it('covers the host and its subdomains, nothing else', () => {
    expect(hostMatches('example.com', 'example.com')).toBe(true);
    expect(hostMatches('example.com', 'news.example.com')).toBe(true);
    expect(hostMatches('example.com', 'a.b.example.com')).toBe(true);
    expect(hostMatches('example.com', 'EXAMPLE.com.')).toBe(true);
    expect(hostMatches('example.com', 'notexample.com')).toBe(false);
    expect(hostMatches('example.com', 'example.com.evil.org')).toBe(false);
    expect(hostMatches('news.example.com', 'example.com')).toBe(false);
  });
});

describe('isSiteEnabled', () => {
  it('annotates every http(s) site by default', () => {
    const s = defaultSettings();
    expect(isSiteEnabled(s, 'https://example.com/a')).toBe(true);
    expect(isSiteEnabled(s, 'http://127.0.0.1:8080/x.html')).toBe(true);
  });

  it('never annotates other schemes or unparsable URLs', () => {
    const s = defaultSettings();
    for (const url of ['chrome://extensions', 'file:///tmp/a.html', 'about:blank', 'chrome-extension://abc/options.html', 'nonsense']) {
      expect(isSiteEnabled(s, url)).toBe(false);
    }
  });

  it('leaves out listed sites and their subdomains in everywhere-except mode', () => {
    const s = withSites('everywhere-except', ['example.com']);
    expect(isSiteEnabled(s, 'https://example.com/')).toBe(false);
    expect(isSiteEnabled(s, 'https://www.example.com/')).toBe(false);
    expect(isSiteEnabled(s, 'https://news.example.com:444/a')).toBe(false);
    expect(isSiteEnabled(s, 'https://example.org/')).toBe(true);
    expect(isSiteEnabled(s, 'https://myexample.com/')).toBe(true);
  });

  it('annotates only listed sites in only mode', () => {
    const s = withSites('only', ['example.com', '127.0.0.1']);
    expect(isSiteEnabled(s, 'https://news.example.com/')).toBe(true);
    expect(isSiteEnabled(s, 'http://127.0.0.1:3000/')).toBe(true);
    expect(isSiteEnabled(s, 'https://example.org/')).toBe(false);
    expect(isSiteEnabled(withSites('only', []), 'https://example.org/')).toBe(false);
  });

  it('keeps the two lists apart: switching mode does not turn a block list into an allow list', () => {
    const s = withSites('everywhere-except', ['blocked.com']);
    s.sites.only = ['allowed.com'];
    expect(isSiteEnabled(s, 'https://blocked.com/')).toBe(false);
    s.sites.mode = 'only';
    expect(isSiteEnabled(s, 'https://blocked.com/')).toBe(false);
    expect(isSiteEnabled(s, 'https://allowed.com/')).toBe(true);
  });
});

describe('isWebPage', () => {
  it('is true for http(s) pages other than the extension stores', () => {
    expect(isWebPage('https://example.com/news')).toBe(true);
    expect(isWebPage('http://127.0.0.1:8080/')).toBe(true);
    for (const url of [
      'chrome://newtab/',
      'chrome-extension://abc/options.html',
      'about:blank',
      'file:///home/a.html',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category/extensions',
      'https://addons.mozilla.org/en-GB/firefox/',
      'https://microsoftedge.microsoft.com/addons/detail/x',
    ]) {
      expect(isWebPage(url), url).toBe(false);
    }
  });
});

describe('toggleSite', () => {
  const hosts = ['example.com', 'www.example.com', 'news.example.com', '127.0.0.1', 'localhost', 'a.b.c.example.org'];
  const startingPoints: [string, Settings][] = [
    ['defaults', defaultSettings()],
    ['except example.com', withSites('everywhere-except', ['example.com'])],
    ['except news.example.com', withSites('everywhere-except', ['news.example.com', 'other.net'])],
    ['only example.com', withSites('only', ['example.com'])],
    ['only nothing', withSites('only', [])],
    ['only a subdomain', withSites('only', ['c.example.org', 'news.example.com'])],
  ];

  it.each(startingPoints)('always flips the host it is given, from %s', (_name, settings) => {
    for (const host of hosts) {
      const before = isHostEnabled(settings, host);
      const once = toggleSite(settings, host);
      expect(isHostEnabled(once, host), `${host} once`).toBe(!before);
      expect(isHostEnabled(toggleSite(once, host), host), `${host} twice`).toBe(before);
      // The other list is left alone.
      const other = settings.sites.mode === 'only' ? 'except' : 'only';
      expect(once.sites[other]).toEqual(settings.sites[other]);
    }
  });

  it('adds the site without www., so the whole site goes off', () => {
    const off = toggleSite(defaultSettings(), 'www.example.com');
    expect(off.sites.except).toEqual(['example.com']);
    expect(isSiteEnabled(off, 'https://blog.example.com/')).toBe(false);
  });

  it('switching a subdomain back on removes the parent entry that covered it (and says so beforehand)', () => {
    const s = withSites('everywhere-except', ['example.com', 'other.net']);
    expect(entriesFor(s, 'news.example.com')).toEqual(['example.com']);
    expect(toggleSite(s, 'news.example.com').sites.except).toEqual(['other.net']);
  });

  it('does not change the settings object it is given, nor anything for an invalid host', () => {
    const s = defaultSettings();
    const copy = structuredClone(s);
    toggleSite(s, 'example.com');
    expect(s).toEqual(copy);
    expect(toggleSite(s, '')).toBe(s);
  });
});

describe('addSite and removeSite', () => {
  it('edit the list of the current mode, normalised and without duplicates', () => {
    let s = defaultSettings();
    s = addSite(s, 'https://www.Example.com/page');
    s = addSite(s, 'example.com');
    s = addSite(s, 'not a host');
    expect(s.sites.except).toEqual(['example.com']);
    s.sites.mode = 'only';
    s = addSite(s, 'news.org');
    expect(s.sites).toEqual({ mode: 'only', except: ['example.com'], only: ['news.org'] });
    s = removeSite(s, 'news.org');
    expect(s.sites.only).toEqual([]);
    expect(s.sites.except).toEqual(['example.com']);
  });

  it('stops at MAX_SITES', () => {
    const s = withSites('everywhere-except', Array.from({ length: MAX_SITES }, (_, i) => `s${i}.com`));
    expect(addSite(s, 'one-more.com')).toBe(s);
  });
});
