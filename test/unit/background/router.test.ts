import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type RouterContext } from '../../../lib/background/router';
import type { Request } from '../../../lib/messages/protocol';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const optionsPage = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };
const optionsPageInTab = { id: EXTENSION_ID, tab: { id: 7 }, url: `${ORIGIN}/options.html#/entity/nato` };
const contentScript = { id: EXTENSION_ID, tab: { id: 3 }, url: 'https://news.example.com/article' };

function context(overrides: Partial<RouterContext> = {}) {
  const handle = vi.fn(async (r: Request) => ({ handled: r.type }));
  return { handle, ctx: { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, handle, ...overrides } };
}

describe('handleMessage', () => {
  it('answers a valid request in an envelope, with defaults filled in', async () => {
    const { ctx, handle } = context();
    expect(await handleMessage({ type: 'entity.search', query: 'nato' }, optionsPage, ctx)).toEqual({ ok: true, result: { handled: 'entity.search' } });
    expect(handle).toHaveBeenCalledWith({ type: 'entity.search', query: 'nato', limit: 100, offset: 0 }, { tabId: undefined, url: optionsPage.url });
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['unknown type', { type: 'db.drop' }],
    ['bad id', { type: 'entity.card', id: '../../etc' }],
    ['extra field', { type: 'lexicon.get', extra: 1 }],
    ['limit too large', { type: 'entity.search', query: '', limit: 10_000 }],
  ])('refuses a malformed message (%s) without calling a handler', async (_, message) => {
    const { ctx, handle } = context();
    const answer = await handleMessage(message, contentScript, ctx);
    expect(answer.ok).toBe(false);
    expect(answer.ok || answer.error).toMatch(/^malformed message/);
    expect(handle).not.toHaveBeenCalled();
  });

  it('refuses messages from another extension', async () => {
    const { ctx, handle } = context();
    expect(await handleMessage({ type: 'lexicon.get' }, { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }, ctx)).toEqual({
      ok: false,
      error: 'message from another extension refused',
    });
    expect(await handleMessage({ type: 'lexicon.get' }, {}, ctx)).toMatchObject({ ok: false });
    expect(handle).not.toHaveBeenCalled();
  });

  it('refuses options-only requests from a content script on a web page', async () => {
    const { ctx, handle } = context();
    for (const message of [{ type: 'dataset.overview' }, { type: 'entity.search', query: 'x' }]) {
      const answer = await handleMessage(message, contentScript, ctx);
      expect(answer).toEqual({ ok: false, error: `"${message.type}" is not available to web pages` });
    }
    expect(handle).not.toHaveBeenCalled();
  });

  it('lets a content script ask for the lexicon, cards and the options page', async () => {
    const { ctx } = context();
    for (const message of [{ type: 'lexicon.get' }, { type: 'entity.card', id: 'nato' }, { type: 'options.open', entityId: 'nato' }])
      expect(await handleMessage(message, contentScript, ctx)).toEqual({ ok: true, result: { handled: message.type } });
  });

  it('lets the options page use everything, also when it is open in a tab', async () => {
    const { ctx } = context();
    expect(await handleMessage({ type: 'dataset.overview' }, optionsPageInTab, ctx)).toEqual({ ok: true, result: { handled: 'dataset.overview' } });
  });

  it('turns a failing handler into an error envelope instead of throwing', async () => {
    const { ctx } = context({
      handle: async () => {
        throw new Error('database closed');
      },
    });
    expect(await handleMessage({ type: 'lexicon.get' }, contentScript, ctx)).toEqual({ ok: false, error: 'database closed' });
    const { ctx: ctx2 } = context({ handle: () => Promise.reject('plain string') });
    expect(await handleMessage({ type: 'lexicon.get' }, contentScript, ctx2)).toEqual({ ok: false, error: 'plain string' });
  });

  it('waits until the database is ready before handling', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { ctx, handle } = context({ ready: () => gate });
    const answer = handleMessage({ type: 'lexicon.get' }, contentScript, ctx);
    await new Promise((r) => setTimeout(r, 10));
    expect(handle).not.toHaveBeenCalled();
    open();
    expect(await answer).toEqual({ ok: true, result: { handled: 'lexicon.get' } });
  });
});
