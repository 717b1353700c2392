/**
 * Import time of datasets into Dexie/IndexedDB, measured in Chromium with an on-disk profile
 * (fake-indexeddb in Node would not be representative). Repetitions interleave the datasets.
 */
import { launchPersistent } from './browser';
import type { BenchConfig } from './config';
import { rotate, type Samples } from './stats';

interface ImportResult {
  parseMs: number;
  openMs: number;
  installMs: number;
  totalMs: number;
  entities: number;
}

// A 100k import took ~100 s on a quiet machine; several times that under load.
const TIMEOUT_MS = 600_000;

export async function runImports(config: BenchConfig, origin: string, samples: Samples, notes: string[], log: (m: string) => void): Promise<string | null> {
  if (!config.importDatasets.length) return null;
  const { context, close } = await launchPersistent();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/import.html`);
    const installer = await page.evaluate(() => (window as unknown as { DossierBenchDb: { available(): string | null } }).DossierBenchDb.available());
    if (!installer) {
      notes.push('import: lib/db/seed.ts exports neither installDataset nor applyBundledSeed yet; not measured.');
      return null;
    }
    const start = performance.now();
    let repMs = 0;
    for (let rep = 0; rep < config.importReps; rep++) {
      const elapsed = performance.now() - start;
      if (rep > 0 && elapsed + repMs > config.importBudgetMs) {
        notes.push(`import: ${rep} repetition${rep > 1 ? 's' : ''} only; another (${(repMs / 1000).toFixed(0)} s) would exceed the ${config.importBudgetMs / 1000} s budget.`);
        break;
      }
      const repStart = performance.now();
      for (const key of rotate(config.importDatasets, rep)) {
        log(`import ${key} (rep ${rep + 1}/${config.importReps})`);
        let timer: NodeJS.Timeout | undefined;
        try {
          const r = await Promise.race([
            page.evaluate(
              ({ url, name }) => (window as unknown as { DossierBenchDb: { importDataset(u: string, n: string): Promise<ImportResult> } }).DossierBenchDb.importDataset(url, name),
              { url: `/dataset/${key}.json`, name: `dossier-bench-${key}-${rep}` },
            ),
            new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`import took over ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS))),
          ]);
          for (const metric of ['parseMs', 'openMs', 'installMs', 'totalMs', 'entities'] as const) samples.add(`${key}/import/${metric}`, r[metric]);
        } catch (error) {
          notes.push(`import ${key}: ${String(error).slice(0, 300)}`);
          return installer;
        } finally {
          clearTimeout(timer);
        }
      }
      repMs = performance.now() - repStart;
    }
    return installer;
  } finally {
    await close();
  }
}
