/** What a benchmark run measures: the full run, or `--quick` for development. */

export type DatasetKey = 'seed' | '1k' | '10k' | '100k';

export interface BenchConfig {
  quick: boolean;
  /** Interleaved repetitions of every page measurement. */
  reps: number;
  datasets: DatasetKey[];
  /** Article sizes in words. */
  pageWords: number[];
  /** Datasets whose every name and alias goes into one naive mark.js call. */
  naiveDatasets: DatasetKey[];
  /** A dataset tried once with naive mark.js, only to document how it fails. */
  naiveProbe: { dataset: DatasetKey; words: number } | null;
  /** Longest a single page.evaluate may take before the browser is killed. */
  callTimeoutMs: number;
  scroll: { batches: number; cardsPerBatch: number; wordsPerCard: number };
  importDatasets: DatasetKey[];
  /** Import repetitions: up to importReps, but none started past importBudgetMs. */
  importReps: number;
  importBudgetMs: number;
  /** Compilations of each lexicon in Node. */
  compileReps: number;
  /** Seed of every generated dataset and page. */
  seed: number;
}

export const ENTITY_COUNTS: Record<Exclude<DatasetKey, 'seed'>, number> = { '1k': 1_000, '10k': 10_000, '100k': 100_000 };

export function configFromArgs(argv: readonly string[]): BenchConfig {
  const quick = argv.includes('--quick');
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const config: BenchConfig = quick
    ? {
        quick,
        reps: 2,
        datasets: ['seed', '1k', '10k', '100k'],
        pageWords: [1_000, 5_000],
        naiveDatasets: ['seed', '1k'],
        naiveProbe: { dataset: '10k', words: 1_000 },
        callTimeoutMs: 60_000,
        scroll: { batches: 4, cardsPerBatch: 20, wordsPerCard: 120 },
        importDatasets: ['10k'],
        importReps: 1,
        importBudgetMs: 60_000,
        compileReps: 2,
        seed: 20251125,
      }
    : {
        quick,
        reps: 5,
        datasets: ['seed', '1k', '10k', '100k'],
        pageWords: [1_000, 5_000, 20_000],
        naiveDatasets: ['seed', '1k'],
        naiveProbe: { dataset: '10k', words: 20_000 },
        callTimeoutMs: 60_000,
        scroll: { batches: 10, cardsPerBatch: 20, wordsPerCard: 120 },
        importDatasets: ['10k', '100k'],
        importReps: 5,
        // A 100k import took ~100 s here: five of them alone would break the 15-minute run.
        importBudgetMs: 240_000,
        compileReps: 5,
        seed: 20251125,
      };
  const reps = flag('reps');
  if (reps) config.reps = Math.max(0, Number(reps));
  const imports = flag('import');
  if (imports) config.importDatasets = imports.split(',').filter((k): k is DatasetKey => config.datasets.includes(k as DatasetKey));
  if (argv.includes('--skip-import')) config.importDatasets = [];
  if (argv.includes('--skip-naive')) {
    config.naiveDatasets = [];
    config.naiveProbe = null;
  }
  return config;
}
