/** Markdown tables of a benchmark run (results.md), one per measurement group. */
import type { BenchConfig, DatasetKey } from './config';
import { evaluateTargets, fmtMs, pooled } from './targets';
import { summarise, type Samples, type Summary } from './stats';

export interface DatasetInfo {
  key: DatasetKey;
  entities: number;
  claims: number;
  keywords: number;
  /** The whole lexicon as tabs received it before cutting (no parts). */
  lexiconBytes: number;
  /** The lexicon with its parts, as the background caches it. */
  fullBytes: number;
  generateMs: number;
  /** Planted mentions per article size, and per feed batch. */
  planted: Record<number, number>;
  feedPlanted: number[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
  platform: string;
  date: string;
  /** 1-minute load average when the run started and when it ended: how noisy the machine was. */
  loadAverage: [number, number];
}

export interface RunInfo {
  machine: Machine;
  config: BenchConfig;
  sliceSource: 'onSlice' | 'outside';
  importer: string | null;
  datasets: DatasetInfo[];
  notes: string[];
  naiveCap: Record<string, number>;
  naiveStopped: Record<string, string>;
  minutes: number;
  /** Wall-clock seconds the harness spent per variant. */
  harnessSeconds: Record<string, number>;
}

const n = (x: number) => x.toLocaleString('en');
const cell = (s: Summary | null, unit = '') => (s ? `${fmtMs(s.median)}${unit} (${fmtMs(s.p95)})` : '—');
const mark = (met: boolean | null) => (met === null ? '–' : met ? '✓' : '✗');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** " ✗ 3 missed" when some run wrapped fewer mentions than were planted. */
function missedNote(missed: number[]): string {
  const worst = Math.max(0, ...missed);
  return worst > 0 ? ` ✗ up to ${worst} missed` : '';
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function pagesTable(run: RunInfo, samples: Samples): string {
  const rows: string[][] = [];
  for (const d of run.datasets)
    for (const w of run.config.pageWords) {
      const k = `${d.key}/${w}`;
      const floor = samples.summary(`${k}/floor/ms`);
      const naive = samples.summary(`${k}/naive/ms`);
      const e2e = samples.summary(`${k}/ours/e2eMs`);
      const match = samples.summary(`${k}/ours/matchMs`);
      const cap = run.naiveCap[d.key];
      let naiveCell = cell(naive);
      if (run.naiveStopped[k]) naiveCell = `✗ ${run.naiveStopped[k]}`;
      else if (naive && cap !== undefined && cap < d.keywords) naiveCell += ` ¹ (${n(cap)} of ${n(d.keywords)} kw)`;
      else if (!naive) naiveCell = run.config.naiveDatasets.includes(d.key) ? '✗ not run (see notes)' : 'not run';
      const marks = samples.summary(`${k}/ours/mentions`);
      rows.push([
        d.key,
        n(w),
        cell(floor),
        naiveCell,
        cell(e2e),
        cell(match),
        cell(samples.summary(`${k}/ours/wrapMs`)),
        cell(samples.summary(`${k}/ours/workMs`)),
        naive && e2e ? `${(e2e.median / naive.median).toFixed(3)} (1/${(naive.median / e2e.median).toFixed(0)})` : '—',
        match && floor ? `${(match.median / floor.median).toFixed(1)}×` : '—',
        marks ? `${n(marks.median)} / ${n(d.planted[w] ?? 0)}${missedNote(samples.get(`${k}/ours/missed`))}` : '—',
      ]);
    }
  return table(
    ['dataset', 'words', 'floor (TreeWalker)', 'naive mark.js', 'ours end-to-end', 'read + match', 'wrap', 'ours work', 'ours/naive', 'match/floor', 'mentions / planted'],
    rows,
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
const heapCell = (s: Summary | null) => (s ? `${mb(s.median)} (${mb(s.p95)})` : '—');

function compileTable(run: RunInfo, samples: Samples): string {
  return table(
    ['dataset', 'entities', 'names + aliases', 'compile (Node)', 'cached lexicon JSON (with parts)', 'background: index on wake', 'whole lexicon JSON (old message)', 'old: load whole per tab', 'old: heap per tab'],
    run.datasets.map((d) => [
      d.key,
      n(d.entities),
      n(d.keywords),
      cell(samples.summary(`${d.key}/compileMs`)),
      mb(d.fullBytes),
      cell(samples.summary(`${d.key}/bgIndexMs`)),
      mb(d.lexiconBytes),
      cell(samples.summary(`${d.key}/full/loadMs`)),
      heapCell(samples.summary(`${d.key}/full/heapBytes`)),
    ]),
  );
}

function matcherTable(run: RunInfo, samples: Samples): string {
  const rows: string[][] = [];
  for (const d of run.datasets)
    for (const w of run.config.pageWords) {
      const k = `${d.key}/${w}/ours`;
      const terms = samples.summary(`${k}/cutTerms`);
      const bytes = samples.summary(`${k}/cutBytes`);
      const load = samples.summary(`${k}/loadMs`);
      const full = samples.summary(`${d.key}/full/loadMs`);
      rows.push([
        d.key,
        n(w),
        terms ? n(samples.summary(`${k}/pageWords`)!.median) : '—',
        cell(samples.summary(`${k}/wordsMs`)),
        cell(samples.summary(`${k}/cutMs`)),
        terms && bytes ? `${n(terms.median)} terms, ${kb(bytes.median)}` : 'whole (small: no words sent)',
        cell(samples.summary(`${k}/parseMs`)),
        cell(load),
        heapCell(samples.summary(`${k}/heapBytes`)),
        load && full ? `${(full.median / load.median).toFixed(full.median >= 10 * load.median ? 0 : 1)}×` : '—',
      ]);
    }
  return table(
    ['dataset', 'words', 'distinct words', 'collect words (tab)', 'cut (background)', 'cut lexicon', 'parse + new Matcher (tab)', 'load per tab', 'extra heap per tab', 'old whole load / new'],
    rows,
  );
}

function slicingTable(run: RunInfo, samples: Samples): string {
  const rows: string[][] = [];
  for (const d of run.datasets)
    for (const w of run.config.pageWords) {
      const k = `${d.key}/${w}/sliced`;
      const longest = samples.summary(`${k}/maxSliceMs`);
      const longTask = samples.summary(`${k}/longTaskMs`);
      rows.push([d.key, n(w), cell(longest), cell(samples.summary(`${k}/slices`)), longTask ? (longTask.max ? `${fmtMs(longTask.max)} ms` : 'none') : '—', cell(samples.summary(`${k}/wallMs`)), longest ? mark(longest.p95 <= 50) : '–']);
    }
  return table(['dataset', 'words', 'longest slice', 'slices', 'longest long task (observer)', 'start → idle', '≤ 50 ms'], rows);
}

function scrollTable(run: RunInfo, samples: Samples): string {
  return table(
    ['dataset', 'batch samples', 'work per batch', 'first batch', 'later batches', 'max', 'latency per batch', 'longest slice', 'lexicon requests (all batches)', 'of which parse + matcher', 'cut per request (background)', 'mentions / planted (all batches)', '≤ 16 ms'],
    run.datasets.map((d) => {
      const k = `${d.key}/scroll`;
      const work = samples.summary(`${k}/workMs`);
      const found = samples.get(`${k}/mentions`).reduce((a, b) => a + b, 0);
      const runs = d.feedPlanted.length ? samples.get(`${k}/mentions`).length / d.feedPlanted.length : 0;
      const planted = d.feedPlanted.reduce((a, b) => a + b, 0) * runs;
      const requests = samples.get(`${k}/requests`).reduce((a, b) => a + b, 0);
      return [
        d.key,
        work ? n(work.n) : '—',
        cell(work),
        cell(samples.summary(`${k}/firstWorkMs`)),
        cell(samples.summary(`${k}/laterWorkMs`)),
        work ? fmtMs(work.max) : '—',
        cell(samples.summary(`${k}/latencyMs`)),
        cell(samples.summary(`${k}/maxSliceMs`)),
        work ? n(requests) : '—',
        cell(samples.summary(`${k}/extendPageMs`)),
        cell(samples.summary(`${k}/cutMs`)),
        work ? `${n(found)} / ${n(planted)}` : '—',
        work ? mark(work.p95 <= 16) : '–',
      ];
    }),
  );
}

function importTable(run: RunInfo, samples: Samples): string {
  return table(
    ['dataset', 'entities', 'JSON.parse', 'open DB', 'install', 'total', 'target'],
    run.config.importDatasets.map((key) => {
      const k = `${key}/import`;
      const total = samples.summary(`${k}/totalMs`);
      const d = run.datasets.find((x) => x.key === key);
      return [key, d ? n(d.entities) : '—', cell(samples.summary(`${k}/parseMs`)), cell(samples.summary(`${k}/openMs`)), cell(samples.summary(`${k}/installMs`)), cell(total), key === '100k' && total ? `${mark(total.median <= 10_000)} ≤ 10 s` : ''];
    }),
  );
}

export function renderMarkdown(run: RunInfo, samples: Samples): string {
  const m = run.machine;
  const targets = evaluateTargets(samples, run.config);
  const parts = [
    `# Dossier benchmark${run.config.quick ? ' (--quick)' : ''}`,
    `${m.date} · ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB · Node ${m.node} · Chromium ${m.chromium} · ${run.config.reps} interleaved repetitions · ${run.minutes.toFixed(1)} min · load average ${m.loadAverage[0].toFixed(1)} at start, ${m.loadAverage[1].toFixed(1)} at end`,
    'Times in ms: median (p95) over repetitions; each measurement on a fresh page load. Ratios compare medians from this one run. ' +
      `Slice timings from ${run.sliceSource === 'onSlice' ? "the Annotator's onSlice" : 'outside (Annotator.work and a matcher.find wrapper; no onSlice yet, so no separate wrap figure)'}.`,
    '## Targets',
    table(['target', 'measured', ''], targets.map((t) => [t.target, t.measured, mark(t.met)])),
    '## Annotating an article',
    'floor = TreeWalker reading every text node; naive = one mark.js `mark()` call with every name and alias; ours end-to-end = per-tab matcher load + Annotator from start to idle (one large slice, no delay); read + match / wrap / work = the Annotator\'s phases (its onSlice matchMs covers reading runs and matcher.find) summed over its slices.',
    pagesTable(run, samples),
    ...(run.datasets.some((d) => (run.naiveCap[d.key] ?? d.keywords) < d.keywords) ? ['¹ capped keyword list (mark.js crashes with all of them, see notes): the naive time is a lower bound.'] : []),
    '## Lexicon: compile once, cut per tab',
    'compile = compileLexicon in Node (table and parts); index on wake = what the background does with the cached lexicon before its first cut (split the ids; the parts are read in place); old = the whole lexicon (without parts) as every tab received it before: JSON.parse + new Matcher in a fresh tab, heap = usedJSHeapSize after gc(), after minus before.',
    compileTable(run, samples),
    'Per tab, now: the content script collects the page\'s distinct words (collectPageWords over the body), the background cuts the lexicon to them (cutLexicon, run in a page of the same Chromium, request parsing and messaging aside), the tab parses the serialised cut and builds its Matcher. load per tab = collect words + parse + new Matcher; heap = from before collecting the words to after the matcher is built (the word set stays, for coverage).',
    matcherTable(run, samples),
    '## Longest task attributable to Dossier (default slicing)',
    "Annotator with its default sliceMs and delayMs; longest slice = the longest single slice total; long tasks = the PerformanceObserver 'longtask' cross-check (any task ≥ 50 ms on the page during the run).",
    slicingTable(run, samples),
    `## Infinite scroll (${run.config.scroll.cardsPerBatch} cards a batch)`,
    'Annotator with delayMs 0, lexicon cut to the words of the empty feed; work = sum of slice totals for the batch plus, when the batch brought new words, the tab\'s JSON.parse + new Matcher of the larger cut (Dossier\'s own time in the tab); the background\'s cut runs in the feed page itself here and is shown apart; latency = append until idle, including timer hops and the cut.',
    scrollTable(run, samples),
    '## Import into IndexedDB (Chromium, on-disk profile)',
    run.importer ? `Via \`${run.importer}\` from lib/db/seed.ts; total = JSON.parse + open + install.` : 'Not measured (see notes).',
    ...(run.importer ? [importTable(run, samples)] : []),
  ];
  if (run.notes.length) parts.push('## Notes', run.notes.map((x) => `- ${x}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
