/**
 * `npm run bench [-- --quick] [--reps=N] [--import=10k,100k] [--skip-import] [--skip-naive]`
 *
 * Benchmarks Dossier's page pipeline in headless Chromium against a TreeWalker floor and naive
 * mark.js, over the seed dataset and synthetic 1k/10k/100k ones, and the dataset import into
 * IndexedDB. Writes test/bench/results.{json,md} (results-quick.* with --quick) and prints the
 * Markdown. Nothing is asserted: see the ✓/✗ columns.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchBrowser } from './browser';
import { bundle } from './bundle';
import { configFromArgs } from './config';
import { articlePage, feedPage, prepareDatasets } from './fixtures';
import { runImports } from './import';
import { detectSliceSource, runFullLoad, runScroll, runVariant, type Context, type Variant } from './measure';
import { calibrateNaive, probeNaive } from './naive-cap';
import { BENCH_DIR } from './paths';
import { renderMarkdown, type DatasetInfo, type RunInfo } from './report';
import { startServer } from './server';
import { rotate, Samples } from './stats';

const started = performance.now();
const loadAtStart = os.loadavg()[0]!;
const log = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

async function main(): Promise<void> {
  const config = configFromArgs(process.argv.slice(2));
  const samples = new Samples();
  const notes: string[] = [];
  log(`${config.quick ? 'quick' : 'full'} run: ${config.reps} reps, pages ${config.pageWords.join('/')} words, datasets ${config.datasets.join(', ')}`);

  log('generating datasets and compiling lexicons…');
  const datasets = prepareDatasets(config, samples);
  log('bundling page code…');
  const benchJs = await bundle('test/bench/page-entry.ts', 'DossierBench');
  let dbJs = '';
  try {
    dbJs = await bundle('test/bench/db-entry.ts', 'DossierBenchDb');
  } catch (error) {
    notes.push(`import: could not bundle lib/db (${String(error).slice(0, 200)}); not measured.`);
    config.importDatasets = [];
  }

  const server = await startServer();
  server.set('/bench.js', { type: 'text/javascript', body: benchJs });
  server.set('/db.js', { type: 'text/javascript', body: dbJs });
  server.set('/background.html', { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>background</title><script src="/bench.js"></script>' });
  server.set('/import.html', { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>import</title><script src="/db.js"></script>' });
  const info: DatasetInfo[] = [];
  const plantedBy = new Map<string, number>();
  for (const d of datasets) {
    server.set(`/lexicon/${d.key}.json`, { type: 'application/json', body: d.lexiconJson });
    server.set(`/lexicon-full/${d.key}.json`, { type: 'application/json', body: d.fullJson });
    if (config.importDatasets.includes(d.key)) {
      const json = JSON.stringify(d.dataset);
      server.set(`/dataset/${d.key}.json`, { type: 'application/json', body: json });
    }
    const planted: Record<number, number> = {};
    for (const words of config.pageWords) {
      const page = articlePage(d, words, config.seed);
      planted[words] = page.planted;
      plantedBy.set(`${d.key}/${words}`, page.planted);
      server.set(`/article/${d.key}/${words}.html`, { type: 'text/html', body: page.html });
    }
    const feed = feedPage(d, config);
    feed.planted.forEach((count, b) => plantedBy.set(`${d.key}/scroll/${b}`, count));
    server.set(`/feed/${d.key}.html`, { type: 'text/html', body: feed.html });
    info.push({ key: d.key, entities: d.dataset.entities.length, claims: d.dataset.claims.length, keywords: d.keywords.length, lexiconBytes: Buffer.byteLength(d.lexiconJson), fullBytes: Buffer.byteLength(d.fullJson), generateMs: d.generateMs, planted, feedPlanted: feed.planted });
  }

  const browser = new BenchBrowser();
  await browser.launch();
  const ctx: Context = { browser, origin: server.origin, config, samples, findProxy: false, notes, naiveCap: new Map(), naiveStopped: new Map(), planted: plantedBy, spent: new Map(), log, background: null };
  const smallest = Math.min(...config.pageWords);
  const largest = Math.max(...config.pageWords);
  let sliceSource: RunInfo['sliceSource'] = 'outside';
  try {
    sliceSource = await detectSliceSource(ctx, datasets[0]!, smallest);
    ctx.findProxy = sliceSource === 'outside';
    log(`slice timings from ${sliceSource}`);

    for (const d of datasets.filter((x) => config.naiveDatasets.includes(x.key))) {
      log(`naive mark.js: trying ${d.keywords.length} keywords of ${d.key}…`);
      await calibrateNaive(ctx, d, smallest);
    }
    const probe = config.naiveProbe && datasets.find((x) => x.key === config.naiveProbe!.dataset);
    if (probe) {
      log(`naive mark.js: one probe run with ${probe.keywords.length} keywords of ${probe.key}…`);
      await probeNaive(ctx, probe, config.naiveProbe!.words);
    }

    const groups = datasets.flatMap((d) =>
      config.pageWords.map((words) => ({ d, words, variants: ['floor', 'ours', 'sliced', ...((ctx.naiveCap.get(d.key) ?? 0) > 0 ? ['naive'] : [])] as Variant[] })),
    );
    for (let rep = 0; rep < config.reps; rep++) {
      log(`repetition ${rep + 1}/${config.reps}`);
      // Every variant once per repetition, in an order that rotates from one repetition to the next.
      for (const group of rotate(groups, rep)) for (const variant of rotate(group.variants, rep)) await runVariant(ctx, group.d, group.words, variant);
      for (const d of rotate(datasets, rep)) await runScroll(ctx, d);
      for (const d of rotate(datasets, rep)) await runFullLoad(ctx, d, smallest);
    }
  } finally {
    await browser.close();
  }

  log(`harness time per variant: ${[...ctx.spent].map(([v, s]) => `${v} ${s.toFixed(0)} s`).join(', ')}`);
  log('import into IndexedDB…');
  const importStart = performance.now();
  const importer = await runImports(config, server.origin, samples, notes, log);
  ctx.spent.set('import', (performance.now() - importStart) / 1000);
  await server.close();

  if (largest !== 20_000) notes.push(`--quick: largest page ${largest.toLocaleString('en')} words, so the 20k-word targets are evaluated on it instead.`);
  const run: RunInfo = {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version,
      platform: `${os.platform()} ${os.release()}`,
      date: new Date().toISOString(),
      loadAverage: [loadAtStart, os.loadavg()[0]!],
    },
    config,
    sliceSource,
    importer,
    datasets: info,
    notes: [...new Set(notes)],
    naiveCap: Object.fromEntries(ctx.naiveCap),
    naiveStopped: Object.fromEntries(ctx.naiveStopped),
    minutes: (performance.now() - started) / 60_000,
    harnessSeconds: Object.fromEntries([...ctx.spent].map(([v, s]) => [v, Math.round(s)])),
  };
  const markdown = renderMarkdown(run, samples);
  const base = path.join(BENCH_DIR, config.quick ? 'results-quick' : 'results');
  writeFileSync(`${base}.json`, `${JSON.stringify({ ...run, samples }, null, 1)}\n`);
  writeFileSync(`${base}.md`, markdown);
  process.stdout.write(markdown);
  log(`wrote ${path.relative(process.cwd(), base)}.json and .md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
