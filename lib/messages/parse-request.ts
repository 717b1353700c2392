/**
 * Where a message enters the background: parsed with the protocol's zod schema (protocol.ts) and
 * checked against who sent it. Web pages' content scripts may send only CONTENT_SCRIPT_REQUESTS.
 */
import type { z } from 'zod';
import { CONTENT_SCRIPT_REQUESTS, RequestSchema, type Request } from './protocol';

export interface Sender {
  /** The extension id of the sender; must be ours. */
  id?: string;
  /** Set when the sender is a content script in a tab. */
  tab?: unknown;
  url?: string;
}

/** One zod issue as a reader can act on it: where in the message (`$.placements[0].status`) and what. */
function describeIssue(message: unknown, issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  if (issue.code === 'invalid_union' && issue.path.join('.') === 'type') {
    const type = (message as { type?: unknown }).type;
    return `unknown request type ${JSON.stringify(type)?.slice(0, 80) ?? 'undefined'}`;
  }
  const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
  return `$${path} ${issue.message}`;
}

/**
 * Parses a message entering the background. Returns the request, or an error saying why it is
 * refused: malformed, from another extension, or not allowed from a web page.
 */
export function parseRequest(
  message: unknown,
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
): { ok: true; request: Request } | { ok: false; error: string } {
  if (sender.id !== extensionId) return { ok: false, error: 'message from another extension refused' };
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `malformed message: ${describeIssue(message, parsed.error.issues[0])}` };
  const fromExtensionPage = sender.tab === undefined || (sender.url ?? '').startsWith(extensionOrigin);
  if (!fromExtensionPage && !CONTENT_SCRIPT_REQUESTS.has(parsed.data.type))
    return { ok: false, error: `"${parsed.data.type}" is not available to web pages` };
  return { ok: true, request: parsed.data };
}
