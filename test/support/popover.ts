/**
 * Reading Dossier's in-page popover from a test: a <dossier-popover> host with an open shadow
 * root holding [data-testid="popover"]. Playwright's CSS locators pierce open shadow roots, so
 * `page.getByTestId('popover-name')` works too; these helpers add the "is it actually shown"
 * check and page-side timing.
 */
import type { Locator, Page } from 'playwright-core';
import { MARK_SELECTOR, poll, POPOVER_TAG } from './browser';

export interface PopoverSnapshot {
  /** A popover container is rendered, visible and has a size. */
  open: boolean;
  /** How many visible popover containers there are (should never exceed 1). */
  visibleCount: number;
  name: string;
  type: string;
  summary: string;
  role: string;
  claims: { quote: string; text: string }[];
  related: { entityId: string; text: string }[];
  hasOpenOptions: boolean;
  /** Computed font-size and box of the visible container. */
  fontSize: string;
  box: { x: number; y: number; width: number; height: number } | null;
}

export async function popoverSnapshot(page: Page): Promise<PopoverSnapshot> {
  return page.evaluate((tag) => {
    const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const containers: Element[] = [];
    document.querySelectorAll(tag).forEach((host) => {
      host.shadowRoot?.querySelectorAll('[data-testid="popover"]').forEach((c) => containers.push(c));
    });
    const isShown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const visible =
        typeof el.checkVisibility === 'function'
          ? el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
          : getComputedStyle(el).visibility !== 'hidden';
      return visible && r.width > 0 && r.height > 0;
    };
    const shown = containers.filter(isShown);
    const c = shown[0];
    const text = (sel: string) => squash(c?.querySelector(sel)?.textContent);
    const r = c?.getBoundingClientRect();
    return {
      open: !!c,
      visibleCount: shown.length,
      name: text('[data-testid="popover-name"]'),
      type: text('[data-testid="popover-type"]'),
      summary: text('[data-testid="popover-summary"]'),
      role: text('[data-testid="popover-role"]'),
      claims: Array.from(c?.querySelectorAll('[data-testid="popover-claim"]') ?? []).map((el) => ({
        quote: squash(el.querySelector('blockquote')?.textContent),
        text: squash(el.textContent),
      })),
      related: Array.from(c?.querySelectorAll('[data-testid="popover-related"]') ?? []).map((el) => ({
        entityId: el.getAttribute('data-entity-id') ?? '',
        text: squash(el.textContent),
      })),
      hasOpenOptions: !!c?.querySelector('[data-testid="popover-open-options"]'),
      fontSize: c ? getComputedStyle(c).fontSize : '',
      box: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    };
  }, POPOVER_TAG);
}

/** Polls until the popover is open (or closed, with `open: false`); returns the last snapshot. */
export async function waitForPopover(page: Page, open = true, timeout = 5_000): Promise<PopoverSnapshot> {
  return poll(async () => {
    const s = await popoverSnapshot(page);
    return s.open === open ? s : null;
  }, timeout).then(async (s) => s ?? popoverSnapshot(page));
}

/** Polls until the open popover shows `name`. */
export async function waitForPopoverName(page: Page, name: string, timeout = 5_000): Promise<PopoverSnapshot> {
  const s = await poll(async () => {
    const snap = await popoverSnapshot(page);
    return snap.open && snap.name === name ? snap : null;
  }, timeout);
  return s ?? popoverSnapshot(page);
}

/** The first mark of an entity (by id), as a locator. */
export function markOf(page: Page, entityId: string, nth = 0): Locator {
  return page.locator(`${MARK_SELECTOR}[data-entity-id="${entityId}"]`).nth(nth);
}

/**
 * Starts a page-side recorder: the time the pointer enters `selector` (first match) and the time a
 * popover container first becomes visible, both from performance.now(), checked every frame.
 */
export async function recordPopoverTiming(page: Page, selector: string): Promise<void> {
  await page.evaluate(
    ({ selector, tag }) => {
      const w = window as unknown as { __popoverTiming: { enteredAt: number | null; openedAt: number | null; stop: boolean } };
      const timing = (w.__popoverTiming = { enteredAt: null as number | null, openedAt: null as number | null, stop: false });
      const target = document.querySelector(selector);
      target?.addEventListener('pointerover', () => (timing.enteredAt ??= performance.now()), { capture: true });
      target?.addEventListener('mouseover', () => (timing.enteredAt ??= performance.now()), { capture: true });
      const visible = () => {
        for (const host of Array.from(document.querySelectorAll(tag))) {
          for (const c of Array.from(host.shadowRoot?.querySelectorAll('[data-testid="popover"]') ?? [])) {
            const r = c.getBoundingClientRect();
            if (r.width > 0 && r.height > 0 && c.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
          }
        }
        return false;
      };
      const tick = () => {
        if (timing.stop) return;
        if (timing.openedAt === null && visible()) timing.openedAt = performance.now();
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // Also catch it between frames: the popover is rendered by DOM writes.
      const observer = new MutationObserver(() => {
        if (timing.openedAt === null && visible()) timing.openedAt = performance.now();
      });
      document.querySelectorAll(tag).forEach((host) => host.shadowRoot && observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true }));
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
    },
    { selector, tag: POPOVER_TAG },
  );
}

export async function readPopoverTiming(page: Page): Promise<{ enteredAt: number | null; openedAt: number | null }> {
  return page.evaluate(() => {
    const w = window as unknown as { __popoverTiming: { enteredAt: number | null; openedAt: number | null; stop: boolean } };
    return { enteredAt: w.__popoverTiming.enteredAt, openedAt: w.__popoverTiming.openedAt };
  });
}
