/**
 * A full disk, said plainly. IndexedDB refuses a write it has no room for with a DOMException named
 * QuotaExceededError, which Dexie wraps (`inner`), sometimes twice (the aborted transaction's
 * AbortError). Whichever write hit it, people see this message rather than the exception's text;
 * the transaction it aborted wrote nothing. Free of Dexie and zod: the sync errors and the
 * background router both use it.
 */
import { STORAGE_FULL_ERROR } from '../snippets/library';

/** Begins with STORAGE_FULL_ERROR, which the options page recognises and shows in the UI language. */
export const STORAGE_FULL_MESSAGE = `${STORAGE_FULL_ERROR} the browser has no storage space left for Dossier, so nothing was saved. Free some disk space, or remove datasets or snippets you no longer need, and try again.`;

/** True when `error`, or an error it wraps (`inner` or `cause`), is the browser's quota error. */
export function isStorageFull(error: unknown): boolean {
  let e = error as { name?: unknown; inner?: unknown; cause?: unknown } | null | undefined;
  for (let depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = (e.inner ?? e.cause) as typeof e;
  }
  return false;
}

/**
 * True for an error text that is STORAGE_FULL_MESSAGE: what the options page gets when a request
 * failed on a full disk (the router answers with the message; the client throws it), so it can
 * show its own text in the UI language instead.
 */
export function isStorageFullText(text: string): boolean {
  return text.startsWith(STORAGE_FULL_ERROR);
}

/** STORAGE_FULL_MESSAGE for a quota error, else null. */
export function storageFullMessage(error: unknown): string | null {
  return isStorageFull(error) ? STORAGE_FULL_MESSAGE : null;
}
