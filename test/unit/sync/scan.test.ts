/**
 * The maintainer's scan finds what the extension highlights: on every fixture page it agrees with
 * the page's .expected.json (the same files test/unit/page/fixtures.test.ts and the E2E tests use).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { parseDatasetJson } from '../../../lib/dataset/validate';
import { formatScan } from '../../../lib/sync/report';
import { EXAMPLES, matcherFor, summarizeScans } from '../../../lib/sync/scan';
import { listPages, scanHtml, scanPages } from '../../../lib/sync/scan-files';

const dir = 'test/fixtures/pages';
const seed = (parseDatasetJson(readFileSync('seeds/dossier-seed.json', 'utf8')) as { ok: true; value: Dataset }).value;
const matcher = matcherFor(seed.entities);
const pages = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', ''));

/** Text as read: white space runs (line breaks in the HTML source) count as one space. */
const read = (list: { text: string; entityId: string }[]) => list.map(({ text, entityId }) => ({ text: text.replace(/\s+/g, ' '), entityId }));

describe.each(pages)('scan of %s.html', (page) => {
  it('reports exactly the expected mentions, in page order', () => {
    const scan = scanHtml(readFileSync(join(dir, `${page}.html`), 'utf8'), matcher, page);
    const expected = JSON.parse(readFileSync(join(dir, `${page}.expected.json`), 'utf8')) as { text: string; entityId: string }[];
    expect(read(scan.mentions)).toEqual(read(expected));
  });
});

describe('scan report', { timeout: 60_000 }, () => {
  it('counts mentions per entity over a folder, most mentioned first, with a few examples in context', () => {
    const paths = listPages(dir);
    // Every page of the folder and its subfolders (stress/).
    expect(paths.length).toBe(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length);
    const { scans, report } = scanPages(paths, seed.entities);
    const expectedTotal = pages.reduce((n, p) => n + (JSON.parse(readFileSync(join(dir, `${p}.expected.json`), 'utf8')) as unknown[]).length, 0);
    expect(report.pages.reduce((n, p) => n + p.mentions, 0)).toBeGreaterThanOrEqual(expectedTotal);
    const counts = report.entities.map((e) => e.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const kyiv = report.entities.find((e) => e.entityId === 'kyiv')!;
    expect(kyiv).toMatchObject({ name: 'Kyiv', type: 'place' });
    expect(kyiv.count).toBe(scans.flatMap((s) => s.mentions).filter((m) => m.entityId === 'kyiv').length);
    expect(kyiv.examples).toHaveLength(EXAMPLES);
    for (const example of kyiv.examples) expect(example.context).toContain(`[[${example.text.replace(/\s+/g, ' ')}]]`);
    expect(report.unmentioned).toBe(seed.entities.length - report.entities.length);
  });

  it('shows the words around a mention, cut at word boundaries', () => {
    const html = `<p>${'word '.repeat(30)}Dmytro Kuleba said ${'more '.repeat(30)}</p>`;
    const [mention] = scanHtml(html, matcher).mentions;
    expect(mention).toMatchObject({ entityId: 'dmytro-kuleba', text: 'Dmytro Kuleba' });
    expect(mention!.context).toMatch(/^…(word )+\[\[Dmytro Kuleba\]\] said( more)+…$/);
  });

  it('reads as the extension reads: not inside scripts, form fields or editable regions', () => {
    const html = '<p>NATO</p><script>NATO</script><textarea>NATO</textarea><div contenteditable>NATO</div><p>nato</p>';
    expect(scanHtml(html, matcher).mentions.map((m) => m.text)).toEqual(['NATO']);
  });

  it('prints a readable report', () => {
    const scan = scanHtml(readFileSync(join(dir, 'demo-article.html'), 'utf8'), matcher, 'demo-article.html');
    const text = formatScan(summarizeScans([scan], seed.entities));
    expect(text).toMatch(/^1 page, 16 mentions of 10 entities\n/);
    expect(text).toMatch(/\n {4}3 {2}Kyiv \(kyiv, place\)\n/);
    expect(text).toContain('entities of the dataset are not mentioned on these pages');
  });
});
