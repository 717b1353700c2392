/**
 * Every fixture page with a `.expected.json` shows exactly the expected mentions, in document
 * order: the matching rules (boundaries, case, punctuation, scripts, inline elements and blocks,
 * context gating, skipped regions) seen through the real content script in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, MARK_SELECTOR, mentionsOf, waitForHighlights, type LaunchedBrowser } from '../support/browser';
import { fixturePages } from '../support/fixtures';
import { startServer, type StaticServer } from '../support/server';

let browser: LaunchedBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('highlights on fixture pages', () => {
  const pages = fixturePages();

  it('has fixture pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const fixture of pages) {
    it(`${fixture.name}: marks exactly the expected mentions`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.goto(server.url(fixture.name));
        // Every fixture names at least one entity, so "settled" means: marks exist and stopped changing.
        await waitForHighlights(page, { min: fixture.expected.length ? 1 : 0, timeout: 10_000 });
        expect(await mentionsOf(page)).toEqual(fixture.expected);
      } finally {
        await page.close();
      }
    });
  }

  it('marks carry the contract attributes: class, entity id and tabindex for keyboard focus', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url('inline-and-blocks.html'));
      await waitForHighlights(page, { min: 1 });
      const marks = await page.$$eval(MARK_SELECTOR, (els) =>
        els.map((el) => ({ tag: el.tagName, id: el.getAttribute('data-entity-id'), tabindex: el.getAttribute('tabindex') })),
      );
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) {
        expect(m.tag).toBe('MARK');
        expect(m.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }
      // A mention split over several marks needs one tab stop, not one per piece; but every
      // mention must be reachable, so at least one mark per mention is focusable.
      const focusable = await page.$$eval(MARK_SELECTOR, (els) => els.filter((el) => (el as HTMLElement).tabIndex === 0).length);
      expect(focusable).toBeGreaterThanOrEqual(12);
    } finally {
      await page.close();
    }
  });
});
