/**
 * The annotator's read + match phase taken apart, for profile.ts: RunReader over the body alone,
 * the word gate's coverage check over the runs' text, and Matcher.find over the same text, each
 * repeated so the first (cold) and best (warm) times show apart. Call after loadMatcher (and, for
 * a cut lexicon, collectWords) and before annotating: it does not touch the page.
 */
import { RunReader } from '../../../lib/page/runs';
import { currentCoverage, currentMatcher } from './ours';

export interface PhaseTimes {
  runs: number;
  /** Per phase: every repetition's time, in order. */
  read: number[];
  gate: number[];
  find: number[];
}

export function phases(reps = 5): PhaseTimes {
  const matcher = currentMatcher();
  const coverage = currentCoverage();
  const out: PhaseTimes = { runs: 0, read: [], gate: [], find: [] };
  let texts: string[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    const reader = new RunReader(document.body, document);
    texts = [];
    for (let run = reader.next(); run; run = reader.next()) texts.push(run.text);
    const t1 = performance.now();
    const missing = new Set<number>();
    if (coverage) for (const text of texts) coverage.missing(text, missing);
    const t2 = performance.now();
    for (const text of texts) matcher.find(text, new Set<number>());
    const t3 = performance.now();
    out.read.push(t1 - t0);
    out.gate.push(t2 - t1);
    out.find.push(t3 - t2);
  }
  out.runs = texts.length;
  return out;
}
