/**
 * Finds a saved quote in the page text again.
 *
 * 1. Exact: every place the quote occurs, scored by how much of the saved context surrounds it
 *    and how near it is to the saved position; the best wins. A repeated quote thus lands on the
 *    occurrence the user selected.
 * 2. Approximate, when the quote is not there as saved: candidate places come from pieces of the
 *    quote and of its context that still occur exactly (each votes for where the quote would
 *    start) and from the saved position; around each, an edit-distance search (fuzzy.ts) finds
 *    the quote with at most ~1 edit in 5 characters. Candidates are scored by edits in the quote,
 *    then edits in the context, then distance from the saved position.
 */
import { editDistance, fuzzyFind } from './fuzzy';

export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
  position: { start: number; end: number };
}

export interface Anchor {
  start: number;
  end: number;
  status: 'exact' | 'approximate';
}

/** Share of a quote's characters that may be edits for an approximate match. */
export const MAX_ERROR_RATE = 0.2;
/** Quotes shorter than this are only found exactly: a few letters match too much by chance. */
const MIN_FUZZY = 8;
/** Longer quotes are found approximately by their head and their tail. */
const LONG_QUOTE = 800;
const END_PIECE = 200;
const MAX_OCCURRENCES = 2000;
const MAX_CANDIDATES = 8;

export function anchorQuote(text: string, selector: QuoteSelector): Anchor | null {
  return exact(text, selector) ?? approximate(text, selector);
}

function exact(text: string, { quote, prefix, suffix, position }: QuoteSelector): Anchor | null {
  if (!quote) return null;
  let best = -1;
  let bestScore = -Infinity;
  let seen = 0;
  for (let i = text.indexOf(quote); i >= 0 && seen < MAX_OCCURRENCES; i = text.indexOf(quote, i + 1), seen++) {
    const context = commonSuffix(text.slice(Math.max(0, i - prefix.length), i), prefix) + commonPrefix(text.slice(i + quote.length, i + quote.length + suffix.length), suffix);
    const score = context - nearness(i, position.start, text.length);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best < 0 ? null : { start: best, end: best + quote.length, status: 'exact' };
}

/** A penalty below one context character: position only decides between equal contexts. */
function nearness(at: number, saved: number, length: number): number {
  return Math.abs(at - saved) / (length + 1);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function approximate(text: string, selector: QuoteSelector): Anchor | null {
  const { quote, position } = selector;
  if (quote.length < MIN_FUZZY) return null;
  if (quote.length > LONG_QUOTE) return longQuote(text, selector);
  const maxErrors = Math.max(1, Math.floor(quote.length * MAX_ERROR_RATE));
  let best: { start: number; end: number; score: number } | null = null;
  for (const start of candidates(text, selector)) {
    const from = start - maxErrors - 4;
    const to = start + quote.length + maxErrors + 4;
    const prefixEdits = (at: number) => editDistance(text.slice(Math.max(0, at - selector.prefix.length), at), selector.prefix);
    const match = fuzzyFind(text, quote, from, to, maxErrors, start + quote.length, prefixEdits);
    if (!match) continue;
    const around = contextEdits(text, match.start, match.end, selector);
    // A short quote with a few edits matches too much by chance: its context must mostly agree.
    if (quote.length < 32 && around > (selector.prefix.length + selector.suffix.length) * 0.6) continue;
    const score = match.distance + 0.5 * around + nearness(match.start, position.start, text.length);
    if (!best || score < best.score) best = { start: match.start, end: match.end, score };
  }
  return best && { start: best.start, end: best.end, status: 'approximate' };
}

/** Edits between the saved context and the text around [start, end). */
function contextEdits(text: string, start: number, end: number, { prefix, suffix }: QuoteSelector): number {
  return editDistance(text.slice(Math.max(0, start - prefix.length), start), prefix) + editDistance(text.slice(end, end + suffix.length), suffix);
}

/** Likely starts of the quote, most votes first. */
function candidates(text: string, { quote, prefix, suffix, position }: QuoteSelector): number[] {
  const votes = new Map<number, { start: number; count: number }>();
  const vote = (start: number, weight = 1) => {
    const key = Math.round(start / 8);
    const entry = votes.get(key);
    if (entry) entry.count += weight;
    else votes.set(key, { start, count: weight });
  };
  const size = Math.max(4, Math.min(16, Math.floor(quote.length / 4)));
  const step = Math.max(size, Math.floor(quote.length / 24));
  for (let offset = 0; offset + size <= quote.length; offset += step) {
    const piece = quote.slice(offset, offset + size);
    if (!/\S/.test(piece)) continue;
    let n = 0;
    for (let i = text.indexOf(piece); i >= 0 && n < 50; i = text.indexOf(piece, i + 1), n++) vote(i - offset);
  }
  // Context that survived points at the quote from either side.
  if (prefix.length >= 8) for (let i = text.indexOf(prefix), n = 0; i >= 0 && n < 50; i = text.indexOf(prefix, i + 1), n++) vote(i + prefix.length, 2);
  if (suffix.length >= 8) for (let i = text.indexOf(suffix), n = 0; i >= 0 && n < 50; i = text.indexOf(suffix, i + 1), n++) vote(i - quote.length, 2);
  const ranked = [...votes.values()].sort((a, b) => b.count - a.count).slice(0, MAX_CANDIDATES).map((v) => v.start);
  if (position.start <= text.length) ranked.push(Math.min(position.start, Math.max(0, text.length - quote.length)));
  return ranked;
}

/** A long quote: its head and its tail, found on their own, must enclose about its length. */
function longQuote(text: string, selector: QuoteSelector): Anchor | null {
  const { quote, prefix, suffix, position } = selector;
  const head = anchorQuote(text, { quote: quote.slice(0, END_PIECE), prefix, suffix: quote.slice(END_PIECE, END_PIECE + 32), position: { start: position.start, end: position.start + END_PIECE } });
  const tailStart = quote.length - END_PIECE;
  const tail = anchorQuote(text, { quote: quote.slice(tailStart), prefix: quote.slice(tailStart - 32, tailStart), suffix, position: { start: position.end - END_PIECE, end: position.end } });
  if (!head || !tail || tail.end <= head.start) return null;
  const length = tail.end - head.start;
  if (Math.abs(length - quote.length) > quote.length * MAX_ERROR_RATE) return null;
  return { start: head.start, end: tail.end, status: 'approximate' };
}
