/**
 * The infinite-scroll page: cards are appended a batch at a time, the way a news feed grows, and
 * each batch is timed from the append until all of it is annotated. The Annotator runs with
 * delayMs 0, so the latency is Dossier's own work plus timer hops, without the debounce.
 *
 * The tab's lexicon is cut to the words of the empty feed; each batch brings words it was not cut
 * for, so the annotator asks for them (`extend`). Here the background's cut runs in this page
 * (background.ts, timed apart); the tab's share, JSON.parse + new Matcher, counts as batch work.
 */
import { Matcher } from '../../../lib/match/matcher';
import type { Annotator } from '../../../lib/page/annotator';
import { bgCut } from './background';
import { createAnnotator, currentCoverage, idle, type Slice, type SliceStats } from './ours';

/** What asking for more words cost so far. */
interface Extensions {
  requests: number;
  /** JSON.parse + new Matcher in the tab. */
  pageMs: number;
  /** The background's cut. */
  cutMs: number;
}

let feed: { annotator: Annotator; stats: () => SliceStats; updates: (() => void)[]; extensions: Extensions } | null = null;

function cards(): string[][] {
  return JSON.parse(document.getElementById('cards')!.textContent!) as string[][];
}

/** `key`: the dataset whose full lexicon bgLoad has indexed in this page. */
export function feedStart(findProxy: boolean, key: string): number {
  const updates: (() => void)[] = [];
  const extensions: Extensions = { requests: 0, pageMs: 0, cutMs: 0 };
  // As PageController.extend: ask with every word so far, build the matcher, hand it over.
  const extend = async (words: Set<number>) => {
    // The message hop: the cut runs in the background, never inside the tab's slice.
    await new Promise((r) => setTimeout(r, 0));
    const coverage = currentCoverage()!;
    const cut = bgCut(key, [...coverage.words, ...words]);
    const start = performance.now();
    const matcher = new Matcher(JSON.parse(cut.json));
    extensions.pageMs += performance.now() - start;
    extensions.cutMs += cut.ms;
    extensions.requests++;
    coverage.add(words);
    annotator.setMatcher(matcher);
  };
  const { annotator, stats } = createAnnotator({ delayMs: 0, findProxy, extend }, () => updates.shift()?.());
  feed = { annotator, stats, updates, extensions };
  annotator.start();
  return cards().length;
}

export interface BatchResult {
  /** From the append until the annotator is idle again. */
  latencyMs: number;
  /** Sum of the slice totals for this batch: Dossier's work. */
  workMs: number;
  maxSliceMs: number;
  slices: number;
  source: SliceStats['source'];
  /** Mentions wrapped in this batch. */
  mentions: number;
  /** lexicon.get requests for new words in this batch, the tab's share of them (in workMs) and the background's. */
  requests: number;
  extendPageMs: number;
  cutMs: number;
}

export async function feedBatch(index: number): Promise<BatchResult> {
  if (!feed) throw new Error('feedStart() first');
  const { annotator, stats, updates, extensions } = feed;
  const extendedBefore = { ...extensions };
  while (annotator.busy) await new Promise((r) => setTimeout(r, 5));
  const container = document.getElementById('feed')!;
  const before = stats().slices.length;
  const mentionsBefore = stats().mentions;
  // A batch without mentions never calls onUpdate: drop any waiter left from such a batch.
  updates.length = 0;
  const updated = new Promise<void>((r) => updates.push(r));
  const html = cards()[index]!.join('');
  const start = performance.now();
  container.insertAdjacentHTML('beforeend', html);
  const end = await idle(annotator, updated);
  const s = stats();
  const slices: Slice[] = s.slices.slice(before);
  const extendPageMs = extensions.pageMs - extendedBefore.pageMs;
  return {
    latencyMs: end - start,
    workMs: slices.reduce((t, x) => t + x.totalMs, 0) + extendPageMs,
    requests: extensions.requests - extendedBefore.requests,
    extendPageMs,
    cutMs: extensions.cutMs - extendedBefore.cutMs,
    maxSliceMs: Math.max(0, ...slices.map((x) => x.totalMs)),
    slices: slices.length,
    source: s.source,
    mentions: s.mentions - mentionsBefore,
  };
}
