/**
 * The page pipeline: finds known entities in a page and keeps its highlights current.
 *
 *   MutationObserver ──► handle(): discard stale splits now, queue affected roots (cheap)
 *                                      │
 *   start() ─► queue(body) ──► roots ──┤  one timer, first flush ≤ delayMs after a change
 *                                      ▼
 *   work() in slices of sliceMs ──► RunReader(root).next() ──► Matcher.find() ──► wrapMentions()
 *        yields to the page between slices; writes happen with the observer paused, so the
 *        annotator never reacts to its own changes.
 */
import type { Matcher, SeenEntities } from '../match/matcher';
import { blockOf, isInSkipped, isInline, isOurMark, MARK_CLASS } from './elements';
import { discardSplits, hasSplits, unwrapMarks, wrapMentions, type OnMark } from './highlight';
import { RunReader } from './runs';

export interface AnnotatorOptions {
  matcher: Matcher;
  doc?: Document;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
  /** Wait after a page change before starting, so bursts of changes are handled together. */
  delayMs?: number;
  onMark?: OnMark;
  /** Called after a batch of work that changed highlights. */
  onUpdate?: () => void;
  onError?: (error: unknown) => void;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class Annotator {
  private readonly matcher: Matcher;
  private readonly doc: Document;
  private readonly win: Window & typeof globalThis;
  private readonly sliceMs: number;
  private readonly delayMs: number;
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Element>();
  private readonly seen: SeenEntities = new Set();
  private reader: RunReader | null = null;
  private timer = 0;
  private running = false;
  private changed = false;

  constructor(private readonly options: AnnotatorOptions) {
    this.matcher = options.matcher;
    this.doc = options.doc ?? document;
    this.win = this.doc.defaultView as Window & typeof globalThis;
    this.sliceMs = options.sliceMs ?? 8;
    this.delayMs = options.delayMs ?? 50;
    this.observer = new this.win.MutationObserver((records) => this.handle(records));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.observer.observe(this.doc.documentElement, OBSERVE);
    if (this.doc.body) this.queue(this.doc.body);
    this.schedule(0);
  }

  /** Stops observing and removes every highlight. */
  stop(): void {
    this.running = false;
    this.win.clearTimeout(this.timer);
    this.timer = 0;
    this.observer.disconnect();
    this.roots.clear();
    this.reader = null;
    unwrapMarks(this.doc);
  }

  /** True while work is queued or under way. */
  get busy(): boolean {
    return this.timer !== 0 || this.reader !== null || this.roots.size > 0;
  }

  private handle(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (isInSkipped(target, this.doc.documentElement) && !record.removedNodes.length) continue;
      if (record.type === 'characterData') {
        // The page rewrote a text node we had split: the pieces after it are stale right now.
        if (hasSplits(target)) this.write(() => discardSplits(target as Text));
        const block = blockOf(target);
        if (block) this.queue(block);
        continue;
      }
      record.removedNodes.forEach((node) => {
        if (hasSplits(node)) this.write(() => discardSplits(node as Text));
      });
      if (isInSkipped(target, this.doc.documentElement)) continue;
      let joinsNeighbours = record.addedNodes.length === 0 && [...record.removedNodes].some(flowsInline);
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1 && !isInline(node as Element) && !isOurMark(node)) this.queue(node as Element);
        else if (flowsInline(node)) joinsNeighbours = true;
      });
      if (joinsNeighbours) {
        const block = blockOf(target);
        if (block) this.queue(block);
      }
    }
    if (this.roots.size) this.schedule(this.delayMs);
  }

  private queue(root: Element): void {
    for (const queued of this.roots) {
      if (queued === root || queued.contains(root)) return;
      if (root.contains(queued)) this.roots.delete(queued);
    }
    // Scanning a root again from the top: the one under way would be scanned twice.
    if (this.reader && root.contains(this.reader.root)) this.reader = null;
    this.roots.add(root);
  }

  private schedule(delay: number): void {
    if (this.timer || !this.running) return;
    this.timer = this.win.setTimeout(() => {
      this.timer = 0;
      this.work();
    }, delay);
  }

  /** Runs `fn` with the observer paused, keeping the page's own pending mutations. */
  private write(fn: () => void): void {
    const pending = this.observer.takeRecords();
    this.observer.disconnect();
    try {
      fn();
    } finally {
      if (this.running) this.observer.observe(this.doc.documentElement, OBSERVE);
    }
    if (pending.length) this.handle(pending);
  }

  private work(): void {
    const deadline = this.win.performance.now() + this.sliceMs;
    while (this.running && this.win.performance.now() < deadline) {
      if (this.reader?.lost) {
        // The page moved the node we stopped at: scan that root again from the top.
        const root = this.reader.root as Element;
        this.reader = null;
        if (root.isConnected) this.queue(root);
      }
      if (!this.reader) {
        const root = this.nextRoot();
        if (!root) break;
        this.reader = new RunReader(root, this.doc);
        if (root.querySelector(`mark.${MARK_CLASS}`)) this.write(() => unwrapMarks(root));
      }
      const run = this.reader.next();
      if (!run) {
        this.reader = null;
        continue;
      }
      try {
        const mentions = this.matcher.find(run.text, this.seen);
        if (mentions.length) {
          this.write(() => wrapMentions(run, mentions, this.options.onMark));
          this.changed = true;
        }
      } catch (error) {
        // One odd run (a node the page swapped mid-wrap) must not stop the rest of the page.
        this.options.onError?.(error);
      }
    }
    if (this.reader || this.roots.size) this.schedule(0);
    else if (this.changed) {
      this.changed = false;
      this.options.onUpdate?.();
    }
  }

  private nextRoot(): Element | null {
    for (const root of this.roots) {
      this.roots.delete(root);
      if (root.isConnected && !isInSkipped(root, this.doc.documentElement)) return root;
    }
    return null;
  }
}

/** Text and inline elements run on into their neighbours' text. */
function flowsInline(node: Node): boolean {
  return node.nodeType === 3 || (node.nodeType === 1 && isInline(node as Element) && !isOurMark(node));
}
