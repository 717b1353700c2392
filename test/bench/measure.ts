/**
 * One measurement = one fresh tab: a variant over an article page, or the infinite-scroll feed.
 * Results go into Samples under "<dataset>/<words>/<variant>/<metric>" (articles) and
 * "<dataset>/scroll/<metric>" (feed batches).
 */
import { WHOLE_LEXICON_TERMS } from '../../lib/match/subset';
import type { BenchBrowser } from './browser';
import type { BenchConfig } from './config';
import type { BenchDataset } from './fixtures';
import type { Samples } from './stats';

export type Variant = 'floor' | 'naive' | 'ours' | 'sliced';

export interface Context {
  browser: BenchBrowser;
  origin: string;
  config: BenchConfig;
  samples: Samples;
  /** Time matcher.find through a wrapper: only when the Annotator has no onSlice. */
  findProxy: boolean;
  notes: string[];
  /** Naive keyword count per dataset (capped where mark.js crashes); 0 = not run. */
  naiveCap: Map<string, number>;
  /** Article groups whose naive runs stopped, with why. */
  naiveStopped: Map<string, string>;
  /** Planted mentions per article ("<dataset>/<words>") and per feed batch ("<dataset>/scroll/<b>"). */
  planted: Map<string, number>;
  /** Wall-clock seconds the harness spent per variant, to see where a run's minutes go. */
  spent: Map<string, number>;
  log: (message: string) => void;
  /** The page standing in for the extension's background: full lexicons indexed, cut per tab. */
  background: import('playwright-core').Page | null;
}

interface Slice {
  matchMs: number;
  wrapMs: number;
  totalMs: number;
}
interface AnnotateResult {
  source: 'onSlice' | 'outside';
  slices: Slice[];
  wallMs: number;
  marks: number;
  mentions: number;
  longTasks: number[];
  isolated: boolean;
  missingWords: number;
}
interface NaiveResult {
  ms: number;
  marks: number;
  keywords: number;
  processed: number;
  error?: string;
}

const sum = (slices: Slice[], key: keyof Slice) => slices.reduce((t, s) => t + s[key], 0);

type Page = import('playwright-core').Page;

/** The background page with `d`'s full lexicon indexed (opened again after a browser relaunch). */
async function background(ctx: Context, d: BenchDataset): Promise<Page> {
  const timeout = ctx.config.callTimeoutMs;
  if (!ctx.background || ctx.background.isClosed()) ctx.background = await ctx.browser.open(`${ctx.origin}/background.html`);
  const page = ctx.background;
  if (!(await ctx.browser.call<boolean>(page, 'bgHas', [d.key], timeout))) {
    const load = await ctx.browser.call<{ indexMs: number }>(page, 'bgLoad', [d.key, `/lexicon-full/${d.key}.json`], timeout);
    ctx.samples.add(`${d.key}/bgIndexMs`, load.indexMs);
  }
  return page;
}

/** Whether lexicon.get answers `d`'s lexicon whole without the page's words (answerLexicon). */
export function comesWhole(d: BenchDataset): boolean {
  const terms = Number(/"terms":(\d+)/.exec(d.lexiconJson)?.[1]);
  return terms <= WHOLE_LEXICON_TERMS;
}

/**
 * The tab's lexicon as the content script gets it: a small one whole (parsed into a matcher in
 * the tab); a large one cut to the page's words, collected in the tab and cut in the background
 * page, the serialised cut parsed into a matcher in the tab. Records, under `prefix`: loadMs
 * (words + parse + matcher: the tab's time), wordsMs, parseMs, cutMs (background), the cut's
 * size, and the heap the tab gained. The large path's first request (answered with an empty cut)
 * is a message round trip, not tab work, and is not timed.
 */
async function loadMatcher(ctx: Context, page: Page, d: BenchDataset, prefix: string | null): Promise<number> {
  const timeout = ctx.config.callTimeoutMs;
  if (comesWhole(d)) {
    await ctx.browser.call(page, 'fetchLexicon', [`/lexicon/${d.key}.json`], timeout);
    const load = await ctx.browser.call<{ loadMs: number; heapBytes: number | null }>(page, 'loadMatcher', [], timeout);
    if (prefix) {
      ctx.samples.add(`${prefix}/loadMs`, load.loadMs);
      ctx.samples.add(`${prefix}/parseMs`, load.loadMs);
      ctx.samples.add(`${prefix}/heapBytes`, load.heapBytes);
    }
    return load.loadMs;
  }
  const words = await ctx.browser.call<{ ms: number; words: number[] }>(page, 'collectWords', [], timeout);
  const cut = await ctx.browser.call<{ ms: number; json: string; terms: number }>(await background(ctx, d), 'bgCut', [d.key, words.words], timeout);
  await ctx.browser.call(page, 'setLexicon', [cut.json], timeout);
  const load = await ctx.browser.call<{ loadMs: number; heapBytes: number | null }>(page, 'loadMatcher', [], timeout);
  const loadMs = words.ms + load.loadMs;
  if (prefix) {
    ctx.samples.add(`${prefix}/loadMs`, loadMs);
    ctx.samples.add(`${prefix}/wordsMs`, words.ms);
    ctx.samples.add(`${prefix}/parseMs`, load.loadMs);
    ctx.samples.add(`${prefix}/cutMs`, cut.ms);
    ctx.samples.add(`${prefix}/pageWords`, words.words.length);
    ctx.samples.add(`${prefix}/cutTerms`, cut.terms);
    ctx.samples.add(`${prefix}/cutBytes`, cut.json.length);
    ctx.samples.add(`${prefix}/heapBytes`, load.heapBytes);
  }
  return loadMs;
}

/** The old way, for comparison: the whole lexicon (without parts) parsed into a matcher in a fresh tab. */
export async function runFullLoad(ctx: Context, d: BenchDataset, words: number): Promise<void> {
  const started = performance.now();
  const timeout = ctx.config.callTimeoutMs;
  const page = await ctx.browser.open(`${ctx.origin}/article/${d.key}/${words}.html`);
  try {
    await ctx.browser.call(page, 'fetchLexicon', [`/lexicon/${d.key}.json`], timeout);
    const load = await ctx.browser.call<{ loadMs: number; heapBytes: number | null }>(page, 'loadMatcher', [], timeout);
    ctx.samples.add(`${d.key}/full/loadMs`, load.loadMs);
    ctx.samples.add(`${d.key}/full/heapBytes`, load.heapBytes);
  } finally {
    await page.close().catch(() => {});
    ctx.spent.set('full load', (ctx.spent.get('full load') ?? 0) + (performance.now() - started) / 1000);
  }
}

/** Which slice source the Annotator offers: runs it once over a small page. */
export async function detectSliceSource(ctx: Context, d: BenchDataset, words: number): Promise<'onSlice' | 'outside'> {
  const page = await ctx.browser.open(`${ctx.origin}/article/${d.key}/${words}.html`);
  try {
    await loadMatcher(ctx, page, d, null);
    const r = await ctx.browser.call<AnnotateResult>(page, 'annotate', [{ sliceMs: 1e6, delayMs: 0, findProxy: false }], ctx.config.callTimeoutMs);
    return r.source;
  } finally {
    await page.close().catch(() => {});
  }
}

export async function runVariant(ctx: Context, d: BenchDataset, words: number, variant: Variant): Promise<void> {
  const started = performance.now();
  try {
    await measureVariant(ctx, d, words, variant);
  } finally {
    ctx.spent.set(variant, (ctx.spent.get(variant) ?? 0) + (performance.now() - started) / 1000);
  }
}

async function measureVariant(ctx: Context, d: BenchDataset, words: number, variant: Variant): Promise<void> {
  const key = `${d.key}/${words}/${variant}`;
  const timeout = ctx.config.callTimeoutMs;
  const { samples, browser } = ctx;
  const page = await browser.open(`${ctx.origin}/article/${d.key}/${words}.html`);
  try {
    if (variant === 'floor') {
      const r = await browser.call<{ ms: number }>(page, 'floor', [], timeout);
      samples.add(`${key}/ms`, r.ms);
    } else if (variant === 'naive') {
      const group = `${d.key}/${words}`;
      if (ctx.naiveStopped.has(group)) return;
      const keywords = d.keywords.slice(0, ctx.naiveCap.get(d.key) ?? 0);
      let r: NaiveResult;
      try {
        r = await browser.call<NaiveResult>(page, 'naive', [keywords], timeout);
      } catch (error) {
        ctx.naiveStopped.set(group, `exceeded the ${timeout / 1000} s cap with ${keywords.length.toLocaleString('en')} keywords`);
        ctx.log(`naive ${group}: ${String(error)}`);
        return;
      }
      if (r.error) {
        ctx.naiveStopped.set(group, `crashed after ${r.processed.toLocaleString('en')} of ${r.keywords.toLocaleString('en')} keywords (${r.error.slice(0, 80)})`);
        return;
      }
      samples.add(`${key}/ms`, r.ms);
      samples.add(`${key}/marks`, r.marks);
    } else {
      const loadMs = await loadMatcher(ctx, page, d, variant === 'ours' ? key : null);
      const options = variant === 'ours' ? { sliceMs: 1e6, delayMs: 0, findProxy: ctx.findProxy } : { findProxy: ctx.findProxy };
      const r = await browser.call<AnnotateResult>(page, 'annotate', [options], timeout);
      if (variant === 'ours') {
        samples.add(`${key}/matchMs`, sum(r.slices, 'matchMs'));
        samples.add(`${key}/wrapMs`, sum(r.slices, 'wrapMs'));
        samples.add(`${key}/workMs`, sum(r.slices, 'totalMs'));
        samples.add(`${key}/wallMs`, r.wallMs);
        samples.add(`${key}/e2eMs`, loadMs + r.wallMs);
        samples.add(`${key}/mentions`, r.mentions);
        samples.add(`${key}/missed`, (ctx.planted.get(`${d.key}/${words}`) ?? 0) - r.mentions);
        samples.add(`${key}/missingWords`, r.missingWords);
        if (!r.isolated) ctx.notes.push('pages were not cross-origin isolated: performance.now() had 100 µs resolution.');
      } else {
        samples.add(`${key}/maxSliceMs`, Math.max(0, ...r.slices.map((s) => s.totalMs)));
        samples.add(`${key}/slices`, r.slices.length);
        samples.add(`${key}/longTaskMs`, Math.max(0, ...r.longTasks));
        samples.add(`${key}/wallMs`, r.wallMs);
      }
    }
  } finally {
    await page.close().catch(() => {});
  }
}

interface BatchResult {
  latencyMs: number;
  workMs: number;
  maxSliceMs: number;
  slices: number;
  mentions: number;
  requests: number;
  extendPageMs: number;
  cutMs: number;
}

/** The feed: appends every batch in turn, each measured on its own. */
export async function runScroll(ctx: Context, d: BenchDataset): Promise<void> {
  const started = performance.now();
  const key = `${d.key}/scroll`;
  const timeout = ctx.config.callTimeoutMs;
  const page = await ctx.browser.open(`${ctx.origin}/feed/${d.key}.html`);
  try {
    if (comesWhole(d)) {
      await ctx.browser.call(page, 'fetchLexicon', [`/lexicon/${d.key}.json`], timeout);
    } else {
      // The feed cuts its lexicon in place (page/feed.ts): its own background.
      await ctx.browser.call(page, 'bgLoad', [d.key, `/lexicon-full/${d.key}.json`], timeout);
      const words = await ctx.browser.call<{ words: number[] }>(page, 'collectWords', [], timeout);
      const cut = await ctx.browser.call<{ json: string }>(page, 'bgCut', [d.key, words.words], timeout);
      await ctx.browser.call(page, 'setLexicon', [cut.json], timeout);
    }
    await ctx.browser.call(page, 'loadMatcher', [], timeout);
    const batches = await ctx.browser.call<number>(page, 'feedStart', [ctx.findProxy, d.key], timeout);
    for (let b = 0; b < batches; b++) {
      // A short pause, as between two loads of a real feed, so batches do not merge.
      await page.waitForTimeout(30);
      const r = await ctx.browser.call<BatchResult>(page, 'feedBatch', [b], timeout);
      ctx.samples.add(`${key}/workMs`, r.workMs);
      // The first batch pays for cold code (JIT) and the first layout; later ones are steady state.
      ctx.samples.add(`${key}/${b === 0 ? 'first' : 'later'}WorkMs`, r.workMs);
      ctx.samples.add(`${key}/latencyMs`, r.latencyMs);
      ctx.samples.add(`${key}/maxSliceMs`, r.maxSliceMs);
      ctx.samples.add(`${key}/mentions`, r.mentions);
      ctx.samples.add(`${key}/missed`, (ctx.planted.get(`${key}/${b}`) ?? 0) - r.mentions);
      ctx.samples.add(`${key}/requests`, r.requests);
      ctx.samples.add(`${key}/extendPageMs`, r.extendPageMs);
      if (r.requests) ctx.samples.add(`${key}/cutMs`, r.cutMs / r.requests);
    }
  } finally {
    await page.close().catch(() => {});
    ctx.spent.set('scroll', (ctx.spent.get('scroll') ?? 0) + (performance.now() - started) / 1000);
  }
}
