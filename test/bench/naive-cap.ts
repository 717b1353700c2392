/**
 * How far naive mark.js gets. Before the timed runs, each naive dataset is tried once with every
 * name and alias on the smallest page; where mark.js crashes (its per-keyword recursion overflows
 * the stack), the keyword list is capped below the crash point and the cap is reported. The probe
 * dataset is tried once only, to document what happens.
 */
import type { BenchDataset } from './fixtures';
import type { Context } from './measure';

interface NaiveResult {
  ms: number;
  marks: number;
  keywords: number;
  processed: number;
  error?: string;
}

type Attempt = { ok: true; result: NaiveResult } | { ok: false; result?: NaiveResult; reason: string };

const fmt = (n: number) => n.toLocaleString('en');

async function attempt(ctx: Context, d: BenchDataset, words: number, keywords: string[]): Promise<Attempt> {
  const page = await ctx.browser.open(`${ctx.origin}/article/${d.key}/${words}.html`);
  try {
    const result = await ctx.browser.call<NaiveResult>(page, 'naive', [keywords], ctx.config.callTimeoutMs);
    if (!result.error) return { ok: true, result };
    const kind = /stack|recursion/i.test(result.error) ? 'stack overflow' : result.error.split(':')[0]!;
    return { ok: false, result, reason: `crashed after ${fmt(result.processed)} of ${fmt(keywords.length)} keywords (${kind}: ${result.error.slice(0, 60)}…) in ${(result.ms / 1000).toFixed(1)} s` };
  } catch (error) {
    return { ok: false, reason: `exceeded the ${ctx.config.callTimeoutMs / 1000} s time cap with ${fmt(keywords.length)} keywords (${String(error).slice(0, 80)})` };
  } finally {
    await page.close().catch(() => {});
  }
}

/** Sets ctx.naiveCap for `d`: all keywords, or fewer where mark.js fails. */
export async function calibrateNaive(ctx: Context, d: BenchDataset, words: number): Promise<void> {
  let n = d.keywords.length;
  const first = await attempt(ctx, d, words, d.keywords);
  if (first.ok) {
    ctx.naiveCap.set(d.key, n);
    return;
  }
  ctx.notes.push(`naive mark.js, ${d.key} dataset, ${fmt(words)}-word page: ${first.reason}.`);
  n = first.result ? Math.floor(first.result.processed * 0.9) : Math.floor(n / 4);
  for (let tries = 0; tries < 5 && n > 0; tries++) {
    const capped = await attempt(ctx, d, words, d.keywords.slice(0, n));
    if (capped.ok) {
      ctx.naiveCap.set(d.key, n);
      ctx.notes.push(
        `naive mark.js, ${d.key} dataset: capped at the first ${fmt(n)} of ${fmt(d.keywords.length)} keywords for the timed runs (below the crash point on the smallest page; ` +
          'how deep mark.js recurses before overflowing varies with the page), so its times are a lower bound: every further keyword adds a pass over the page.',
      );
      ctx.log(`naive ${d.key}: capped at ${n} keywords`);
      return;
    }
    n = Math.floor(n * 0.8);
  }
  ctx.naiveCap.set(d.key, 0);
  ctx.notes.push(`naive mark.js, ${d.key} dataset: no keyword count below the crash point ran; not measured.`);
}

/** One naive run of a dataset too large for it, documented and not timed further. */
export async function probeNaive(ctx: Context, d: BenchDataset, words: number): Promise<void> {
  const r = await attempt(ctx, d, words, d.keywords);
  ctx.notes.push(
    r.ok
      ? `naive mark.js, ${d.key} dataset (probe), ${fmt(words)}-word page: completed ${fmt(d.keywords.length)} keywords in ${(r.result.ms / 1000).toFixed(1)} s.`
      : `naive mark.js, ${d.key} dataset (probe, run once), ${fmt(words)}-word page: ${r.reason}.`,
  );
}
