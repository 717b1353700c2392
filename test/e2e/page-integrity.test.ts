/**
 * The extension leaves the page as it was, apart from the highlights: the same text (innerText and
 * textContent), the same layout, the page's own scripts and event listeners still working, and
 * editable regions untouched. Each page is compared with the same page in a control Chromium that
 * runs without the extension.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  launchWithExtension,
  MARK_SELECTOR,
  waitForHighlights,
  type LaunchedBrowser,
} from '../support/browser';
import { fixturePages } from '../support/fixtures';
import { startServer, type StaticServer } from '../support/server';

let withExtension: LaunchedBrowser;
let control: LaunchedBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  withExtension = await launchWithExtension();
  control = await launchBrowser({ extension: false });
});

afterAll(async () => {
  await withExtension?.close();
  await control?.close();
  await server?.close();
});

/** Opens `name` in both browsers; the extension's copy once its highlights have settled. */
async function openBoth(name: string): Promise<{ ext: Page; ctl: Page; close(): Promise<void> }> {
  const [ext, ctl] = await Promise.all([withExtension.context.newPage(), control.context.newPage()]);
  await Promise.all([ext.goto(server.url(name)), ctl.goto(server.url(name))]);
  await waitForHighlights(ext, { min: 1, timeout: 10_000 });
  await Promise.all([ext.evaluate(() => document.fonts.ready.then(() => true)), ctl.evaluate(() => document.fonts.ready.then(() => true))]);
  return { ext, ctl, close: async () => void (await Promise.all([ext.close(), ctl.close()])) };
}

interface PageText {
  innerText: string;
  textContent: string;
  title: string;
}
const readText = (page: Page): Promise<PageText> =>
  page.evaluate(() => ({ innerText: document.body.innerText, textContent: document.body.textContent ?? '', title: document.title }));

/** Boxes of the page's blocks (not of our marks), keyed by a path that does not depend on marks. */
const readLayout = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, { x: number; y: number; w: number; h: number }> = {};
    const blocks = document.querySelectorAll('h1, h2, h3, p, li, td, figcaption, blockquote, article, aside, main, footer');
    blocks.forEach((el, i) => {
      const r = el.getBoundingClientRect();
      out[`${i}:${el.tagName}${el.id ? '#' + el.id : ''}`] = { x: r.x, y: r.y, w: r.width, h: r.height };
    });
    return { blocks: out, scrollHeight: document.documentElement.scrollHeight, scrollWidth: document.documentElement.scrollWidth };
  });

describe('page text is unchanged', () => {
  for (const fixture of fixturePages()) {
    it(`${fixture.name}: innerText and textContent equal the page without the extension`, async () => {
      const { ext, ctl, close } = await openBoth(fixture.name);
      try {
        expect(await ext.locator(MARK_SELECTOR).count()).toBeGreaterThan(0);
        const [a, b] = await Promise.all([readText(ext), readText(ctl)]);
        expect(a.title).toBe(b.title);
        expect(a.innerText).toBe(b.innerText);
        expect(a.textContent).toBe(b.textContent);
      } finally {
        await close();
      }
    });
  }
});

describe('layout is unchanged', () => {
  for (const name of ['long-article.html', 'demo-article.html', 'inline-and-blocks.html', 'punctuation.html', 'cyrillic.html', 'boundaries.html']) {
    it(`${name}: every block keeps its position and size`, async () => {
      const { ext, ctl, close } = await openBoth(name);
      try {
        const [a, b] = await Promise.all([readLayout(ext), readLayout(ctl)]);
        expect(Object.keys(a.blocks)).toEqual(Object.keys(b.blocks));
        const moved: string[] = [];
        for (const [key, box] of Object.entries(a.blocks)) {
          const c = b.blocks[key]!;
          const off = Math.max(Math.abs(box.x - c.x), Math.abs(box.y - c.y), Math.abs(box.w - c.w), Math.abs(box.h - c.h));
          if (off > 0.5) moved.push(`${key}: ${JSON.stringify(box)} vs ${JSON.stringify(c)} without the extension`);
        }
        expect(moved).toEqual([]);
        expect(a.scrollHeight).toBe(b.scrollHeight);
        expect(a.scrollWidth).toBe(b.scrollWidth);
      } finally {
        await close();
      }
    });
  }
});

describe("the page's own scripts", () => {
  let page: Page;

  beforeAll(async () => {
    page = await withExtension.context.newPage();
    await page.goto(server.url('page-script.html'));
    await waitForHighlights(page, { min: 5 });
  });
  afterAll(async () => {
    await page?.close();
  });

  /** Clicks a mark, then dismisses anything the click or hover opened and moves the pointer away. */
  const clickMark = async (selector: string) => {
    await page.locator(selector).first().click();
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
  };

  it('the text the page recorded before the extension ran reads exactly the same', async () => {
    const same = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & { readingText(): string };
      return {
        innerText: document.body.innerText === w.__textBefore,
        textContent: document.getElementById('story')!.textContent === w.__textContentBefore,
        paragraphs:
          JSON.stringify(Array.from(document.querySelectorAll('p'), (p) => p.textContent)) === JSON.stringify(w.__paragraphTextBefore),
        reading: w.readingText() === w.__readingTextBefore,
      };
    });
    expect(same).toEqual({ innerText: true, textContent: true, paragraphs: true, reading: true });
  });

  it('a click on a highlighted name still reaches the link’s own listener', async () => {
    expect(await page.locator(`#kuleba-link ${MARK_SELECTOR}`).count()).toBeGreaterThan(0);
    await clickMark(`#kuleba-link ${MARK_SELECTOR}`);
    expect(await page.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks)).toContain('link:kuleba-link');
  });

  it('inline onclick handlers and delegated listeners still fire', async () => {
    await clickMark(`#nato-span ${MARK_SELECTOR}`);
    await clickMark(`#rheinmetall-link ${MARK_SELECTOR}`);
    await clickMark(`[data-track="kyiv"] ${MARK_SELECTOR}`);
    const clicks = await page.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks);
    expect(clicks).toEqual(expect.arrayContaining(['inline:nato-span', 'delegated:rheinmetall', 'delegated:kyiv']));
    // The page's own counter (an <output> it rewrites) still works and shows up in its text.
    expect(await page.locator('#count').innerText()).toBe(String(clicks.length));
  });

  it('a mouse drag that starts on a highlighted name selects text, and the name keeps its Tab stop', async () => {
    // Not one inside a link: a drag that starts on a link drags the link, in any browser.
    const mark = page.locator(`#nato-span ${MARK_SELECTOR}[tabindex]`).first();
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 60, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const selected = await page.evaluate(() => getSelection()!.toString());
    const name = (await mark.textContent())!;
    expect(selected.length).toBeGreaterThan(name.length - 2);
    expect(selected).toContain(name.slice(2));
    await expect.poll(() => mark.getAttribute('tabindex')).toBe('0');
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
  });

  it('hover listeners on elements around a highlight still fire', async () => {
    await page.locator(`#eu-abbr ${MARK_SELECTOR}`).first().hover();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __hovers: string[] }).__hovers)).toContain('eu-abbr');
    await page.mouse.move(1, 1);
  });
});

describe('editable and non-content regions', () => {
  it('form fields, editors, scripts and templates are identical to the page without the extension', async () => {
    const { ext, ctl, close } = await openBoth('skipped-regions.html');
    try {
      const read = (page: Page) =>
        page.evaluate(() => ({
          input: (document.getElementById('input') as HTMLInputElement).value,
          textarea: (document.getElementById('textarea') as HTMLTextAreaElement).value,
          textareaHtml: document.getElementById('textarea')!.innerHTML,
          select: document.getElementById('select')!.innerHTML,
          editable: document.getElementById('editable')!.innerHTML,
          editableEmpty: document.getElementById('editable-empty-attr')!.innerHTML,
          editablePlain: document.getElementById('editable-plaintext')!.innerHTML,
          scripts: Array.from(document.querySelectorAll('script'), (s) => s.textContent),
          styles: Array.from(document.querySelectorAll('style'), (s) => s.textContent),
          noscript: document.querySelector('noscript')!.innerHTML,
          template: (document.getElementById('template') as HTMLTemplateElement).innerHTML,
          svg: document.getElementById('svg')!.innerHTML,
        }));
      expect(await read(ext)).toEqual(await read(ctl));
      expect(await ext.evaluate(() => (window as unknown as { __skippedScriptRan?: string }).__skippedScriptRan)).toBe(
        'Dmytro Kuleba / NATO / Kyiv',
      );
    } finally {
      await close();
    }
  });

  it('text typed into a contenteditable region or a textarea is never highlighted', async () => {
    const page = await withExtension.context.newPage();
    try {
      await page.goto(server.url('skipped-regions.html'));
      await waitForHighlights(page, { min: 1 });
      const before = await page.locator(MARK_SELECTOR).count();

      await page.locator('#editable p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Rheinmetall and NATO met in Kyiv.');
      await page.locator('#editable-empty-attr').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Lloyd Austin');
      await page.locator('#textarea').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Dmytro Kuleba too.');
      // Typing is a stream of mutations; give the content script time to react to them, then
      // require that nothing it did landed inside the editors.
      await waitForHighlights(page, { stableMs: 1_000 });

      expect(await page.locator(`#editable ${MARK_SELECTOR}, #editable-empty-attr ${MARK_SELECTOR}`).count()).toBe(0);
      expect(await page.locator('#editable').innerText()).toContain('Rheinmetall and NATO met in Kyiv.');
      expect(await page.locator('#editable-empty-attr').innerText()).toContain('Lloyd Austin');
      expect(await page.locator('#textarea').inputValue()).toBe('Rheinmetall and Ukroboronprom signed in Kyiv. Dmytro Kuleba too.');
      expect(await page.locator(MARK_SELECTOR).count()).toBe(before);
    } finally {
      await page.close();
    }
  });
});
