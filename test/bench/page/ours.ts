/**
 * Dossier's own pipeline in the page: the page's words collected and the matcher built from the
 * serialised lexicon cut to them (timed, with the heap they add), then the Annotator over the
 * page with every time slice recorded. The whole lexicon can still be loaded the old way
 * (fetchLexicon + loadMatcher), for comparison.
 *
 * Slices come from the Annotator's `onSlice` option when it has one (match, wrap and total time
 * of each slice, measured inside). Without it, the harness times the Annotator's `work()` from
 * outside and `matcher.find` through a wrapper, which gives total and match time only.
 */
import type { Matcher as MatcherType } from '../../../lib/match/matcher';
import { Matcher } from '../../../lib/match/matcher';
import { collectPageWords, WordCoverage } from '../../../lib/match/page-words';
import { Annotator, type AnnotatorOptions } from '../../../lib/page/annotator';

export interface Slice {
  matchMs: number;
  /** NaN when only the outside timing is available. */
  wrapMs: number;
  totalMs: number;
  /** Start, ms since navigation. */
  at: number;
}

export interface SliceStats {
  source: 'onSlice' | 'outside';
  slices: Slice[];
  /** Mentions wrapped so far (a mention split over elements counts once). */
  mentions: number;
}

interface SliceReport {
  matchMs: number;
  wrapMs: number;
  totalMs: number;
}
type BenchOptions = AnnotatorOptions & { onSlice?: (s: SliceReport) => void };

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

let matcher: MatcherType | null = null;
let lexiconText = '';
/** The words the lexicon was cut for; null for a whole lexicon. */
let coverage: WordCoverage | null = null;
/** Heap before the words were collected: the start of what the tab adds. */
let heapBefore: number | null = null;

/** Fetches the serialised lexicon; kept as a string so parsing it can be timed on its own. */
export async function fetchLexicon(url: string): Promise<number> {
  lexiconText = await (await fetch(url, { cache: 'no-store' })).text();
  coverage = null;
  heapBefore = null;
  return lexiconText.length;
}

/** The page's words, as the content script collects them before lexicon.get (timed). */
export function collectWords(): { ms: number; words: number[] } {
  heapBefore = heap();
  const start = performance.now();
  const set = collectPageWords(document.body);
  const words = [...set];
  const ms = performance.now() - start;
  coverage = new WordCoverage(set);
  return { ms, words };
}

/** The cut lexicon as lexicon.get answers it (serialised), from the background page. */
export function setLexicon(json: string): void {
  lexiconText = json;
}

export function currentMatcher(): MatcherType {
  if (!matcher) throw new Error('loadMatcher() first');
  return matcher;
}

export function currentCoverage(): WordCoverage | null {
  return coverage;
}

function heap(): number | null {
  window.gc?.();
  window.gc?.();
  return window.gc && performance.memory ? performance.memory.usedJSHeapSize : null;
}

/**
 * JSON.parse + new Matcher: what each tab pays for the lexicon it receives. Heap is measured
 * around it, from before the words were collected when they were (the words stay, for coverage).
 */
export function loadMatcher(): { loadMs: number; heapBytes: number | null } {
  const before = heapBefore ?? heap();
  const start = performance.now();
  matcher = new Matcher(JSON.parse(lexiconText));
  const loadMs = performance.now() - start;
  // The message is garbage once the matcher is built.
  lexiconText = '';
  const after = heap();
  return { loadMs, heapBytes: before !== null && after !== null ? after - before : null };
}

/**
 * Creates an Annotator recording every slice. `findProxy` wraps matcher.find to time matching
 * from outside (only used when the Annotator has no onSlice).
 */
export function createAnnotator(options: Partial<AnnotatorOptions> & { findProxy: boolean }, onIdle: () => void): { annotator: Annotator; stats: () => SliceStats } {
  if (!matcher) throw new Error('loadMatcher() first');
  const reported: Slice[] = [];
  const outside: Slice[] = [];
  let matchMs = 0;
  let mentions = 0;
  const m = matcher;
  if (options.findProxy) {
    const find = m.find.bind(m);
    m.find = (text, seen) => {
      const t = performance.now();
      try {
        return find(text, seen);
      } finally {
        matchMs += performance.now() - t;
      }
    };
  }
  const benchOptions: BenchOptions = {
    ...options,
    matcher: m,
    ...(coverage ? { coverage, extend: options.extend ?? giveUp } : {}),
    doc: document,
    onUpdate: onIdle,
    onMark: (_el, _mention, first) => {
      if (first) mentions++;
    },
    onSlice: (s) => {
      if (typeof s?.totalMs === 'number' && typeof s.matchMs === 'number' && typeof s.wrapMs === 'number')
        reported.push({ matchMs: s.matchMs, wrapMs: s.wrapMs, totalMs: s.totalMs, at: performance.now() - s.totalMs });
    },
  };
  const annotator = new Annotator(benchOptions);
  const inner = annotator as unknown as { work?: () => void };
  if (typeof inner.work === 'function') {
    const work = inner.work.bind(annotator);
    inner.work = () => {
      matchMs = 0;
      const at = performance.now();
      work();
      outside.push({ matchMs: options.findProxy ? matchMs : NaN, wrapMs: NaN, totalMs: performance.now() - at, at });
    };
  }
  return {
    annotator,
    stats: () => (reported.length ? { source: 'onSlice', slices: reported, mentions } : { source: 'outside', slices: outside, mentions }),
  };
}

/** Words missing from an article's cut (none are expected: its text does not change). */
let givenUp = 0;
async function giveUp(words: Set<number>): Promise<void> {
  givenUp += words.size;
  coverage?.add(words);
}

/** Resolves once the annotator has nothing left to do (checked after each update and every 10 ms). */
export function idle(annotator: Annotator, updated: Promise<void>): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (!annotator.busy) resolve(performance.now());
      else setTimeout(check, 10);
    };
    void updated.then(() => (!annotator.busy ? resolve(performance.now()) : check()));
    setTimeout(check, 10);
  });
}

export interface AnnotateResult extends SliceStats {
  /** From start() until idle: includes timer hops and the debounce delay, if any. */
  wallMs: number;
  marks: number;
  /** performance.now() has 5 µs resolution only in a cross-origin isolated page. */
  isolated: boolean;
  /** Durations of long tasks (≥ 50 ms) seen by a PerformanceObserver during the run. */
  longTasks: number[];
  /** Words the annotator found missing from the cut lexicon (it would have asked for them). */
  missingWords: number;
}

/** Annotates the whole page once and reports every slice. */
export async function annotate(options: { sliceMs?: number; delayMs?: number; findProxy: boolean }): Promise<AnnotateResult> {
  const longTasks: number[] = [];
  let observer: PerformanceObserver | null = null;
  try {
    observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
  } catch {
    observer = null;
  }
  let updated!: () => void;
  const onUpdate = new Promise<void>((r) => (updated = r));
  const { annotator, stats } = createAnnotator(
    { ...(options.sliceMs !== undefined ? { sliceMs: options.sliceMs } : {}), ...(options.delayMs !== undefined ? { delayMs: options.delayMs } : {}), findProxy: options.findProxy },
    () => updated(),
  );
  const start = performance.now();
  annotator.start();
  const end = await idle(annotator, onUpdate);
  // Long-task entries arrive asynchronously after the task.
  await new Promise((r) => setTimeout(r, 60));
  observer?.disconnect();
  return { ...stats(), wallMs: end - start, marks: document.querySelectorAll('mark.dossier-mark').length, longTasks, isolated: self.crossOriginIsolated, missingWords: givenUp };
}
