/**
 * `npx tsx test/bench/import-only.ts [10k,100k] [reps]`: only the import measurement of the
 * benchmark (see import.ts), printed as JSON; for working on the storage layer without running
 * the page benchmarks.
 */
import { bundle } from './bundle';
import { configFromArgs } from './config';
import { prepareDatasets } from './fixtures';
import { runImports } from './import';
import { startServer } from './server';
import { Samples } from './stats';

async function main(): Promise<void> {
  const keys = (process.argv[2] ?? '100k').split(',');
  const reps = Number(process.argv[3] ?? 2);
  const config = configFromArgs(['--quick', `--import=${keys.join(',')}`]);
  config.importReps = reps;
  config.datasets = config.datasets.filter((d) => keys.includes(d));
  config.importDatasets = config.datasets;
  const samples = new Samples();
  const notes: string[] = [];
  const datasets = prepareDatasets(config, samples);
  const server = await startServer();
  server.set('/db.js', { type: 'text/javascript', body: await bundle('test/bench/db-entry.ts', 'DossierBenchDb') });
  server.set('/import.html', { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>import</title><script src="/db.js"></script>' });
  for (const d of datasets) server.set(`/dataset/${d.key}.json`, { type: 'application/json', body: JSON.stringify(d.dataset) });
  try {
    await runImports(config, server.origin, samples, notes, (m) => process.stderr.write(`${m}\n`));
  } finally {
    await server.close();
  }
  console.log(JSON.stringify({ samples: samples.toJSON(), notes }, null, 1));
}

void main();
