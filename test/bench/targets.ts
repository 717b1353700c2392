/**
 * The performance targets, evaluated on the run's figures (shown in the report, never asserted:
 * the machine is shared and noisy). Each compares medians or p95s measured in the same run.
 */
import type { BenchConfig, DatasetKey } from './config';
import { summarise, type Samples } from './stats';

export interface TargetResult {
  target: string;
  measured: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

export const fmtMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** Samples of one metric for a dataset, pooled over every article size. */
export function pooled(samples: Samples, config: BenchConfig, key: DatasetKey, variant: string, metric: string): number[] {
  return config.pageWords.flatMap((w) => samples.get(`${key}/${w}/${variant}/${metric}`));
}

export function evaluateTargets(samples: Samples, config: BenchConfig): TargetResult[] {
  const words = Math.max(...config.pageWords);
  const size = `${words.toLocaleString('en')} words`;
  const med = (key: string) => samples.summary(key)?.median ?? null;
  const out: TargetResult[] = [];

  const ours = med(`seed/${words}/ours/e2eMs`);
  const naive = med(`seed/${words}/naive/ms`);
  out.push(
    ours !== null && naive !== null
      ? { target: `seed dataset, ${size}: ours end-to-end ≤ 1/20 of naive mark.js`, measured: `${fmtMs(ours)} ms vs ${fmtMs(naive)} ms = 1/${(naive / ours).toFixed(0)}`, met: ours * 20 <= naive }
      : { target: `seed dataset, ${size}: ours end-to-end ≤ 1/20 of naive mark.js`, measured: 'not measured', met: null },
  );

  const match = med(`100k/${words}/ours/matchMs`);
  const floor = med(`100k/${words}/floor/ms`);
  out.push(
    match !== null && floor !== null
      ? { target: `100k entities, ${size}: match phase ≤ 3× TreeWalker floor`, measured: `${fmtMs(match)} ms vs ${fmtMs(floor)} ms = ${(match / floor).toFixed(1)}×`, met: match <= 3 * floor }
      : { target: `100k entities, ${size}: match phase ≤ 3× TreeWalker floor`, measured: 'not measured', met: null },
  );

  let worst: { ms: number; where: string } | null = null;
  for (const d of config.datasets) {
    for (const w of config.pageWords) {
      const s = samples.summary(`${d}/${w}/sliced/maxSliceMs`);
      if (s && (!worst || s.p95 > worst.ms)) worst = { ms: s.p95, where: `${d}, ${w.toLocaleString('en')} words` };
    }
    const s = samples.summary(`${d}/scroll/maxSliceMs`);
    if (s && (!worst || s.p95 > worst.ms)) worst = { ms: s.p95, where: `${d}, feed` };
  }
  out.push({
    target: 'longest task from Dossier ≤ 50 ms on every page (default slicing)',
    measured: worst ? `worst p95 ${fmtMs(worst.ms)} ms (${worst.where})` : 'not measured',
    met: worst ? worst.ms <= 50 : null,
  });

  let batch: { p95: number; max: number; where: string } | null = null;
  for (const d of config.datasets) {
    const s = samples.summary(`${d}/scroll/workMs`);
    if (s && (!batch || s.p95 > batch.p95)) batch = { p95: s.p95, max: s.max, where: d };
  }
  out.push({
    target: 'each infinite-scroll batch (20 cards) ≤ 16 ms of Dossier work',
    measured: batch ? `worst p95 ${fmtMs(batch.p95)} ms, max ${fmtMs(batch.max)} ms (${batch.where})` : 'not measured',
    met: batch ? batch.p95 <= 16 : null,
  });

  const imp = med('100k/import/totalMs');
  out.push({ target: '100k entities: import into IndexedDB ≤ 10 s', measured: imp !== null ? `${(imp / 1000).toFixed(1)} s` : 'not measured', met: imp !== null ? imp <= 10_000 : null });

  const loadMed = summarise(pooled(samples, config, '100k', 'ours', 'loadMs'))?.median ?? null;
  const wholeMed = med('100k/full/loadMs');
  out.push({
    target: '100k entities: matcher load per tab ≤ 50 ms',
    measured: loadMed !== null ? `${fmtMs(loadMed)} ms (words + cut lexicon; the whole lexicon: ${wholeMed !== null ? `${fmtMs(wholeMed)} ms` : 'not measured'})` : 'not measured',
    met: loadMed !== null ? loadMed <= 50 : null,
  });

  const heapMed = summarise(pooled(samples, config, '100k', 'ours', 'heapBytes'))?.median ?? null;
  out.push({
    target: '100k entities: extra JS heap per tab ≤ 30 MB',
    measured: heapMed !== null ? `${(heapMed / 2 ** 20).toFixed(1)} MB` : 'not measured',
    met: heapMed !== null ? heapMed <= 30 * 2 ** 20 : null,
  });
  return out;
}
