/**
 * The background's "data changed" notice to extension pages (protocol.ts ExtensionNotice), and how
 * a page listens for it. Pages read everything through messages to the background, so the
 * background, which makes every write, is the one place that knows when to tell them.
 */
import type { ExtensionNotice } from './protocol';

export const DATA_CHANGED: ExtensionNotice = { type: 'data.changed' };

/** What the browser says about a message's sender (the fields used here). */
export interface NoticeSender {
  id?: string;
  tab?: unknown;
}

/** runtime.onMessage's listener; it returns nothing, so it never claims the answer to another page's request. */
export type NoticeListener = (message: unknown, sender: NoticeSender) => undefined;

/** The part of runtime.onMessage used here. */
export interface NoticeEvent {
  addListener(listener: NoticeListener): void;
  removeListener(listener: NoticeListener): void;
}

/**
 * True for `data.changed` from our own extension and not from a tab: the background has none,
 * while content scripts (whose runtime messages extension pages receive too) always do.
 */
export function isDataChanged(message: unknown, sender: NoticeSender, extensionId: string): boolean {
  return (
    !!message &&
    typeof message === 'object' &&
    (message as { type?: unknown }).type === DATA_CHANGED.type &&
    sender.id === extensionId &&
    sender.tab === undefined
  );
}

/**
 * Calls `onChange` after notices, once per burst: one save of the entity editor, or one sync,
 * sends several within milliseconds, and each call makes the page read its data again. Returns
 * a function that stops listening.
 */
export function watchDataChanges(event: NoticeEvent, extensionId: string, onChange: () => void, delayMs = 100): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener: NoticeListener = (message, sender) => {
    if (!isDataChanged(message, sender, extensionId) || timer !== undefined) return undefined;
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, delayMs);
    return undefined;
  };
  event.addListener(listener);
  return () => {
    event.removeListener(listener);
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
