/**
 * Page-side measurements for the stress tests (test/e2e/stress.test.ts), installed with
 * `context.addInitScript` so they run in the page's main world before any page or extension code:
 *
 * - heartbeat: a setTimeout(0) chain and a requestAnimationFrame loop; the worst gap between two
 *   beats is the longest the page could not run a task (or paint) in the window measured;
 * - busy time: how long, in all, the heartbeat waited beyond its own beat (page code, Dossier's
 *   content script, the browser's own work); Firefox has neither `longtask` entries nor a trace
 *   to attribute tasks by, so there this is what shows whether the work in a window grows;
 * - long tasks (`longtask`, Chromium only), whatever ran in them: the page cannot tell an
 *   extension's script from its own (long animation frames leave extension scripts out), so
 *   stress-trace.ts attributes tasks to Dossier from a trace;
 * - Dossier's DOM writes, as the page sees them: marks added and removed.
 *
 * `window.__stress.reset()` starts a window; `take()` returns what it saw since.
 */
import type { Page, Worker } from 'playwright-core';

export interface StressWindow {
  ms: number;
  /** Worst gap between two setTimeout(0) beats, ms. */
  timeoutGap: number;
  /** Time the heartbeat waited beyond a nested setTimeout(0)'s clamp of 4 ms, summed over the window, ms. */
  busy: number;
  /** Worst gap between two animation frames, ms. */
  frameGap: number;
  /** Every long task (≥ 50 ms) in the window, ms. */
  longTasks: number[];
  /** Marks Dossier inserted / took out. */
  marksAdded: number;
  marksRemoved: number;
}

/** The probe, as a function to hand to addInitScript (it runs in the page, so self-contained). */
export function installProbe(): void {
  const w = window as unknown as { __stress?: unknown };
  if (w.__stress) return;
  const isMark = (n: Node) => n.nodeType === 1 && (n as Element).tagName === 'MARK' && (n as Element).classList.contains('dossier-mark');
  let from = performance.now();
  let timeoutGap = 0;
  let busy = 0;
  let frameGap = 0;
  let longTasks: number[] = [];
  let marksAdded = 0;
  let marksRemoved = 0;

  let lastBeat = performance.now();
  const beat = () => {
    const now = performance.now();
    timeoutGap = Math.max(timeoutGap, now - lastBeat);
    busy += Math.max(0, now - lastBeat - 4);
    lastBeat = now;
    setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  let lastFrame = 0;
  const frame = () => {
    const now = performance.now();
    if (lastFrame) frameGap = Math.max(frameGap, now - lastFrame);
    lastFrame = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  // Firefox has no `longtask` entries (and would warn of the unknown type on the console).
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime >= from) longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  }
  new MutationObserver((records) => {
    for (const r of records) {
      r.addedNodes.forEach((n) => isMark(n) && marksAdded++);
      r.removedNodes.forEach((n) => isMark(n) && marksRemoved++);
    }
  }).observe(document, { childList: true, subtree: true });

  w.__stress = {
    reset() {
      from = performance.now();
      timeoutGap = busy = frameGap = marksAdded = marksRemoved = 0;
      longTasks = [];
      lastBeat = performance.now();
      lastFrame = 0;
    },
    take() {
      return {
        ms: performance.now() - from,
        timeoutGap,
        busy,
        frameGap,
        longTasks: longTasks.slice(),
        marksAdded,
        marksRemoved,
      };
    },
  };
}

type Probe = { reset(): void; take(): StressWindow };

export const resetProbe = (page: Page): Promise<void> => page.evaluate(() => (window as unknown as { __stress: Probe }).__stress.reset());

/** Resets the probe, waits `ms` (polling nothing: the window is the measurement) and reads it. */
export async function measureWindow(page: Page, ms: number): Promise<StressWindow> {
  await resetProbe(page);
  return page.evaluate(
    (ms) => new Promise<StressWindow>((resolve) => setTimeout(() => resolve((window as unknown as { __stress: Probe }).__stress.take()), ms)),
    ms,
  );
}

/** One line for the test log. */
export function describeWindow(label: string, w: StressWindow): string {
  const worstTask = w.longTasks.length ? Math.max(...w.longTasks) : 0;
  return (
    `${label}: ${Math.round(w.ms)} ms window, heartbeat worst gap ${w.timeoutGap.toFixed(1)} ms (frames ${w.frameGap.toFixed(1)} ms, busy ${Math.round(w.busy)} ms), ` +
    `long tasks ${w.longTasks.length} (longest ${worstTask} ms), marks +${w.marksAdded} / -${w.marksRemoved}`
  );
}

export type LexiconGets = { requests: number; words: number; last: number };

/**
 * Counts the lexicon.get requests the extension's service worker receives, the words they carry
 * in all and in the last one, with a listener of our own beside its (it answers nothing).
 */
export async function countLexiconRequests(worker: Worker): Promise<() => Promise<LexiconGets>> {
  await worker.evaluate(() => {
    type Listener = (m: unknown) => void;
    const g = globalThis as unknown as { __lexiconGets?: LexiconGets; chrome: { runtime: { onMessage: { addListener(f: Listener): void } } } };
    if (g.__lexiconGets) return;
    const gets = (g.__lexiconGets = { requests: 0, words: 0, last: 0 });
    g.chrome.runtime.onMessage.addListener((m) => {
      const message = m as { type?: string; words?: number[] } | null;
      if (message?.type !== 'lexicon.get') return;
      gets.requests++;
      gets.words += message.words?.length ?? 0;
      gets.last = message.words?.length ?? 0;
    });
  });
  return () => worker.evaluate(() => ({ ...(globalThis as unknown as { __lexiconGets: LexiconGets }).__lexiconGets }));
}
