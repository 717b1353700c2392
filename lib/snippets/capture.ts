/**
 * A selection as a snippet stores it: the quote, CONTEXT_CHARS of page text on each side, and its
 * offsets in the page text (page-text.ts). White space at either end of a selection is dropped,
 * so a triple-clicked paragraph gives the paragraph without its trailing line break.
 */
import { offsetAt, type PageText } from './page-text';

/** Kept equal to CONTEXT_CHARS in schema.ts (which the content script cannot import: zod). */
export const CONTEXT = 32;
/** The schema's limit on a quote's length. */
export const MAX_QUOTE = 20_000;

export interface TextQuote {
  quote: string;
  prefix: string;
  suffix: string;
  position: { start: number; end: number };
}

/** The boundary points of a DOM Range (or a StaticRange). */
export interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** The page text [start, end) with its context, trimmed of white space; null when nothing is left. */
export function quoteAt(pt: PageText, start: number, end: number): TextQuote | null {
  const text = pt.text;
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s || e - s > MAX_QUOTE) return null;
  return {
    quote: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT), s),
    suffix: text.slice(e, e + CONTEXT),
    position: { start: s, end: e },
  };
}

/** The quote a Range selects, or null when it selects no page text (or more than MAX_QUOTE). */
export function captureRange(pt: PageText, range: RangeLike): TextQuote | null {
  return quoteAt(pt, offsetAt(pt, range.startContainer, range.startOffset), offsetAt(pt, range.endContainer, range.endOffset));
}
