/**
 * The in-page half of the Firefox locators (test/support/firefox/locator.ts): a locator is a
 * list of steps, and `resolveSteps` runs in the page to turn them into elements, the way
 * Playwright's own selector engines do in Chromium. CSS and test ids pierce open shadow roots
 * (Dossier's popover lives in one); roles use the implicit roles of the elements the options page
 * and popup use, and skip hidden elements, as Playwright's getByRole does.
 *
 * `resolveSteps` is passed to puppeteer's evaluate, so it must stay self-contained: no imports,
 * no helpers outside its body (it may call itself: the evaluated source keeps its name).
 */

/** A text to match: a string (case-insensitive substring, white space collapsed) or a RegExp's parts. */
export type TextMatch = { str: string; exact?: boolean } | { re: string; flags: string };

export type Step =
  | { k: 'css'; s: string }
  | { k: 'role'; role: string; name?: TextMatch }
  | { k: 'text'; text: TextMatch }
  | { k: 'hasText'; text: TextMatch }
  | { k: 'nth'; i: number }
  /** Playwright's `a.or(b)`: the elements of either list, each resolved from the document. */
  | { k: 'or'; lists: Step[][] };

export function textMatch(value: string | RegExp, exact = false): TextMatch {
  return typeof value === 'string' ? { str: value, exact } : { re: value.source, flags: value.flags };
}

/** Runs in the page: the elements `steps` select, in document order (shadow content after its host). */
export function resolveSteps(steps: Step[]): Element[] {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const matches = (m: TextMatch, text: string) => {
    const value = squash(text);
    if ('re' in m) return new RegExp(m.re, m.flags).test(value);
    const want = squash(m.str);
    return m.exact ? value === want : value.toLowerCase().includes(want.toLowerCase());
  };
  // Every open shadow root under `root`, in tree order.
  const shadowRoots = (root: ParentNode): ShadowRoot[] => {
    const out: ShadowRoot[] = [];
    const walk = (node: ParentNode) => {
      for (const el of Array.from(node.querySelectorAll('*'))) {
        if (el.shadowRoot) {
          out.push(el.shadowRoot);
          walk(el.shadowRoot);
        }
      }
    };
    if (root instanceof Element && root.shadowRoot) {
      out.push(root.shadowRoot);
      walk(root.shadowRoot);
    }
    walk(root);
    return out;
  };
  const deepQuery = (scope: ParentNode, css: string): Element[] => {
    const found = new Set<Element>(Array.from(scope.querySelectorAll(css)));
    for (const shadow of shadowRoots(scope)) shadow.querySelectorAll(css).forEach((el) => found.add(el));
    return Array.from(found);
  };
  const hidden = (el: Element) => {
    if (el.closest('[aria-hidden="true"]')) return true;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return true;
    return typeof el.checkVisibility === 'function' ? !el.checkVisibility() : el.getClientRects().length === 0;
  };
  const IMPLICIT: Record<string, string> = {
    button: 'button, input[type="button"], input[type="submit"], input[type="reset"], input[type="image"], summary',
    link: 'a[href], area[href]',
    listbox: 'select[multiple], select[size]:not([size="1"]), datalist',
    combobox: 'select:not([multiple]):not([size]), select[size="1"], input[list]',
    navigation: 'nav',
    checkbox: 'input[type="checkbox"]',
    radio: 'input[type="radio"]',
    textbox: 'input:not([type]), input[type="text"], input[type="email"], input[type="url"], input[type="tel"], textarea',
    searchbox: 'input[type="search"]',
    heading: 'h1, h2, h3, h4, h5, h6',
    list: 'ul, ol',
    listitem: 'li',
    option: 'option',
    dialog: 'dialog',
    table: 'table',
    row: 'tr',
    main: 'main',
    status: 'output',
    region: 'section[aria-label], section[aria-labelledby]',
  };
  const nameOf = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const root = el.getRootNode() as Document | ShadowRoot;
      return labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' ');
    }
    const label = el.getAttribute('aria-label');
    if (label) return label;
    if (el instanceof HTMLInputElement) {
      if (['button', 'submit', 'reset'].includes(el.type)) return el.value;
      const labels = Array.from(el.labels ?? []).map((l) => l.textContent ?? '');
      if (labels.length) return labels.join(' ');
    }
    if (el instanceof HTMLImageElement) return el.alt;
    const text = el.textContent ?? '';
    return squash(text) ? text : (el.getAttribute('title') ?? '');
  };
  const byRole = (scope: ParentNode, role: string, name?: TextMatch): Element[] => {
    const implicit = IMPLICIT[role];
    const css = implicit ? `[role="${role}"], ${implicit}` : `[role="${role}"]`;
    return deepQuery(scope, css).filter((el) => {
      const explicit = el.getAttribute('role');
      if (explicit && explicit.split(/\s+/)[0] !== role) return false;
      if (hidden(el)) return false;
      return !name || matches(name, nameOf(el));
    });
  };
  let current: Element[] | null = null;
  for (const step of steps) {
    const scopes: ParentNode[] = current ?? [document];
    if (step.k === 'nth') {
      const list: Element[] = current ?? [];
      const el: Element | undefined = step.i < 0 ? list[list.length + step.i] : list[step.i];
      current = el ? [el] : [];
      continue;
    }
    if (step.k === 'or') {
      const union = new Set<Element>();
      for (const list of step.lists) resolveSteps(list).forEach((el) => union.add(el));
      current = Array.from(union);
      continue;
    }
    if (step.k === 'hasText') {
      current = (current ?? []).filter((el) => matches(step.text, el.textContent ?? ''));
      continue;
    }
    const next = new Set<Element>();
    for (const scope of scopes) {
      const found =
        step.k === 'css'
          ? deepQuery(scope, step.s)
          : step.k === 'role'
            ? byRole(scope, step.role, step.name)
            : deepQuery(scope, '*').filter(
                (el) => matches(step.text, el.textContent ?? '') && !Array.from(el.children).some((c) => matches(step.text, c.textContent ?? '')),
              );
      found.forEach((el) => next.add(el));
    }
    current = Array.from(next);
  }
  return current ?? [];
}
