/**
 * `npx tsx test/bench/profile.ts [--dataset=seed] [--words=20000] [--scroll] [--runs=3] [--top=25]`
 *
 * Takes a V8 CPU profile (CDP Profiler) of one `DossierBench.annotate` over an article page, or
 * of every batch of the infinite-scroll feed, in the benchmark's own pages and browser, and
 * prints the functions with the most self time and the Annotator's phase timings. For finding
 * where the time goes; the benchmark (run.ts) is what measures.
 */
import type { CDPSession, Page } from 'playwright-core';
import { BenchBrowser } from './browser';
import { bundle } from './bundle';
import { configFromArgs, type DatasetKey } from './config';
import { articlePage, feedPage, prepareDatasets, type BenchDataset } from './fixtures';
import { comesWhole } from './measure';
import { startServer } from './server';
import { Samples } from './stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const argv = process.argv.slice(2);
const flag = (name: string, fallback: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const key = flag('dataset', 'seed') as DatasetKey;
const words = Number(flag('words', '20000'));
const runs = Number(flag('runs', '3'));
const top = Number(flag('top', '25'));
const scroll = argv.includes('--scroll');
/** Force a layout (timed) before annotating, as a page that has painted once would have it. */
const layoutFirst = argv.includes('--layout');
const noProfile = argv.includes('--no-profile');
/** Time the read + match phase's parts on their own first (page/phases.ts). */
const withPhases = argv.includes('--phases');

/** Self and total ms per function (name:line), summed over the profiles. */
function tally(profiles: Profile[]): { self: Map<string, number>; total: Map<string, number>; ms: number } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let ms = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
    p.samples.forEach((id, i) => {
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      ms += dt;
      const node = byId.get(id)!;
      self.set(name(node), (self.get(name(node)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const k = name(byId.get(at)!);
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    });
  }
  return { self, total, ms };
}

function print(title: string, map: Map<string, number>, runs: number): void {
  console.log(`\n${title} (ms per run)`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / runs).toFixed(2).padStart(9)}  ${k}`);
}

async function withProfile<T>(cdp: CDPSession, fn: () => Promise<T>): Promise<{ result: T; profile: Profile }> {
  if (noProfile) return { result: await fn(), profile: { nodes: [], samples: [], timeDeltas: [] } };
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const result = await fn();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return { result, profile };
}

async function loadMatcher(browser: BenchBrowser, page: Page, d: BenchDataset, bg: Page | null): Promise<void> {
  if (comesWhole(d) || !bg) {
    await browser.call(page, 'fetchLexicon', [`/lexicon/${d.key}.json`], 60_000);
    // As the large datasets' path does before annotating (the coverage then holds every page word).
    if (argv.includes('--collect')) await browser.call(page, 'collectWords', [], 60_000);
  } else {
    const w = await browser.call<{ words: number[] }>(page, 'collectWords', [], 60_000);
    const cut = await browser.call<{ json: string }>(bg, 'bgCut', [d.key, w.words], 60_000);
    await browser.call(page, 'setLexicon', [cut.json], 60_000);
  }
  await browser.call(page, 'loadMatcher', [], 60_000);
}

async function main(): Promise<void> {
  const config = configFromArgs(['--quick']);
  config.datasets = [key];
  config.compileReps = 1;
  const [d] = prepareDatasets(config, new Samples());
  const server = await startServer();
  server.set('/bench.js', { type: 'text/javascript', body: await bundle('test/bench/page-entry.ts', 'DossierBench') });
  server.set('/background.html', { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>' });
  server.set(`/lexicon/${key}.json`, { type: 'application/json', body: d!.lexiconJson });
  server.set(`/lexicon-full/${key}.json`, { type: 'application/json', body: d!.fullJson });
  server.set('/article.html', { type: 'text/html', body: articlePage(d!, words, config.seed).html });
  const full = configFromArgs([]);
  server.set('/feed.html', { type: 'text/html', body: feedPage(d!, full).html });
  const browser = new BenchBrowser();
  await browser.launch();
  const profiles: Profile[] = [];
  try {
    let bg: Page | null = null;
    if (!comesWhole(d!)) {
      bg = await browser.open(`${server.origin}/background.html`);
      await browser.call(bg, 'bgLoad', [key, `/lexicon-full/${key}.json`], 60_000);
    }
    for (let r = 0; r < runs; r++) {
      if (!scroll) {
        const page = await browser.open(`${server.origin}/article.html`);
        await loadMatcher(browser, page, d!, bg);
        const cdp = await page.context().newCDPSession(page);
        if (argv.includes('--profile-phases')) {
          const { result: p, profile } = await withProfile(cdp, () => browser.call<{ read: number[]; find: number[] }>(page, 'phases', [1], 60_000));
          console.log(`cold phases: read ${p.read[0]!.toFixed(1)} find ${p.find[0]!.toFixed(1)}`);
          profiles.push(profile);
          await page.close();
          continue;
        }
        if (withPhases) {
          const p = await browser.call<{ runs: number; read: number[]; gate: number[]; find: number[] }>(page, 'phases', [5], 60_000);
          const f = (xs: number[]) => `${xs[0]!.toFixed(1)} cold, ${Math.min(...xs).toFixed(1)} best`;
          console.log(`phases over ${p.runs} runs: read ${f(p.read)}; gate ${f(p.gate)}; find ${f(p.find)}`);
        }
        if (layoutFirst) {
          const ms = await page.evaluate(() => {
            const t = performance.now();
            void document.body.getBoundingClientRect();
            return performance.now() - t;
          });
          console.log(`forced layout ${ms.toFixed(1)} ms`);
        }
        const { result, profile } = await withProfile(cdp, () =>
          browser.call<{ slices: { matchMs: number; wrapMs: number; totalMs: number }[]; mentions: number; wallMs: number }>(page, 'annotate', [{ sliceMs: 1e6, delayMs: 0, findProxy: false }], 60_000),
        );
        const sum = (k: 'matchMs' | 'wrapMs' | 'totalMs') => result.slices.reduce((t, s) => t + s[k], 0).toFixed(1);
        console.log(`run ${r + 1}: match ${sum('matchMs')} wrap ${sum('wrapMs')} work ${sum('totalMs')} wall ${result.wallMs.toFixed(1)} mentions ${result.mentions} (profiled)`);
        profiles.push(profile);
        await page.close();
      } else {
        const page = await browser.open(`${server.origin}/feed.html`);
        if (!comesWhole(d!)) {
          await browser.call(page, 'bgLoad', [key, `/lexicon-full/${key}.json`], 60_000);
          const w = await browser.call<{ words: number[] }>(page, 'collectWords', [], 60_000);
          const cut = await browser.call<{ json: string }>(page, 'bgCut', [key, w.words], 60_000);
          await browser.call(page, 'setLexicon', [cut.json], 60_000);
        } else await browser.call(page, 'fetchLexicon', [`/lexicon/${key}.json`], 60_000);
        await browser.call(page, 'loadMatcher', [], 60_000);
        const batches = await browser.call<number>(page, 'feedStart', [false, key], 60_000);
        const cdp = await page.context().newCDPSession(page);
        const work: string[] = [];
        for (let b = 0; b < batches; b++) {
          await page.waitForTimeout(30);
          const { result, profile } = await withProfile(cdp, () => browser.call<{ workMs: number; mentions: number }>(page, 'feedBatch', [b], 60_000));
          work.push(result.workMs.toFixed(1));
          profiles.push(profile);
        }
        console.log(`run ${r + 1}: work per batch ${work.join(' ')}`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const { self, total, ms } = tally(profiles);
  const per = scroll ? profiles.length : runs;
  console.log(`\nsampled ${(ms / per).toFixed(1)} ms per ${scroll ? 'batch' : 'run'}`);
  print('self time', self, per);
  print('total time', total, per);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
