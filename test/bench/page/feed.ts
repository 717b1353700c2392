/**
 * The infinite-scroll page: cards are appended a batch at a time, the way a news feed grows, and
 * each batch is timed from the append until all of it is annotated. The Annotator runs with
 * delayMs 0, so the latency is Dossier's own work plus timer hops, without the debounce.
 */
import type { Annotator } from '../../../lib/page/annotator';
import { createAnnotator, idle, type Slice, type SliceStats } from './ours';

let feed: { annotator: Annotator; stats: () => SliceStats; updates: (() => void)[] } | null = null;

function cards(): string[][] {
  return JSON.parse(document.getElementById('cards')!.textContent!) as string[][];
}

export function feedStart(findProxy: boolean): number {
  const updates: (() => void)[] = [];
  const { annotator, stats } = createAnnotator({ delayMs: 0, findProxy }, () => updates.shift()?.());
  feed = { annotator, stats, updates };
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
}

export async function feedBatch(index: number): Promise<BatchResult> {
  if (!feed) throw new Error('feedStart() first');
  const { annotator, stats, updates } = feed;
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
  return {
    latencyMs: end - start,
    workMs: slices.reduce((t, x) => t + x.totalMs, 0),
    maxSliceMs: Math.max(0, ...slices.map((x) => x.totalMs)),
    slices: slices.length,
    source: s.source,
    mentions: s.mentions - mentionsBefore,
  };
}
