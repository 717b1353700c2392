/**
 * The in-page popover: opened by resting the pointer on a highlight or by keyboard focus, closed
 * by Escape, a click outside or the pointer leaving; shows the entity from the bundled dataset
 * with sourced claims; related entities switch it in place; "open in Dossier" opens the options
 * page on the entity; hostile page CSS neither hides highlights nor restyles the popover.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, MARK_SELECTOR, waitForHighlights, type LaunchedBrowser } from '../support/browser';
import { readFixture, seedClaimsOf, seedEntity, squash } from '../support/fixtures';
import {
  markOf,
  popoverSnapshot,
  readPopoverTiming,
  recordPopoverTiming,
  waitForPopover,
  waitForPopoverName,
} from '../support/popover';
import { startServer, type StaticServer } from '../support/server';

let browser: LaunchedBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  // The hostile page without its hostile style sheet, as the control for popover styling.
  server.route('/hostile-css-control.html', readFixture('hostile-css.html').replace(/<style id="hostile">[\s\S]*?<\/style>/, ''));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(name: string, minMarks = 1): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(name));
  await waitForHighlights(page, { min: minMarks, timeout: 10_000 });
  return page;
}

/**
 * Moves the pointer to the middle of the first mark of `entityId` and waits for the popover to
 * show that entity (its card loads asynchronously after the container appears).
 */
async function hoverOpen(page: Page, entityId: string) {
  await markOf(page, entityId).hover();
  await waitForPopover(page, true);
  return waitForPopoverName(page, seedEntity(entityId).name);
}

/** A point well away from every highlight and from the popover: the #quiet paragraph. */
async function quietPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('#quiet').boundingBox();
  if (!box) throw new Error('#quiet has no box');
  return { x: box.x + 20, y: box.y + box.height / 2 };
}

describe('opening and closing', () => {
  it('opens after the pointer rests on a highlight for about 300 ms', async () => {
    const page = await openPage('popover.html', 3);
    try {
      expect((await popoverSnapshot(page)).open).toBe(false);
      await recordPopoverTiming(page, `${MARK_SELECTOR}[data-entity-id="dmytro-kuleba"]`);
      await markOf(page, 'dmytro-kuleba').hover();
      const snap = await waitForPopover(page, true);
      expect(snap.open).toBe(true);
      const { enteredAt, openedAt } = await readPopoverTiming(page);
      expect(enteredAt).not.toBeNull();
      expect(openedAt).not.toBeNull();
      const delay = openedAt! - enteredAt!;
      // "Rests ~300 ms": not at once (a pointer passing over must not open it), and not sluggish.
      expect(delay).toBeGreaterThanOrEqual(200);
      expect(delay).toBeLessThanOrEqual(1_500);
      expect(snap.visibleCount).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('a pointer merely passing over a highlight opens nothing', async () => {
    const page = await openPage('popover.html', 3);
    try {
      const mark = (await markOf(page, 'dmytro-kuleba').boundingBox())!;
      const quiet = await quietPoint(page);
      await page.mouse.move(mark.x - 40, mark.y + mark.height / 2);
      await page.mouse.move(mark.x + mark.width + 40, mark.y + mark.height / 2, { steps: 4 });
      await page.mouse.move(quiet.x, quiet.y);
      // Absence can only be checked by waiting past the open delay.
      await page.waitForTimeout(800);
      expect((await popoverSnapshot(page)).open).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('resting on any piece of a name split across elements opens that entity', async () => {
    // inline-and-blocks.html: <a>Dmytro</a> Kuleba is two marks, one mention.
    const page = await openPage('inline-and-blocks.html', 12);
    try {
      const pieces = page.locator(`#link ${MARK_SELECTOR}`);
      expect(await pieces.count()).toBe(2);
      await pieces.nth(1).hover();
      const snap = await waitForPopoverName(page, seedEntity('dmytro-kuleba').name);
      expect(snap.open).toBe(true);
      expect(snap.name).toBe(seedEntity('dmytro-kuleba').name);
    } finally {
      await page.close();
    }
  });

  it('Escape closes it', async () => {
    const page = await openPage('popover.html', 3);
    try {
      expect((await hoverOpen(page, 'dmytro-kuleba')).open).toBe(true);
      await page.keyboard.press('Escape');
      expect((await waitForPopover(page, false)).open).toBe(false);
      // It stays closed while the pointer keeps resting on the highlight.
      await page.waitForTimeout(700);
      expect((await popoverSnapshot(page)).open).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('a click outside closes it', async () => {
    const page = await openPage('popover.html', 3);
    try {
      expect((await hoverOpen(page, 'dmytro-kuleba')).open).toBe(true);
      const quiet = await quietPoint(page);
      await page.mouse.click(quiet.x, quiet.y);
      expect((await waitForPopover(page, false)).open).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('stays open while the pointer moves from the highlight into the popover, closes when it leaves both', async () => {
    const page = await openPage('popover.html', 3);
    try {
      const snap = await hoverOpen(page, 'dmytro-kuleba');
      expect(snap.open).toBe(true);
      const box = snap.box!;
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(40, box.height / 2), { steps: 6 });
      await page.waitForTimeout(700);
      expect((await popoverSnapshot(page)).open).toBe(true);

      const quiet = await quietPoint(page);
      await page.mouse.move(quiet.x, quiet.y, { steps: 4 });
      expect((await waitForPopover(page, false)).open).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('keyboard: Tab to a highlight opens it, Escape closes it', async () => {
    const page = await openPage('popover.html', 3);
    try {
      let focused: string | null = null;
      for (let i = 0; i < 15 && !focused; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => {
          const el = document.activeElement;
          return el?.matches('mark.dossier-mark') ? el.getAttribute('data-entity-id') : null;
        });
      }
      expect(focused).toBe('dmytro-kuleba');
      const snap = await waitForPopoverName(page, seedEntity('dmytro-kuleba').name);
      expect(snap.open).toBe(true);
      expect(snap.name).toBe(seedEntity('dmytro-kuleba').name);

      await page.keyboard.press('Escape');
      expect((await waitForPopover(page, false)).open).toBe(false);
      // Focus is not lost to the top of the page: it stays on (or returns to) the highlight.
      expect(await page.evaluate(() => document.activeElement?.matches('mark.dossier-mark') ?? false)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('content', () => {
  it('shows name, type, role, summary and sourced claims from the dataset', async () => {
    const page = await openPage('popover.html', 3);
    try {
      const entity = seedEntity('dmytro-kuleba');
      await hoverOpen(page, entity.id);
      const snap = await waitForPopoverName(page, entity.name);
      expect(snap.name).toBe(entity.name);
      expect(snap.type.toLowerCase()).toContain(entity.type);
      expect(snap.summary).toBe(squash(entity.summary));
      expect(snap.role).toContain(entity.roles![0]!.title);

      const seeded = seedClaimsOf(entity.id);
      expect(seeded.length).toBeGreaterThan(0);
      expect(snap.claims.length).toBeGreaterThan(0);
      expect(snap.claims.length).toBeLessThanOrEqual(seeded.length);
      for (const shown of snap.claims) {
        // The quote is verbatim in a blockquote, with the source's publisher and headline beside it.
        const match = seeded.find((s) => squash(s.claim.quote) === shown.quote);
        expect(match, `quote not from the dataset: ${shown.quote}`).toBeDefined();
        const source = match!.source!;
        expect(shown.text).toContain(squash(source.title));
        if (source.publisher) expect(shown.text).toContain(source.publisher);
      }
      expect(snap.hasOpenOptions).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('choosing a related entity shows it in the same popover', async () => {
    const page = await openPage('popover.html', 3);
    try {
      const first = await hoverOpen(page, 'dmytro-kuleba');
      expect(first.related.length).toBeGreaterThan(0);
      const target = first.related[0]!;
      const related = seedEntity(target.entityId);
      expect(target.text).toContain(related.name);

      await page.getByTestId('popover-related').first().click();
      const snap = await waitForPopoverName(page, related.name);
      expect(snap.open).toBe(true);
      expect(snap.name).toBe(related.name);
      expect(snap.visibleCount).toBe(1);
      // Still one popover element on the page: switched in place, not opened anew elsewhere.
      expect(await page.locator('dossier-popover').count()).toBe(1);

      // "Open in Dossier" now leads to the entity shown, not to the highlight's.
      const [tab] = await Promise.all([
        browser.context.waitForEvent('page', { timeout: 10_000 }),
        page.getByTestId('popover-open-options').click(),
      ]);
      await tab.waitForURL(new RegExp(`/options\\.html#/entity/${target.entityId}$`), { timeout: 10_000 });
      await tab.close();
    } finally {
      await page.close();
    }
  });

  it('"open in Dossier" opens the options page on the entity in a new tab', async () => {
    const page = await openPage('popover.html', 3);
    try {
      await hoverOpen(page, 'dmytro-kuleba');
      const [tab] = await Promise.all([
        browser.context.waitForEvent('page', { timeout: 10_000 }),
        page.getByTestId('popover-open-options').click(),
      ]);
      await tab.waitForURL(/\/options\.html#\/entity\/dmytro-kuleba$/, { timeout: 10_000 });
      expect(tab.url()).toBe(extensionUrl(browser.extensionId, 'options.html#/entity/dmytro-kuleba'));
      const view = tab.getByTestId('entity-view');
      await view.waitFor({ timeout: 10_000 });
      expect(await view.getAttribute('data-entity-id')).toBe('dmytro-kuleba');
      await tab.close();
    } finally {
      await page.close();
    }
  });
});

describe('hostile page CSS', () => {
  const measure = async (name: string) => {
    const page = await openPage(name, 2);
    try {
      const marks = await page.$$eval(MARK_SELECTOR, (els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { display: getComputedStyle(el).display, width: r.width, height: r.height };
        }),
      );
      const ownMark = await page.$eval('#own-mark', (el) => getComputedStyle(el).display);
      await hoverOpen(page, 'dmytro-kuleba');
      // Measured once the card has loaded: the box depends on the content.
      const snap = await waitForPopoverName(page, seedEntity('dmytro-kuleba').name);
      const fontSize = await page.evaluate(() => {
        const host = document.querySelector('dossier-popover');
        const name = host?.shadowRoot?.querySelector('[data-testid="popover-name"]');
        return name ? getComputedStyle(name).fontSize : '';
      });
      return { marks, ownMark, snap, nameFontSize: fontSize };
    } finally {
      await page.close();
    }
  };

  it('highlights stay visible and the popover looks the same as on a plain page', async () => {
    const hostile = await measure('hostile-css.html');
    const control = await measure('hostile-css-control.html');

    expect(hostile.marks.length).toBeGreaterThan(0);
    for (const m of hostile.marks) {
      expect(m.display).not.toBe('none');
      expect(m.width).toBeGreaterThan(0);
      expect(m.height).toBeGreaterThan(0);
    }
    // The page's rule still applies to the page's own <mark>: the extension only protects its own.
    expect(hostile.ownMark).toBe('none');
    expect(control.ownMark).not.toBe('none');

    expect(hostile.snap.open).toBe(true);
    expect(control.snap.open).toBe(true);
    expect(hostile.snap.fontSize).toBe(control.snap.fontSize);
    expect(hostile.nameFontSize).toBe(control.nameFontSize);
    expect(Math.abs(hostile.snap.box!.width - control.snap.box!.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(hostile.snap.box!.height - control.snap.box!.height)).toBeLessThanOrEqual(1);
  });
});

describe('strict Content Security Policy', () => {
  it('a page whose CSP forbids inline styles and scripts still gets highlights and a styled popover', async () => {
    const csp = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'";
    server.route('/popover-csp.html', { body: readFixture('popover.html'), headers: { 'content-security-policy': csp } });
    const page = await openPage('popover-csp.html', 3);
    try {
      const snap = await hoverOpen(page, 'dmytro-kuleba');
      expect(snap.open).toBe(true);
      expect(snap.claims.length).toBeGreaterThan(0);
      // Styled as on any page: the shadow root's style sheet applied despite the page's CSP.
      const control = await openPage('popover.html', 3);
      try {
        const ref = await hoverOpen(control, 'dmytro-kuleba');
        expect(snap.fontSize).toBe(ref.fontSize);
        expect(Math.abs(snap.box!.width - ref.box!.width)).toBeLessThanOrEqual(1);
        expect(Math.abs(snap.box!.height - ref.box!.height)).toBeLessThanOrEqual(1);
      } finally {
        await control.close();
      }
    } finally {
      await page.close();
    }
  });
});
