/** The background's message entry point: parse, check the sender, answer in an envelope. */
import { storageFullMessage } from '../db/storage-full';
import { parseRequest, type Sender } from '../messages/parse-request';
import type { Envelope, Request } from '../messages/protocol';

export interface RouterContext {
  /** Our extension id and origin (chrome-extension://…), to tell our pages from web pages. */
  extensionId: string;
  extensionOrigin: string;
  handle(request: Request, from: { tabId?: number; url?: string }): Promise<unknown>;
  /** Resolves once the database can be read (the bundled dataset applied); awaited before handling. */
  ready?: () => Promise<unknown>;
}

/** A full disk, whichever write hit it, is said plainly rather than as the DOMException's text. */
function errorMessage(error: unknown): string {
  return storageFullMessage(error) ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Answers one message. Never throws or rejects: refusals and failures become `{ ok: false, error }`,
 * so a sender always gets an answer rather than a closed port.
 */
export async function handleMessage(message: unknown, sender: Sender, ctx: RouterContext): Promise<Envelope<unknown>> {
  try {
    const parsed = parseRequest(message, sender, ctx.extensionId, ctx.extensionOrigin);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    await ctx.ready?.();
    return { ok: true, result: await ctx.handle(parsed.request, { tabId: tabIdOf(sender), url: urlOf(sender) }) };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/** The sending frame's URL (sender.url), else its tab's; both are set by the browser. */
function urlOf(sender: Sender): string | undefined {
  if (typeof sender.url === 'string') return sender.url;
  const url = (sender.tab as { url?: unknown } | undefined)?.url;
  return typeof url === 'string' ? url : undefined;
}

function tabIdOf(sender: Sender): number | undefined {
  const id = (sender.tab as { id?: unknown } | undefined)?.id;
  return typeof id === 'number' ? id : undefined;
}
