/**
 * Turns what the reader chose into a snippet draft: a selection (the "Save snippet" button, the
 * context menu, the keyboard command) or, from the popover, the sentence around a mention. The
 * draft holds the quote with its context and position (capture.ts), where the page comes from
 * (metadata.ts) and the entities named in the quote: the page's matcher run over the quote's
 * text, so a mention counts even where "first mention only" shows no highlight, plus any entity
 * highlighted inside the selection.
 */
import type { SnippetDraft } from '../snippets/draft';
import { captureRange, MAX_QUOTE, quoteAt, type TextQuote } from '../snippets/capture';
import { readPageMetadata } from '../snippets/metadata';
import { offsetAt, readPageText } from '../snippets/page-text';
import { sentenceAround } from '../snippets/sentence';
import { isInSkipped, MARK_CLASS } from './elements';
import { marksOfMention } from './reveal';

export interface CaptureContext {
  doc: Document;
  /** The page's address (location.href). */
  href: string;
  /** Entity ids the matcher finds in a text. */
  entitiesIn(text: string): Promise<string[]>;
}

export interface Capture {
  draft: SnippetDraft;
  /** The quote as found in the page text now, to highlight it at once. */
  selector: TextQuote;
}

const MAX_ENTITIES = 500;

/** The selection's first range, when it selects page text a snippet can be made of; else null. */
export function selectionRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const active = doc.activeElement;
  if (active && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA' || (active as HTMLElement).isContentEditable)) return null;
  const range = selection.getRangeAt(0);
  const root = doc.documentElement;
  if (isInSkipped(range.startContainer, root) || isInSkipped(range.endContainer, root)) return null;
  if (!/\S/.test(range.toString())) return null;
  return range;
}

/**
 * The snippet a Range selects; 'too-long' when it selects more than a snippet may hold (the
 * reader is told so, not that nothing was selected); null when it selects no page text.
 */
export async function captureFromRange(ctx: CaptureContext, range: Range): Promise<Capture | 'too-long' | null> {
  const pt = readPageText(ctx.doc);
  const selector = captureRange(pt, range);
  if (!selector) {
    const span = offsetAt(pt, range.endContainer, range.endOffset) - offsetAt(pt, range.startContainer, range.startOffset);
    return Math.abs(span) > MAX_QUOTE ? 'too-long' : null;
  }
  return build(ctx, selector, highlightedIn(range));
}

/** The sentence (sentence.ts) around the mention that starts at `mark`, with its entity. */
export async function captureFromMention(ctx: CaptureContext, mark: HTMLElement): Promise<Capture | null> {
  const marks = marksOfMention(mark);
  const last = marks[marks.length - 1]!;
  const pt = readPageText(ctx.doc);
  const start = offsetAt(pt, mark.parentNode!, [...mark.parentNode!.childNodes].indexOf(mark));
  const end = offsetAt(pt, last.parentNode!, [...last.parentNode!.childNodes].indexOf(last) + 1);
  const sentence = sentenceAround(pt.text, start, end);
  const selector = quoteAt(pt, sentence.start, sentence.end);
  if (!selector) return null;
  return build(ctx, selector, mark.dataset.entityId ? [mark.dataset.entityId] : []);
}

async function build(ctx: CaptureContext, selector: TextQuote, highlighted: string[]): Promise<Capture> {
  const found = await ctx.entitiesIn(selector.quote);
  const entities = [...new Set([...found, ...highlighted])].sort().slice(0, MAX_ENTITIES);
  const meta = readPageMetadata(ctx.doc, ctx.href);
  return { draft: { ...selector, ...meta, entities }, selector };
}

/** Entities highlighted on the page inside the range (context-gated aliases the matcher alone would miss). */
function highlightedIn(range: Range): string[] {
  const ids = new Set<string>();
  const common = range.commonAncestorContainer;
  const scope = common.nodeType === 1 ? (common as Element) : common.parentElement;
  const around = scope?.closest(`mark.${MARK_CLASS}`);
  if (around instanceof Element && around.getAttribute('data-entity-id')) ids.add(around.getAttribute('data-entity-id')!);
  scope?.querySelectorAll(`mark.${MARK_CLASS}[data-entity-id]`).forEach((m) => {
    if (range.intersectsNode(m)) ids.add(m.getAttribute('data-entity-id')!);
  });
  return [...ids];
}
