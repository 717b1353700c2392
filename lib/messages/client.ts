/**
 * A typed client for the protocol in protocol.ts. Type-only imports: content scripts use this
 * on every page, and must not carry zod, which only the background needs.
 */
import type { Envelope, PageRequest, RequestInput, RequestType, ResponseMap } from './protocol';

/** A typed client over any transport (browser.runtime.sendMessage in the extension). */
export function createClient(send: (message: RequestInput) => Promise<unknown>) {
  return async function request<T extends RequestType>(
    message: Extract<RequestInput, { type: T }>,
  ): Promise<ResponseMap[T]> {
    const envelope = (await send(message)) as Envelope<ResponseMap[T]> | undefined;
    if (!envelope) throw new Error(`no answer to "${message.type}"`);
    if (!envelope.ok) throw new Error(envelope.error);
    return envelope.result;
  };
}
export type Client = ReturnType<typeof createClient>;

/** Checks a message a content script receives; content scripts carry no zod, so by hand. */
export function isPageRequest(message: unknown): message is PageRequest {
  if (!message || typeof message !== 'object') return false;
  const m = message as { type?: unknown; entityId?: unknown };
  switch (m.type) {
    case 'page.summary':
    case 'page.next':
    case 'lexicon.changed':
    case 'snippet.capture':
      return true;
    case 'page.reveal':
      return typeof m.entityId === 'string' && m.entityId.length < 200;
    default:
      return false;
  }
}
