/**
 * Hostile data at the schema: the hostile fixture dataset (every string field carrying markup,
 * script, javascript:/data: text and bidi controls) is valid, because text fields are rendered as
 * text and never as HTML; every URL-typed field refuses any scheme but https (http to loopback for
 * sync addresses, http(s) for snippets and manifests), with a clear message at its path.
 */
import { describe, expect, it } from 'vitest';
import { DatasetSchema, HttpsUrl, LinkSchema, SourceSchema } from '../../../lib/dataset/schema';
import { validateDataset } from '../../../lib/dataset/validate';
import { SnippetSchema } from '../../../lib/snippets/schema';
import { syncUrl } from '../../../lib/sync/fetch';
import { ManifestSchema } from '../../../lib/sync/manifest';
import { BIDI, hostileDataset, hostileSnippet } from '../../e2e/fixtures/hostile-dataset';

/** Scripts and other schemes, in the spellings browsers accept. */
const NOT_HTTPS = [
  "javascript:window.__pwned='url'",
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript://example.com/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/0b5e4a1c',
  'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
  'ftp://example.com/x',
  'http://example.com/',
  '//example.com/x',
  '/relative/path',
  'example.com',
  '',
];

/** Keys whose values are identifiers, codes, dates or URLs rather than free text. */
const NOT_TEXT = new Set(['id', 'type', 'country', 'lang', 'version', 'publishedAt', 'date', 'start', 'end', 'url', 'sourceId', 'organizationId', 'entities', 'schemaVersion']);

/** Every free-text string in `value`, with its path. */
function textFields(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => textFields(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => {
      // A claim's `entities` are ids; the dataset's are objects full of text.
      const ids = NOT_TEXT.has(k) && !(k === 'entities' && Array.isArray(v) && typeof v[0] === 'object');
      return ids ? [] : textFields(v, `${path}.${k}`);
    });
  return [];
}

describe('the hostile fixture dataset', () => {
  it('is valid: hostile text is still text', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(hostileDataset())));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('carries markup, script URLs or bidi controls in every free-text field', () => {
    const fields = textFields(hostileDataset());
    expect(fields.length).toBeGreaterThanOrEqual(25);
    const tame = fields.filter(([path, text]) => !/[<>]|javascript:|data:|[\u202A-\u202E\u2066-\u2069]/.test(text) && !path.endsWith('.aliases[0].text'));
    expect(tame).toEqual([]);
    expect(fields.some(([, text]) => text.includes(BIDI))).toBe(true);
    // At least one field at its maximum length.
    expect(fields.some(([, text]) => text.length === 1000)).toBe(true);
  });

  it('its snippet is a valid snippet', () => {
    expect(SnippetSchema.safeParse(hostileSnippet('https://news.example.com/hostile.html')).success).toBe(true);
  });
});

describe('URL-typed fields refuse every scheme but https', () => {
  it.each(NOT_HTTPS)('HttpsUrl refuses %j', (url) => {
    const result = HttpsUrl.safeParse(url);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be an https:// URL');
  });

  it.each(NOT_HTTPS)('links and sources refuse %j at the url field', (url) => {
    expect(LinkSchema.safeParse({ url }).error?.issues.map((i) => i.path)).toEqual([['url']]);
    expect(SourceSchema.safeParse({ id: 'a-source', title: 'A source', url }).error?.issues.map((i) => i.path)).toEqual([['url']]);
  });

  it('a dataset with a javascript: link or source URL is refused, with each error at its path', () => {
    const data = hostileDataset();
    data.entities[0]!.links![1]!.url = "javascript:window.__pwned='link'";
    data.sources[1]!.url = 'data:text/html,<script>alert(1)</script>';
    const result = validateDataset(JSON.parse(JSON.stringify(data)));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: '$.entities[0].links[1].url', message: 'must be an https:// URL' },
      { path: '$.sources[1].url', message: 'must be an https:// URL' },
    ]);
    expect(DatasetSchema.safeParse(data).success).toBe(false);
  });

  it.each(NOT_HTTPS.filter((u) => !u.startsWith('http://') && !u.startsWith('//') && !u.startsWith('/') && u !== 'example.com' && u !== ''))(
    'snippets refuse %j as url and pageUrl',
    (url) => {
      const snippet = hostileSnippet('https://news.example.com/hostile.html');
      expect(SnippetSchema.safeParse({ ...snippet, url }).error?.issues[0]).toMatchObject({ path: ['url'], message: 'must be an http(s) URL' });
      expect(SnippetSchema.safeParse({ ...snippet, pageUrl: url }).error?.issues[0]).toMatchObject({ path: ['pageUrl'], message: 'must be an http(s) URL' });
    },
  );

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///data.json', 'vbscript:x', 'blob:https://example.com/1'])('a manifest refuses %j as its data file', (url) => {
    const manifest = {
      id: 'hostile', name: 'Hostile', version: '1.0.0', publishedAt: '2026-11-25T10:00:00Z', schemaVersion: 1,
      url, format: 'json', sha256: '0'.repeat(64), size: 10, entityCount: 1,
    };
    expect(ManifestSchema.safeParse(manifest).error?.issues[0]).toMatchObject({ path: ['url'], message: expect.stringMatching(/^must be an http\(s\) URL/) });
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///manifest.json', 'http://example.com/manifest.json', 'ftp://example.com/m.json'])(
    'a subscription refuses %j as its manifest address',
    (url) => {
      expect(() => syncUrl(url)).toThrow(/must be an https:\/\/ address|is not a web address/);
    },
  );
});
