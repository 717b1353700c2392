/**
 * The background's half of a tab's lexicon, run in a page of the benchmark browser (the same V8
 * as the extension's service worker): the full lexicon with its parts, read once, and a cut per
 * request. The harness keeps one such page open and passes the words and the cut between it and
 * the measured tab, as the extension's messages would; the feed page runs it in place.
 */
import type { Lexicon } from '../../../lib/match/lexicon';
import { buildSubsetIndex, cutLexicon, type SubsetIndex } from '../../../lib/match/subset';

const indexes = new Map<string, SubsetIndex>();

export interface BackgroundLoad {
  /** buildSubsetIndex (the id list; parts are read in place): what a woken service worker does before its first cut. */
  indexMs: number;
  terms: number;
}

/** Fetches a full lexicon (with parts) and indexes it under `key`. */
export async function bgLoad(key: string, url: string): Promise<BackgroundLoad> {
  const lexicon = (await (await fetch(url, { cache: 'no-store' })).json()) as Lexicon;
  const start = performance.now();
  const index = buildSubsetIndex(lexicon);
  const indexMs = performance.now() - start;
  if (!index) throw new Error(`${url}: no parts to cut from`);
  indexes.set(key, index);
  return { indexMs, terms: lexicon.terms };
}

export function bgHas(key: string): boolean {
  return indexes.has(key);
}

export interface BackgroundCut {
  /** cutLexicon, as the lexicon.get handler runs it (request parsing and messaging aside). */
  ms: number;
  /** The cut lexicon as the message carries it. */
  json: string;
  terms: number;
}

export function bgCut(key: string, words: number[]): BackgroundCut {
  const index = indexes.get(key);
  if (!index) throw new Error(`bgLoad("${key}") first`);
  const start = performance.now();
  const lexicon = cutLexicon(index, words);
  const ms = performance.now() - start;
  return { ms, json: JSON.stringify(lexicon), terms: lexicon.terms };
}
