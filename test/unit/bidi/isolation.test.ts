// @vitest-environment jsdom
/**
 * Dataset text with bidi controls or right-to-left letters is isolated wherever Dossier's UI shows
 * it (components/bidi.ts): a name carrying an unclosed RIGHT-TO-LEFT OVERRIDE (U+202E) renders
 * inside a <bdi> that holds exactly that name, in the popover and the options page alike, and the
 * plain-text form (`isolate`) closes whatever the string leaves open, keeping its text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { h, render, type ComponentChild } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityCard, EntityListItem } from '../../../lib/messages/protocol';
import { isolate } from '../../../components/bidi';
import { EntityPopover } from '../../../components/EntityPopover';
import { IsolatedText } from '../../../components/IsolatedText';
import { EntityDetails } from '../../../components/options/EntityDetails';
import { EntityRow } from '../../../components/options/EntityRow';
import { EntityGroups } from '../../../components/popup/EntityGroups';

const MESSAGES = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
(globalThis as unknown as { browser: unknown }).browser = {
  i18n: {
    getUILanguage: () => 'en',
    getMessage(key: string, subs?: string | string[]) {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (MESSAGES[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    },
  },
};

/** An unclosed override, a stray PDI, Hebrew letters: what a hostile or simply RTL dataset may hold. */
const NAME = 'Evil \u202Egnidloh Corp';
const SUMMARY = 'שלום \u2067unclosed isolate and \u2069 stray pop';
const RELATED = 'Mallory \u202Dforced LTR';

const card: EntityCard = {
  entity: {
    id: 'evil-corp',
    type: 'company',
    name: NAME,
    aliases: [{ text: `${NAME} alias` }],
    summary: SUMMARY,
    roles: [{ title: 'Owner \u202B', organizationId: 'mallory' }],
    related: [{ id: 'mallory', relation: 'owns \u202E' }],
  },
  datasetId: 'user',
  claims: [{ id: 'c1', text: 'Claim \u202E text', quote: 'Quote \u202E', date: '2024-01-02', source: { id: 's1', title: 'Source \u202E title', publisher: 'Pub \u202E' } }],
  related: [{ id: 'mallory', name: RELATED, type: 'person', relation: 'owns \u202E' }],
  organizations: { mallory: { name: RELATED, type: 'person' } },
} as EntityCard;

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const mount = (vnode: ComponentChild) => render(vnode, root);
/** True when `text` is the whole content of a <bdi> inside `el` (or of `el`, when it is a <bdi>). */
function isolatedIn(el: Element | null, text: string): boolean {
  if (!el) return false;
  const candidates = [el, ...el.querySelectorAll('bdi')].filter((b) => b.tagName === 'BDI');
  return candidates.some((b) => b.textContent === text);
}
const byTestId = (id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('the popover', () => {
  it('holds the name, summary, role, relation, claim, quote and source each in its own <bdi>', () => {
    const noop = () => undefined;
    mount(h(EntityPopover, { card, onSelectRelated: noop, onOpenOptions: noop, onClose: noop }));
    expect(byTestId('popover-name')?.textContent).toBe(NAME);
    expect(isolatedIn(byTestId('popover-name'), NAME)).toBe(true);
    expect(isolatedIn(byTestId('popover-summary'), SUMMARY)).toBe(true);
    expect(isolatedIn(byTestId('popover-role'), 'Owner \u202B')).toBe(true);
    expect(isolatedIn(byTestId('popover-role'), RELATED)).toBe(true);
    expect(isolatedIn(byTestId('popover-related'), 'owns \u202E')).toBe(true);
    expect(isolatedIn(byTestId('popover-related'), RELATED)).toBe(true);
    const claim = byTestId('popover-claim');
    for (const text of ['Claim \u202E text', 'Quote \u202E', 'Source \u202E title']) expect(isolatedIn(claim, text)).toBe(true);
  });
});

describe('the options page and the popup', () => {
  it('the entity list row isolates the name, the matched alias and the summary', () => {
    const item: EntityListItem = { id: 'evil-corp', name: NAME, type: 'company', summary: SUMMARY, matched: `${NAME} alias` };
    mount(h(EntityRow, { index: 0, total: 1, item, active: false, origin: null, onChoose: () => undefined }));
    const row = byTestId('entity-result')!;
    expect(isolatedIn(row.querySelector('.row-name'), NAME)).toBe(true);
    expect(isolatedIn(row.querySelector('.row-matched'), `${NAME} alias`)).toBe(true);
    expect(isolatedIn(row.querySelector('.row-summary'), SUMMARY)).toBe(true);
  });

  it('the entity view isolates the name, summary and aliases', () => {
    mount(h(EntityDetails, { card, headingRef: { current: null }, datasetName: undefined, actions: null }));
    expect(byTestId('entity-name')?.textContent).toBe(NAME);
    expect(isolatedIn(byTestId('entity-name'), NAME)).toBe(true);
    expect(isolatedIn(byTestId('entity-summary'), SUMMARY)).toBe(true);
    expect(isolatedIn(byTestId('alias'), `${NAME} alias`)).toBe(true);
    expect(isolatedIn(root.querySelector('[data-testid="claim"]'), 'Claim \u202E text')).toBe(true);
  });

  it('the popup lists names isolated', () => {
    const names = new Map([['evil-corp', { id: 'evil-corp', name: NAME, type: 'company' as const }]]);
    mount(h(EntityGroups, { entities: [{ id: 'evil-corp', type: 'company', count: 2 }], names, colors: { person: '#000', company: '#000', organization: '#000', government: '#000' } as never, onReveal: () => undefined }));
    expect(isolatedIn(byTestId('popup-entity'), NAME)).toBe(true);
  });
});

describe('IsolatedText', () => {
  it('substitutes each value in a <bdi>, the sentence reading as t() would', () => {
    mount(h('p', null, h(IsolatedText, { msg: 'opt_claims_none', values: [NAME] })));
    const p = root.querySelector('p')!;
    expect(p.textContent).toBe(MESSAGES.opt_claims_none!.message.replace('$1', NAME));
    expect(isolatedIn(p, NAME)).toBe(true);
  });
});

describe('isolate (plain text)', () => {
  const balanced = (s: string) => {
    let depth = 0;
    for (const ch of s) {
      if ('\u2066\u2067\u2068'.includes(ch)) depth++;
      else if (ch === '\u2069') {
        depth--;
        if (depth < 0) return false;
      }
    }
    return depth === 0;
  };

  it('keeps the text, and wraps it in isolates that nothing inside can end early or leave open', () => {
    for (const text of [NAME, SUMMARY, '\u2069\u202Eevil', 'plain', '\u2068\u2068open', '']) {
      const out = isolate(text);
      expect(out).toContain(text);
      expect(out.startsWith('\u2068')).toBe(true);
      expect(out.endsWith('\u2069')).toBe(true);
      expect(balanced(out)).toBe(true);
      // The outermost isolate spans the whole string: depth never returns to 0 before the end.
      let depth = 0;
      [...out].forEach((ch, i) => {
        if ('\u2066\u2067\u2068'.includes(ch)) depth++;
        else if (ch === '\u2069') depth--;
        if (i < [...out].length - 1) expect(depth).toBeGreaterThan(0);
      });
    }
  });
});
