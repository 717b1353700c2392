/**
 * The page pipeline: finds known entities in a page and keeps its highlights current.
 *
 *   MutationObserver ─► handle(): drop stale split pieces now; queue the changed subtrees (cheap)
 *                                                   │
 *   start() ─► RootQueue ◄──────────────────────────┘   one timer; first run ≤ delayMs after a change
 *                 │
 *   work(), in slices of sliceMs that yield to the page:
 *     1. read + match, in document order (context-gated aliases need it):
 *          RunReader(root).next() ─► Matcher.find() ─► found[]
 *     2. wrap, what is on screen first:  byViewport(found) ─► still as read? ─► wrapMentions()
 *   Writes happen with the observer paused, so the annotator never reacts to its own changes.
 *
 * With a cut lexicon (`coverage`), a run with words the lexicon was not cut for stops matching:
 * the rest of the queue is read for words only, the missing ones are asked for in one `extend`,
 * and what was read that way is read again with the larger matcher (word-gate.ts, `setMatcher`).
 */
import type { Matcher, Mention, SeenEntities } from '../match/matcher';
import type { WordCoverage } from '../match/page-words';
import { WordGate } from '../match/word-gate';
import { blockOf, isInSkipped, isInline, isOurMark, MARK_CLASS } from './elements';
import { discardSplits, hasSplits, unwrapMarks, wrapMentions, type OnMark } from './highlight';
import type { MentionFilter } from './mention-filter';
import { RootQueue } from './root-queue';
import { RunReader, type TextRun } from './runs';
import { byViewport } from './visible-first';

export interface SliceStats {
  matchMs: number;
  wrapMs: number;
  totalMs: number;
}

export interface AnnotatorOptions {
  matcher: Matcher;
  doc?: Document;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
  /** Wait after a page change before starting, so bursts of changes are handled together. */
  delayMs?: number;
  onMark?: OnMark;
  /** Which of the mentions found are highlighted (entity types, first mentions only); all when unset. */
  filter?: MentionFilter;
  /** Called after a batch of work that changed highlights. */
  onUpdate?: () => void;
  /** Called after every slice of work, with where its time went. */
  onSlice?: (stats: SliceStats) => void;
  onError?: (error: unknown) => void;
  /** The words the matcher was cut for; unset when it holds every term. Needs `extend`. */
  coverage?: WordCoverage;
  /**
   * Asks for a matcher that covers `words` as well; it comes through `setMatcher` (and into
   * `coverage`) before the promise resolves. Never rejects: words it fails to get are given up on.
   */
  extend?: (words: Set<number>) => Promise<void>;
}

interface Found {
  run: TextRun;
  mentions: Mention[];
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Fewer found runs than this are wrapped in document order: not worth a layout. */
const SORT_FROM = 24;

export class Annotator {
  private matcher: Matcher;
  private readonly doc: Document;
  private readonly win: Window & typeof globalThis;
  private readonly sliceMs: number;
  private readonly delayMs: number;
  private readonly observer: MutationObserver;
  private readonly roots = new RootQueue();
  /** Where each entity was named in full (an ungated mention), as the first text node of its run. */
  private readonly named = new Map<string, Text[]>();
  /** With a cut lexicon: holds matching back while words are missing from it. */
  private readonly gate: WordGate<Element> | null;
  private reader: RunReader | null = null;
  private found: Found[] = [];
  private sorted = false;
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
    this.gate = options.coverage ? new WordGate(options.coverage, options.extend, options.onError) : null;
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
    this.gate?.reset();
    this.win.clearTimeout(this.timer);
    this.timer = 0;
    this.observer.disconnect();
    this.roots.clear();
    this.reader = null;
    this.found = [];
    unwrapMarks(this.doc);
  }

  /** Reads the block holding `node` again soon, as if the page had changed it. */
  refresh(node: Node): void {
    const block = blockOf(node);
    if (!this.running || !block || !block.isConnected) return;
    this.queue(block);
    this.schedule(this.delayMs);
  }

  /** Matches with `matcher` from now on; it must know every term the current one knows. */
  setMatcher(matcher: Matcher): void {
    this.matcher = matcher;
  }

  /** True while work is queued or under way, or waiting for a larger lexicon. */
  get busy(): boolean {
    return this.timer !== 0 || this.hasWork || this.roots.size > 0 || !!this.gate?.waiting;
  }

  /** Work a slice could do now (not: queued roots while the lexicon is being extended). */
  private get hasWork(): boolean {
    return this.found.length > 0 || (!this.gate?.waiting && (this.reader !== null || this.roots.size > 0 || !!this.gate?.due));
  }

  private handle(records: MutationRecord[]): void {
    const root = this.doc.documentElement;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        // The page rewrote a text node we had split: the pieces after it are stale right now.
        if (hasSplits(target)) this.write(() => discardSplits(target as Text));
        const block = blockOf(target);
        if (block && !isInSkipped(block, root)) this.queue(block);
        continue;
      }
      record.removedNodes.forEach((node) => {
        if (hasSplits(node)) this.write(() => discardSplits(node as Text));
      });
      if (isInSkipped(target, root)) continue;
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
    // What is queued is read again from the top: found runs and a scan under way inside it go.
    if (this.reader && root.contains(this.reader.root)) this.reader = null;
    if (this.found.length) this.found = this.found.filter((f) => !root.contains(f.run.nodes[0]!));
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
    const now = () => this.win.performance.now();
    const begin = now();
    const deadline = begin + this.sliceMs;
    let matchMs = 0;
    let wrapMs = 0;
    while (this.running && now() < deadline) {
      const t = now();
      if (!this.gate?.waiting && this.readOne()) {
        matchMs += now() - t;
        continue;
      }
      // Nothing left to read: ask for the words found missing, all at once.
      if (this.gate?.due) this.gate.ask((roots) => this.readAgain(roots));
      // Wrap until the slice is spent, all under one observer pause.
      if (this.found.length) this.write(() => this.wrapUntil(deadline, now));
      wrapMs += now() - t;
      break;
    }
    this.options.onSlice?.({ matchMs, wrapMs, totalMs: now() - begin });
    if (this.hasWork) this.schedule(0);
    else if (this.changed) {
      this.changed = false;
      this.options.onUpdate?.();
    }
  }

  /** Reads and matches one run; false when there is nothing left to read. */
  private readOne(): boolean {
    if (this.reader?.lost) {
      // The page moved the node we stopped at: scan that root again from the top.
      const root = this.reader.root as Element;
      this.reader = null;
      if (root.isConnected) this.queue(root);
    }
    if (!this.reader) {
      const root = this.roots.take((r) => !isInSkipped(r, this.doc.documentElement));
      if (!root) return false;
      this.reader = new RunReader(root, this.doc);
      if (this.gate?.collecting) this.gate.defer(root);
      else {
        this.options.filter?.rescan?.(root);
        if (root.querySelector(`mark.${MARK_CLASS}`)) this.write(() => unwrapMarks(root));
      }
    }
    const reader = this.reader;
    const run = reader.next();
    if (!run) {
      if (!this.gate?.isDeferred(reader.root as Element)) this.options.filter?.scanned?.(reader.root);
      this.reader = null;
      return true;
    }
    const held = this.gate?.hold(run.text, reader.root as Element);
    if (held) {
      // Read again from the top once the words come: what was found in this root so far goes.
      if (held === 'started') this.found = this.found.filter((f) => !reader.root.contains(f.run.nodes[0]!));
      return true;
    }
    try {
      let mentions = this.matcher.find(run.text, this.seenBefore(run.nodes[0]!));
      if (mentions.length && this.options.filter) mentions = this.options.filter.keep(mentions, run.nodes[0]!);
      // The filter may have queued this run's block again (`refresh`): then it is read anew.
      if (mentions.length && this.reader === reader) {
        this.found.push({ run, mentions });
        this.sorted = false;
      }
    } catch (error) {
      this.options.onError?.(error);
    }
    return true;
  }

  /** The matcher now covers the words these roots were held back for. */
  private readAgain(roots: Element[]): void {
    for (const root of roots) if (root.isConnected) this.queue(root);
    this.schedule(0);
  }

  /**
   * Entities named in full earlier in the document than `at`, or earlier in its own run: what a
   * context-gated alias there may refer to. By document position, not by the order work was done
   * in, so the page editing an earlier paragraph later gives the highlights a fresh load would.
   */
  private seenBefore(at: Text): SeenEntities {
    // By id: a larger cut lexicon numbers the entities anew.
    const matcher = this.matcher;
    const inRun = new Set<number>();
    return {
      has: (entity) => {
        if (inRun.has(entity)) return true;
        const id = matcher.entityId(entity);
        const places = this.named.get(id);
        if (!places) return false;
        const live = places.filter((node) => node.isConnected);
        if (live.length !== places.length) this.named.set(id, live);
        return live.some((node) => node !== at && (node.compareDocumentPosition(at) & 4) !== 0);
      },
      add: (entity) => {
        inRun.add(entity);
        const id = matcher.entityId(entity);
        const places = this.named.get(id);
        if (!places) this.named.set(id, [at]);
        else if (!places.includes(at)) places.push(at);
      },
    };
  }

  /** Wraps found runs, what is on screen first, until `deadline`. Runs inside write(). */
  private wrapUntil(deadline: number, now: () => number): void {
    if (!this.sorted) {
      if (this.found.length >= SORT_FROM) this.found = byViewport(this.found, this.win).reverse();
      else this.found.reverse();
      this.sorted = true;
    }
    while (this.found.length && now() < deadline) {
      const { run, mentions } = this.found.pop()!;
      // The page may have changed the run since it was read; the observer has queued it again.
      if (!run.nodes.every((n) => n.isConnected) || run.nodes.map((n) => n.data).join('') !== run.text) continue;
      try {
        wrapMentions(run, mentions, this.options.onMark);
        this.changed = true;
      } catch (error) {
        // One odd run (a node the page swapped mid-wrap) must not stop the rest of the page.
        this.options.onError?.(error);
      }
    }
  }
}

/** Text and inline elements run on into their neighbours' text. */
function flowsInline(node: Node): boolean {
  return node.nodeType === 3 || (node.nodeType === 1 && isInline(node as Element) && !isOurMark(node));
}
