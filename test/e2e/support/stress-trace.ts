/**
 * Which of the renderer's tasks ran Dossier's content script, and for how long, from a Chrome
 * trace of the tab (CDP `Tracing`: devtools.timeline and the V8 sampling profiler). The page
 * cannot see extension scripts (long animation frames leave them out); the trace can: calls into
 * `chrome-extension://…/content-scripts/` (FunctionCall) and profiler samples with its code on the
 * stack. Function names in the summary are those of the minified build.
 *
 * Firefox has no CDP and WebDriver BiDi no profiler: there `stop()` gives null, and the stress
 * tests judge Dossier's work by the page's own measurements instead (stress-probe.ts).
 */
import type { CDPSession, Page } from 'playwright-core';
import { IS_FIREFOX } from '../../support/browser';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: what it cost without the time it was descheduled. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  /** For a sample: the innermost function of the content script on its stack. */
  fn?: string;
  args?: { data?: { url?: string; functionName?: string; lineNumber?: number; startTime?: number; cpuProfile?: CpuProfileChunk; timeDeltas?: number[] } };
}

interface CpuProfileChunk {
  nodes?: { id: number; parent?: number; callFrame: { url: string; functionName: string; lineNumber?: number } }[];
  samples?: number[];
}

export interface DossierTasks {
  /** Tasks with some of Dossier's code in them. */
  tasks: number;
  /** The longest such task, whole (page code in it included), ms. */
  longestTask: number;
  /** The most time Dossier's own calls took within one task, ms (wall clock). */
  longestOwn: number;
  /**
   * The same in CPU time of the thread, ms: on a loaded machine the wall clock also counts the
   * time the thread waited for a core (a 180 ms garbage collection that was 179 ms "time to
   * safepoint"); the CPU time does not.
   */
  longestOwnCpu: number;
  /** Dossier's calls' time in all, ms. */
  totalOwn: number;
  /** What the longest such task spent its time on: trace event names inside it, longest first. */
  longestTaskParts: string;
}

export interface Trace {
  /** Dossier's tasks in the trace; null in Firefox, which cannot be traced from a test. */
  stop(): Promise<DossierTasks | null>;
}

export async function startTrace(page: Page): Promise<Trace> {
  if (IS_FIREFOX) return { stop: () => Promise.resolve(null) };
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach().catch(() => {});
      return dossierTasks(events);
    },
  };
}

const OURS = /^chrome-extension:\/\/[^/]+\/content-scripts\//;

/**
 * Dossier's time as slices {pid, tid, ts, dur}: the V8 sampling profiler's samples whose stack
 * holds a frame of the content script (promise continuations and observer callbacks included,
 * which FunctionCall events miss), each weighing the time to the next sample.
 */
function ourSamples(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  const profiles = new Map<
    string,
    { pid: number; tid: number; t: number; ours: Map<number, boolean>; parent: Map<number, number>; fn: Map<number, string> }
  >();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, t: e.args?.data?.startTime ?? e.ts, ours: new Map(), parent: new Map(), fn: new Map() });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args?.data;
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) {
      if (n.parent !== undefined) p.parent.set(n.id, n.parent);
      const own = OURS.test(n.callFrame.url);
      p.ours.set(n.id, own || (n.parent !== undefined && p.ours.get(n.parent) === true));
      const fn = own ? `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber ?? 0}` : n.parent !== undefined ? p.fn.get(n.parent) : undefined;
      if (fn) p.fn.set(n.id, fn);
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      p.t += deltas[i] ?? 0;
      const next = deltas[i + 1] ?? 0;
      if (p.ours.get(samples[i]!)) out.push({ name: 'sample', ph: 'X', ts: p.t, dur: Math.min(next, 2_000), pid: p.pid, tid: p.tid, fn: p.fn.get(samples[i]!) });
    }
  }
  return out;
}

/**
 * Dossier's time: calls into the content script from the browser (timers, observers, listeners:
 * FunctionCall events, whole, with the layout or garbage collection they cause), and the profiler's
 * samples of its code outside those (promise continuations, which have no FunctionCall).
 */
function ourSlices(events: TraceEvent[]): TraceEvent[] {
  const samples = ourSamples(events);
  const calls = events
    .filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && OURS.test(e.args?.data?.url ?? ''))
    .map((e) => ({ ...e, fn: `${e.args?.data?.functionName || '(anonymous)'}:${e.args?.data?.lineNumber ?? 0}` }));
  const within = (c: TraceEvent, s: TraceEvent) => c.pid === s.pid && c.tid === s.tid && c.ts <= s.ts && s.ts <= c.ts + (c.dur ?? 0);
  // A call is named after the function its samples were in most (the call itself is a minified wrapper).
  for (const call of calls) {
    const inside = new Map<string, number>();
    for (const s of samples) if (s.fn && within(call, s)) inside.set(s.fn, (inside.get(s.fn) ?? 0) + (s.dur ?? 0));
    const top = [...inside].sort((a, b) => b[1] - a[1])[0];
    if (top) call.fn = `${call.fn} → ${top[0]}`;
  }
  return [...calls, ...samples.filter((s) => !calls.some((c) => within(c, s)))];
}

function dossierTasks(events: TraceEvent[]): DossierTasks {
  const ours = ourSlices(events);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined);
  const byTask = new Map<TraceEvent, number>();
  const cpuByTask = new Map<TraceEvent, number>();
  const fns = new Map<TraceEvent, Map<string, number>>();
  for (const call of ours) {
    const task = tasks.find((t) => t.pid === call.pid && t.tid === call.tid && t.ts <= call.ts && call.ts + (call.dur ?? 0) <= t.ts + t.dur!);
    if (!task) continue;
    byTask.set(task, (byTask.get(task) ?? 0) + (call.dur ?? 0));
    cpuByTask.set(task, (cpuByTask.get(task) ?? 0) + (call.tdur ?? call.dur ?? 0));
    const f = fns.get(task) ?? new Map<string, number>();
    f.set(call.fn ?? '?', (f.get(call.fn ?? '?') ?? 0) + (call.dur ?? 0));
    fns.set(task, f);
  }
  let longestTask = 0;
  let longestOwn = 0;
  let longestOwnCpu = 0;
  let totalOwn = 0;
  let worst: TraceEvent | null = null;
  for (const [task, own] of byTask) {
    if (task.dur! / 1000 > longestTask) worst = task;
    longestTask = Math.max(longestTask, task.dur! / 1000);
    longestOwn = Math.max(longestOwn, own / 1000);
    longestOwnCpu = Math.max(longestOwnCpu, cpuByTask.get(task)! / 1000);
    totalOwn += own / 1000;
  }
  return { tasks: byTask.size, longestTask, longestOwn, longestOwnCpu, totalOwn, longestTaskParts: worst ? partsOf(worst, events, fns.get(worst)!) : '' };
}

function partsOf(task: TraceEvent, events: TraceEvent[], own: Map<string, number>): string {
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e === task || e.ph !== 'X' || e.pid !== task.pid || e.tid !== task.tid || e.dur === undefined) continue;
    if (e.ts < task.ts || e.ts + e.dur > task.ts + task.dur!) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, dur]) => `${name} ${(dur / 1000).toFixed(1)}`).join(', ');
  return `Dossier's functions (innermost): ${top(own, 4)}; trace events: ${top(sums, 8)}`;
}
