/**
 * Dataset sync in real Chromium, timed: the built extension (.output/chrome-mv3) subscribes to a
 * generated 100,000-entity JSON Lines dataset served from 127.0.0.1, then takes an update that
 * changes one entity (trusted: applied at once), an update the user confirms (check, then apply),
 * and a rollback. Phases come from the progress the options page polls (`sync.list`); the options
 * page's longest pause between timer ticks during each operation tells whether it froze.
 *
 *   npx wxt build && npx tsx test/bench/sync.ts [entities=100000]
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import type { Page } from 'playwright-core';
import type { Dataset } from '../../lib/dataset/schema';
import { toDatasetJsonl } from '../../lib/sync/jsonl';
import { bundle } from './bundle';
import { generateDataset } from '../../lib/synthetic/generate';
import { extensionUrl, launchWithExtension } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';

const COUNT = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
/** `--steps`: only the step-by-step page measurements, not the extension's own flows. */
const STEPS_ONLY = process.argv.includes('--steps');
const DATASET_ID = 'bench-sync';

interface Timed {
  step: string;
  totalMs: number;
  /** When each progress phase was first seen, in ms from the start of the step. */
  phases: Record<string, number>;
  /** The options page's longest pause between 20 ms timer ticks during the step. */
  longestPauseMs: number;
  result: unknown;
}

function publish(server: StaticServer, dataset: Dataset): number {
  const body = Buffer.from(toDatasetJsonl(dataset), 'utf8');
  const file = `data-${dataset.version}.jsonl`;
  server.route(`/bench-sync/${file}`, { body, contentType: 'application/x-ndjson' });
  const manifest = {
    id: dataset.id,
    name: dataset.name,
    version: dataset.version,
    publishedAt: dataset.publishedAt,
    schemaVersion: dataset.schemaVersion,
    url: file,
    format: 'jsonl',
    sha256: createHash('sha256').update(body).digest('hex'),
    size: body.length,
    entityCount: dataset.entities.length,
  };
  server.route('/bench-sync/manifest.json', { body: JSON.stringify(manifest), contentType: 'application/json', headers: { etag: `"${dataset.version}"` } });
  return body.length;
}

/** The next version: one entity's summary changed. */
function oneChanged(dataset: Dataset, version: string, index: number): Dataset {
  return { ...dataset, version, entities: dataset.entities.map((e, i) => (i === index ? { ...e, summary: `Changed in ${version}.` } : e)) };
}

async function send(page: Page, message: Record<string, unknown>): Promise<{ ok: boolean; result?: { ok: boolean; problem?: unknown; applied?: unknown }; error?: string }> {
  return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }).chrome.runtime.sendMessage(m), message);
}

/** Runs one request while polling progress and watching the page's timer. */
async function timed(page: Page, step: string, message: Record<string, unknown>): Promise<Timed> {
  await page.evaluate(() => {
    const w = window as unknown as { benchPause: number; benchTimer: number };
    let last = performance.now();
    w.benchPause = 0;
    w.benchTimer = window.setInterval(() => {
      const now = performance.now();
      w.benchPause = Math.max(w.benchPause, now - last);
      last = now;
    }, 20);
  });
  const phases: Record<string, number> = {};
  const start = Date.now();
  let done = false;
  const request = send(page, message).finally(() => (done = true));
  while (!done) {
    const listed = await send(page, { type: 'sync.list' }).catch(() => null);
    const answer = listed?.result as { subscribing?: { phase: string }; subscriptions?: { progress?: { phase: string } }[] } | undefined;
    const phase = answer?.subscribing?.phase ?? answer?.subscriptions?.find((s) => s.progress)?.progress?.phase;
    if (phase && phases[phase] === undefined) phases[phase] = Date.now() - start;
    await new Promise((r) => setTimeout(r, 100));
  }
  const envelope = await request;
  const totalMs = Date.now() - start;
  const longestPauseMs = await page.evaluate(() => {
    const w = window as unknown as { benchPause: number; benchTimer: number };
    clearInterval(w.benchTimer);
    return Math.round(w.benchPause);
  });
  const result = envelope.result?.ok ? (envelope.result.applied ?? 'ok') : (envelope.result?.problem ?? envelope.error);
  return { step, totalMs, phases, longestPauseMs, result };
}

/** The extension's own flows, as the options page runs them. */
async function flows(server: StaticServer, page: Page, manifestUrl: string, base: Dataset, results: Timed[]): Promise<void> {
  results.push(await timed(page, 'subscribe + first install (trusted)', { type: 'sync.subscribe', manifestUrl, trusted: true, maxBytes: 200 * 1024 * 1024 }));
  publish(server, oneChanged(base, '1.0.1', 7));
  results.push(await timed(page, 'update, 1 entity changed (trusted: check + apply)', { type: 'sync.check', datasetId: DATASET_ID }));
  await send(page, { type: 'sync.configure', datasetId: DATASET_ID, trusted: false });
  publish(server, oneChanged(base, '1.0.2', 9));
  results.push(await timed(page, 'update, 1 entity changed: check (summary shown)', { type: 'sync.check', datasetId: DATASET_ID }));
  results.push(await timed(page, 'update, 1 entity changed: apply (confirmed)', { type: 'sync.apply', datasetId: DATASET_ID }));
  results.push(await timed(page, 'rollback', { type: 'sync.rollback', datasetId: DATASET_ID }));
}

async function main(): Promise<void> {
  console.log(`load before: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
  const v1 = generateDataset({ entities: COUNT, seed: 20260101 });
  const base: Dataset = { ...v1, id: DATASET_ID, name: 'Sync benchmark', version: '1.0.0' };
  const server = await startServer();
  const browser = await launchWithExtension();
  const results: Timed[] = [];
  try {
    const page = await browser.context.newPage();
    await page.goto(extensionUrl(browser.extensionId, 'options.html'));
    const manifestUrl = server.url('bench-sync/manifest.json');
    const size = publish(server, base);
    console.log(`dataset: ${COUNT} entities, ${base.claims.length} claims, ${base.sources.length} sources, ${(size / 1e6).toFixed(1)} MB JSONL`);

    if (!STEPS_ONLY) await flows(server, page, manifestUrl, base, results);
    else publish(server, oneChanged(base, '1.0.1', 7));

    // The same steps one by one in a page (same engine, real IndexedDB), to see where time goes.
    server.route('/bench-sync/steps.html', `<!doctype html><meta charset="utf-8"><script>${await bundle('test/bench/sync-entry.ts', 'DossierBenchSync')}</script>`);
    const steps = await browser.context.newPage();
    await steps.goto(server.url('bench-sync/steps.html'));
    const run = (file: string, fresh: boolean) =>
      steps.evaluate(
        ({ url, fresh }) => (window as unknown as { DossierBenchSync: { step(u: string, f: boolean): Promise<unknown> } }).DossierBenchSync.step(url, fresh),
        { url: server.url(`bench-sync/${file}`), fresh },
      );
    console.log(`steps, first install: ${JSON.stringify(await run('data-1.0.0.jsonl', true))}`);
    console.log(`steps, update (1 changed): ${JSON.stringify(await run('data-1.0.1.jsonl', false))}`);
    const reads = () => steps.evaluate((id) => (window as unknown as { DossierBenchSync: { reads(i: string): Promise<unknown> } }).DossierBenchSync.reads(id), DATASET_ID);
    console.log(`reading 100k entity rows back: ${JSON.stringify(await reads())}; again: ${JSON.stringify(await reads())}`);
  } finally {
    await browser.close();
    await server.close();
  }
  for (const r of results)
    console.log(
      `${r.step}: ${(r.totalMs / 1000).toFixed(1)} s; phases ${JSON.stringify(r.phases)}; options page longest pause ${r.longestPauseMs} ms; ${JSON.stringify(r.result)}`,
    );
  console.log(`load after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
