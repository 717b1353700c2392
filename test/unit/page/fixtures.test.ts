// @vitest-environment jsdom
/**
 * Every fixture page beside its expected highlights, run through the page pipeline in jsdom with
 * the seed dataset. The same pages run in real Chromium in test/e2e/highlights.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../lib/dataset/schema';
import { compileLexicon } from '../../../lib/match/lexicon';
import { Matcher } from '../../../lib/match/matcher';
import { Annotator } from '../../../lib/page/annotator';

const dir = 'test/fixtures/pages';
const pages = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', ''));
const matcher = new Matcher(compileLexicon(DatasetSchema.parse(JSON.parse(readFileSync('seeds/dossier-seed.json', 'utf8'))).entities));

describe.each(pages)('%s.html', (page) => {
  it('gets exactly the expected highlights', async () => {
    const dom = new JSDOM(readFileSync(join(dir, `${page}.html`), 'utf8'), { url: 'http://127.0.0.1/' });
    const doc = dom.window.document;
    const mentions: { text: string; entityId: string }[] = [];
    const annotator = new Annotator({
      matcher,
      doc,
      delayMs: 0,
      sliceMs: 1000,
      onMark: (el, mention, first) => {
        if (first) mentions.push({ text: '', entityId: mention.entityId });
        mentions[mentions.length - 1]!.text += el.textContent;
      },
    });
    annotator.start();
    while (annotator.busy) await new Promise((r) => setTimeout(r, 5));
    const expected = JSON.parse(readFileSync(join(dir, `${page}.expected.json`), 'utf8')) as { text: string; entityId: string }[];
    // Text as read: white space runs (line breaks in the HTML source) count as one space.
    const read = (list: { text: string; entityId: string }[]) => list.map(({ text, entityId }) => ({ text: text.replace(/\s+/g, ' '), entityId }));
    expect(read(mentions)).toEqual(read(expected));
    const before = new JSDOM(readFileSync(join(dir, `${page}.html`), 'utf8')).window.document.body.textContent;
    expect(doc.body.textContent).toBe(before);
    annotator.stop();
    dom.window.close();
  });
});
