/**
 * Playwright's Locator, the part of it the end-to-end tests use, over puppeteer-core in Firefox.
 * A locator is a list of steps resolved in the page at each use (resolve.ts), so it never holds a
 * stale element; actions wait for their element the way Playwright's do (attached, visible,
 * enabled), then act through puppeteer: real mouse and keyboard input over WebDriver BiDi.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, JSHandle, Page as PPage } from 'puppeteer-core';
import { resolveSteps, textMatch, type Step } from './resolve';

/** How long an action waits for its element (Playwright waits up to the test's timeout). */
export const ACTION_TIMEOUT = 20_000;

interface WaitOptions {
  state?: 'attached' | 'detached' | 'visible' | 'hidden';
  timeout?: number;
}

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class FxLocator {
  constructor(
    private readonly page: () => PPage,
    readonly steps: Step[],
    private readonly keyboard: { press(key: string): Promise<void>; type(text: string, opts?: { delay?: number }): Promise<void> },
  ) {}

  private with(step: Step): FxLocator {
    return new FxLocator(this.page, [...this.steps, step], this.keyboard);
  }

  locator(selector: string): FxLocator {
    return this.with({ k: 'css', s: selector });
  }
  getByTestId(id: string): FxLocator {
    return this.locator(`[data-testid="${id}"]`);
  }
  getByRole(role: string, opts: { name?: string | RegExp; exact?: boolean } = {}): FxLocator {
    return this.with({ k: 'role', role, name: opts.name === undefined ? undefined : textMatch(opts.name, opts.exact) });
  }
  getByText(text: string | RegExp, opts: { exact?: boolean } = {}): FxLocator {
    return this.with({ k: 'text', text: textMatch(text, opts.exact) });
  }
  filter(opts: { hasText?: string | RegExp }): FxLocator {
    return opts.hasText === undefined ? this : this.with({ k: 'hasText', text: textMatch(opts.hasText) });
  }
  or(other: FxLocator): FxLocator {
    return new FxLocator(this.page, [{ k: 'or', lists: [this.steps, other.steps] }], this.keyboard);
  }
  first(): FxLocator {
    return this.with({ k: 'nth', i: 0 });
  }
  last(): FxLocator {
    return this.with({ k: 'nth', i: -1 });
  }
  nth(i: number): FxLocator {
    return this.with({ k: 'nth', i });
  }

  /** The matching elements now, as one array handle. */
  private async all(): Promise<JSHandle<Element[]>> {
    return this.page().evaluateHandle(resolveSteps, this.steps);
  }

  /** How many elements match, and whether the first is visible and enabled (Playwright's meanings). */
  private async state(): Promise<{ count: number; visible: boolean; enabled: boolean }> {
    const list = await this.all();
    try {
      return await list.evaluate((els) => {
        const el = els[0];
        const rect = el?.getBoundingClientRect();
        const visible = !!el && !!rect && rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        const enabled = !!el && !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true';
        return { count: els.length, visible, enabled };
      });
    } finally {
      await list.dispose();
    }
  }

  /** Polls until `ok(states)` holds for the matches' states, or throws after `timeout`. */
  private async waitUntil(what: string, ok: (s: { count: number; visible: boolean; enabled: boolean }) => boolean, timeout = ACTION_TIMEOUT) {
    const start = Date.now();
    let last = { count: 0, visible: false, enabled: false };
    let failure = '';
    for (;;) {
      last = await this.state().then(
        (state) => ((failure = ''), state),
        (error: unknown) => ((failure = String(error).slice(0, 300)), last),
      );
      if (ok(last)) return;
      if (Date.now() - start > timeout) {
        throw new Error(`timed out after ${timeout} ms waiting for ${what}: ${JSON.stringify(this.steps)} (${JSON.stringify(last)}${failure ? `; ${failure}` : ''})`);
      }
      await sleep(50);
    }
  }

  /** The first match, after waiting for it (visible too unless `attachedOnly`). */
  private async element(attachedOnly = false): Promise<ElementHandle<Element>> {
    await this.waitUntil(attachedOnly ? 'an element' : 'a visible element', (s) => s.count > 0 && (attachedOnly || s.visible));
    const list = await this.all();
    const first = (await list.getProperty('0')).asElement() as ElementHandle<Element> | null;
    await list.dispose();
    if (!first) throw new Error(`no element for ${JSON.stringify(this.steps)}`);
    return first;
  }

  async waitFor(opts: WaitOptions = {}): Promise<void> {
    const state = opts.state ?? 'visible';
    const test = {
      attached: (s: { count: number }) => s.count > 0,
      detached: (s: { count: number }) => s.count === 0,
      visible: (s: { count: number; visible: boolean }) => s.count > 0 && s.visible,
      hidden: (s: { count: number; visible: boolean }) => s.count === 0 || !s.visible,
    }[state];
    await this.waitUntil(`state ${state}`, test, opts.timeout ?? ACTION_TIMEOUT);
  }

  async count(): Promise<number> {
    return (await this.state()).count;
  }

  async click(opts: { timeout?: number; force?: boolean } = {}): Promise<void> {
    await this.waitUntil('a visible, enabled element to click', (s) => s.count > 0 && (opts.force || (s.visible && s.enabled)), opts.timeout);
    const el = await this.element();
    // Playwright clicks the element, never what covers it (a sticky bar over the row the browser
    // scrolled it to): when something else is at its centre, it goes to the middle of the window.
    await el.evaluate((node) => {
      node.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const r = node.getBoundingClientRect();
      const root = node.getRootNode() as Document | ShadowRoot;
      const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !node.contains(hit)) node.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    });
    await el.click();
    await el.dispose();
  }
  async hover(): Promise<void> {
    const el = await this.element();
    await el.hover();
    await el.dispose();
  }
  async focus(): Promise<void> {
    const el = await this.element(true);
    await el.focus();
    await el.dispose();
  }
  async press(key: string): Promise<void> {
    await this.focus();
    await this.keyboard.press(key);
  }

  /** Real key presses, one per character, into the focused element. */
  async pressSequentially(text: string, opts: { delay?: number } = {}): Promise<void> {
    await this.focus();
    await this.keyboard.type(text, opts);
  }

  /** Like Playwright's fill: focus, replace the value, one `input` event (no `change` until blur). */
  async fill(value: string): Promise<void> {
    await this.waitUntil('an enabled field to fill', (s) => s.count > 0 && s.visible && s.enabled);
    const el = await this.element();
    await el.focus();
    await el.evaluate((node, text) => {
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) {
        const proto = node instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(node, text);
      } else if ((node as HTMLElement).isContentEditable) {
        node.textContent = text;
      } else {
        throw new Error(`fill: <${node.tagName.toLowerCase()}> is not an input, textarea or contenteditable element`);
      }
      node.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
      // Playwright sets pickers (color, date, range…) at once, so they also get their `change`.
      if (node instanceof HTMLInputElement && ['color', 'date', 'datetime-local', 'month', 'range', 'time', 'week'].includes(node.type)) {
        node.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }, value);
    await el.dispose();
  }

  async check(): Promise<void> {
    await this.setChecked(true);
  }
  async uncheck(): Promise<void> {
    await this.setChecked(false);
  }
  private async setChecked(want: boolean): Promise<void> {
    if ((await this.isChecked()) !== want) await this.click();
    if ((await this.isChecked()) !== want) throw new Error(`could not ${want ? 'check' : 'uncheck'} ${JSON.stringify(this.steps)}`);
  }
  async isChecked(): Promise<boolean> {
    const el = await this.element(true);
    const checked = await el.evaluate((node) => (node instanceof HTMLInputElement ? node.checked : node.getAttribute('aria-checked') === 'true'));
    await el.dispose();
    return checked;
  }

  /** Selects options by value or label, then `input` and `change`, as Playwright does. */
  async selectOption(values: string | string[] | { label?: string; value?: string }): Promise<string[]> {
    const el = await this.element();
    const wanted = (Array.isArray(values) ? values : [values]).map((v) => (typeof v === 'string' ? { value: v, label: v } : v));
    const picked = await el.evaluate((node, want) => {
      if (!(node instanceof HTMLSelectElement)) throw new Error('selectOption: not a <select>');
      const options = Array.from(node.options);
      const chosen = want.map((w) => options.find((o) => (w.value !== undefined && o.value === w.value) || (w.label !== undefined && o.label === w.label)));
      if (chosen.some((o) => !o)) throw new Error(`selectOption: no option for ${JSON.stringify(want)}`);
      for (const o of options) o.selected = chosen.includes(o);
      node.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      node.dispatchEvent(new Event('change', { bubbles: true }));
      return chosen.map((o) => o!.value);
    }, wanted);
    await el.dispose();
    return picked;
  }

  /** Files for an <input type="file">: paths, or in-memory payloads written to a temporary folder. */
  async setInputFiles(files: string | string[] | FilePayload | FilePayload[]): Promise<void> {
    const list = Array.isArray(files) ? files : [files];
    const paths = list.map((f) => {
      if (typeof f === 'string') return f;
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-upload-')), f.name);
      writeFileSync(file, f.buffer);
      return file;
    });
    const el = (await this.element(true)) as ElementHandle<HTMLInputElement>;
    await el.uploadFile(...paths);
    await el.dispose();
  }

  async evaluate<R, A>(fn: (el: Element, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const el = await this.element(true);
    const result = (await el.evaluate(fn as never, arg as never)) as R;
    await el.dispose();
    return result;
  }
  async evaluateAll<R, A>(fn: (els: Element[], arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const list = await this.all();
    const result = (await list.evaluate(fn as never, arg as never)) as R;
    await list.dispose();
    return result;
  }

  textContent(): Promise<string | null> {
    return this.evaluate((el) => el.textContent);
  }
  innerText(): Promise<string> {
    return this.evaluate((el) => (el as HTMLElement).innerText);
  }
  inputValue(): Promise<string> {
    return this.evaluate((el) => (el as HTMLInputElement).value);
  }
  getAttribute(name: string): Promise<string | null> {
    return this.evaluate((el, n) => el.getAttribute(n), name);
  }
  allTextContents(): Promise<string[]> {
    return this.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  }
  allInnerTexts(): Promise<string[]> {
    return this.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
  }
  async isVisible(): Promise<boolean> {
    let visible = false;
    await this.waitUntil('visibility', (s) => ((visible = s.count > 0 && s.visible), true), 0);
    return visible;
  }
  async isHidden(): Promise<boolean> {
    return !(await this.isVisible());
  }
  async isEnabled(): Promise<boolean> {
    return this.evaluate((el) => !(el as HTMLButtonElement).disabled);
  }
  async isDisabled(): Promise<boolean> {
    return !(await this.isEnabled());
  }
  async boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    const el = await this.element(true);
    const box = await el.boundingBox();
    await el.dispose();
    return box;
  }
  async scrollIntoViewIfNeeded(): Promise<void> {
    await this.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  }
  async blur(): Promise<void> {
    await this.evaluate((el) => (el as HTMLElement).blur());
  }
  async dispatchEvent(type: string): Promise<void> {
    await this.evaluate((el, t) => el.dispatchEvent(new Event(t, { bubbles: true, composed: true })), type);
  }
}
