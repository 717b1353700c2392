/**
 * A tab's lexicon: the terms of the full one all of whose words are on the page, with the hints
 * they need, and only the entities they name (renumbered, in the same order). Matching a text
 * with the cut lexicon for its words finds exactly what the full one finds: a term can only match
 * where every one of its words stands. The page gets a few kilobytes instead of megabytes.
 *
 * The background reads the full lexicon's parts in place (parts.ts) and cuts per request.
 */
import { bytesToBase64 } from './base64';
import { LEXICON_FORMAT, type Lexicon } from './lexicon';
import { Parts } from './parts';
import { buildWordFilter } from './word-filter';
import { CASE_BIT, CONTEXT_BIT, ENTITY_MASK, insert, tableSlots } from './table';

export interface SubsetIndex {
  readonly parts: Parts;
  readonly ids: readonly string[];
  readonly types: string;
  readonly totalTerms: number;
}

/** What cutting a full lexicon needs, or null when it has no parts to cut from. */
export function buildSubsetIndex(lexicon: Lexicon): SubsetIndex | null {
  if (!lexicon.parts) return null;
  return { parts: new Parts(lexicon.parts), ids: lexicon.ids ? lexicon.ids.split('\n') : [], types: lexicon.types, totalTerms: lexicon.terms };
}

/** The lexicon of the terms all of whose words are among `words` (word hashes, words.ts). */
export function cutLexicon(index: SubsetIndex, words: Iterable<number>): Lexicon {
  const parts = index.parts;
  const present = words instanceof Set ? (words as Set<number>) : new Set(words);
  // Each found term: where its record starts.
  const found: number[] = [];
  for (const word of present) {
    const [from, to] = parts.postingsOf(word);
    for (let p = from; p < to; p++) {
      const t = parts.posting(p);
      const at = parts.termAt(t);
      let all = true;
      for (let i = at + 3, stop = i + (parts.at(at + 2) & 0xffff); all && i < stop; i++) all = present.has(parts.at(i));
      if (all) found.push(t);
    }
  }
  // Compile order, so terms sharing a key keep their order in the table (the first one wins).
  found.sort((a, b) => a - b);
  const records = found.map((t) => parts.termAt(t));
  // A context-gated alias counts only after its entity was named in full, which takes one of
  // the entity's ungated terms: without one here, the alias can never match on this page.
  const named = new Set<number>();
  for (const at of records) if (!(parts.at(at + 1) & CONTEXT_BIT)) named.add(parts.at(at + 1) & ENTITY_MASK);
  const chosen = records.filter((at) => !(parts.at(at + 1) & CONTEXT_BIT) || named.has(parts.at(at + 1) & ENTITY_MASK));
  const entities = new Map<number, number>();
  const hints = new Set<number>();
  let maxWords = 1;
  for (const at of chosen) {
    entities.set(parts.at(at + 1) & ENTITY_MASK, 0);
    const counts = parts.at(at + 2);
    const wordCount = counts & 0xffff;
    maxWords = Math.max(maxWords, wordCount);
    for (let i = at + 3 + wordCount, end = i + (counts >>> 16); i < end; i++) hints.add(parts.at(i));
  }
  // Entities renumbered in their old order.
  const order = Uint32Array.from(entities.keys()).sort();
  let ids = '';
  let types = '';
  order.forEach((entity, i) => {
    entities.set(entity, i);
    ids += (i ? '\n' : '') + index.ids[entity]!;
    types += index.types[entity]!;
  });
  const table = new Uint32Array(tableSlots(chosen.length + hints.size) * 2);
  for (const at of chosen) {
    const tag = parts.at(at + 1);
    insert(table, parts.at(at), tag >>> 24, (tag & (CASE_BIT | CONTEXT_BIT)) | entities.get(tag & ENTITY_MASK)!);
  }
  for (const h of Uint32Array.from(hints).sort()) {
    const at = parts.hintsAt + h * 2;
    insert(table, parts.at(at), parts.at(at + 1) >>> 24, parts.at(at + 1) & ENTITY_MASK);
  }
  return {
    format: LEXICON_FORMAT,
    ids,
    types,
    table: bytesToBase64(new Uint8Array(table.buffer)),
    maxWords,
    terms: chosen.length,
    ofTerms: index.totalTerms,
  };
}

const indexes = new WeakMap<Lexicon, SubsetIndex | null>();
const wholes = new WeakMap<Lexicon, Lexicon>();
const firsts = new WeakMap<Lexicon, Lexicon>();

/**
 * Up to this many terms a tab gets the whole lexicon: it is small (4,000 terms are about 0.2 MB),
 * parsing it costs a tab less than collecting its page's words, and no later content needs another
 * request. Past it, the tab sends its words first (a 10,000-entity lexicon is 1.3 MB).
 */
export const WHOLE_LEXICON_TERMS = 20_000;

/** `full` without the parts the background cuts from (the same object for the same lexicon). */
export function wholeLexicon(full: Lexicon): Lexicon {
  if (full.parts === undefined) return full;
  let whole = wholes.get(full);
  if (!whole) {
    const { parts: _cutFrom, ...rest } = full;
    wholes.set(full, (whole = rest));
  }
  return whole;
}

/**
 * What lexicon.get answers: cut to `words` when the page sent them; whole when asked for
 * (`whole`: a page with too many words to send) or when it is small; otherwise the empty cut,
 * whose `ofTerms` tells the page to send its words.
 */
export function answerLexicon(full: Lexicon, request: { words?: readonly number[]; whole?: boolean }, wholeUpTo = WHOLE_LEXICON_TERMS): Lexicon {
  if (request.words) return lexiconFor(full, request.words);
  if (request.whole || full.terms <= wholeUpTo) return wholeLexicon(full);
  return firstCut(full);
}

/** The empty cut, with the filter of the full lexicon's words, built once per lexicon. */
function firstCut(full: Lexicon): Lexicon {
  let first = firsts.get(full);
  if (!first) {
    let index = indexes.get(full);
    if (index === undefined) indexes.set(full, (index = buildSubsetIndex(full)));
    if (!index) return full;
    const filter = buildWordFilter(index.parts.words(), index.parts.distinctWords);
    firsts.set(full, (first = { ...cutLexicon(index, []), wordFilter: filter }));
  }
  return first;
}

/**
 * `full` cut to `words`; the index is built on first use and kept as long as `full` is. A
 * lexicon without parts is answered whole.
 */
export function lexiconFor(full: Lexicon, words: Iterable<number>): Lexicon {
  let index = indexes.get(full);
  if (index === undefined) indexes.set(full, (index = buildSubsetIndex(full)));
  return index ? cutLexicon(index, words) : full;
}
