// @vitest-environment jsdom
/**
 * Messages that quote values from the data (components/options/quotedText.ts): every quoted value
 * is isolated, so an override, embedding or stray isolate in it cannot reorder the rest of the
 * message, including a value that itself holds a `"`; messages without data stay as they are;
 * and the options page's error lists (dataset import, sync, editor fields, snippet import) show
 * them so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isolate } from '../../../components/bidi';
import { ImportErrors } from '../../../components/options/datasets/ImportErrors';
import { problemText, SyncProblemText } from '../../../components/options/datasets/SyncProblemText';
import { FieldErrors } from '../../../components/options/editor/FieldErrors';
import { errorMessage, isolateQuoted } from '../../../components/options/quotedText';
import { errorText } from '../../../components/options/snippets/errorText';
import { entityProblems } from '../../../lib/db/edit-checks';
import type { SyncProblem } from '../../../lib/db/sync-rows';

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

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';

/**
 * True when a bidi control takes effect outside every isolate: an embedding, override or mark at
 * depth 0, or an isolate the string leaves open (it would swallow the text after it).
 */
function leaks(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === FSI || ch === '\u2066' || ch === '\u2067') depth++;
    else if (ch === PDI) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[\u061c\u200e\u200f\u202a-\u202e]/.test(ch)) return true;
  }
  return depth !== 0;
}

describe('isolateQuoted', () => {
  it('isolates each quoted value and leaves the template text alone', () => {
    const message = `duplicate alias "Evil ${RLO}gnidloh" and "${'שלום'}"`;
    expect(isolateQuoted(message)).toBe(`duplicate alias "${isolate(`Evil ${RLO}gnidloh`)}" and "${isolate('שלום')}"`);
    expect(leaks(message)).toBe(true);
    expect(leaks(isolateQuoted(message))).toBe(false);
  });

  it('keeps what the reader sees: only invisible isolates are added', () => {
    const message = `refers to entity "x${RLO}y", which does not exist`;
    expect(isolateQuoted(message).replace(/[\u2068\u2069]/g, '')).toBe(message);
  });

  it('contains a value holding quotes, stray pops and open isolates too', () => {
    for (const value of [`a"${RLO}b`, `"${RLO}`, `x${PDI}${RLO}y`, `\u2067open`, `he said "hi${RLO}" to`, `${RLO}"`, `"`]) {
      const out = isolateQuoted(`duplicate alias "${value}"; the rest of the message`);
      expect(leaks(out), JSON.stringify(value)).toBe(false);
      expect(out.endsWith('; the rest of the message') || out.endsWith(`; the rest of the message${PDI}`)).toBe(true);
    }
  });

  it('leaves messages without quotes or controls unchanged', () => {
    for (const message of ['must be an https:// URL', 'Invalid input: expected string', '']) expect(isolateQuoted(message)).toBe(message);
  });

  it('isolates the messages the checks build from the data', () => {
    const problems = entityProblems({ id: 'x', aliases: [{ text: `A${RLO}B` }, { text: `A${RLO}B` }], related: [] } as never);
    expect(problems).toHaveLength(1);
    expect(leaks(problems[0]!.message)).toBe(true);
    expect(leaks(isolateQuoted(problems[0]!.message))).toBe(false);
    expect(leaks(errorMessage(new Error(`there is no claim with the id "${RLO}x"`)))).toBe(false);
    expect(leaks(errorText(new Error(`not a snippet "${RLO}x"`)))).toBe(false);
  });
});

describe('error lists in the options page', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('dataset import errors: the message isolated, the file name in a <bdi>', () => {
    const name = `evil${RLO}nosj.exe`;
    render(h(ImportErrors, { fileName: name, headingId: 'h', errors: [{ path: '$.entities[1].id', message: `duplicate entity id "${RLO}x"` }] }), root);
    const text = root.querySelector('.ds-error-message')!.textContent!;
    expect(leaks(text)).toBe(false);
    expect(root.querySelector('h4 bdi')?.textContent).toBe(name);
  });

  it('sync problems: the sentence\'s values and the file errors isolated', () => {
    const problem = {
      code: 'manifest-id',
      message: 'ignored',
      params: [`evil${RLO}`, 'target'],
      errors: [{ path: '$.entities[0].aliases[1].text', message: `duplicate alias "${RLO}x"` }],
    } as SyncProblem;
    expect(leaks(problemText(problem))).toBe(false);
    expect(problemText(problem)).toContain(isolate(`evil${RLO}`));
    render(h(SyncProblemText, { problem }), root);
    expect(leaks(root.querySelector('[data-testid="sync-error"] span')!.textContent!)).toBe(false);
  });

  it('editor field errors', () => {
    render(h(FieldErrors, { path: '$.aliases[1].text', errors: [`duplicate alias "${RLO}x"`] }), root);
    expect(leaks(root.textContent!)).toBe(false);
  });
});
