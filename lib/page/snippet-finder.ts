/**
 * Finds the page's saved snippets and keeps them highlighted while the page changes.
 *
 *   start() ─► load() (the background: this page's snippets, and one to reveal) ─► check()
 *   MutationObserver ─► drop stale split pieces now; mark dirty; one timer (delayMs) ─► check()
 *   check(): placed snippets whose marks the page broke go back to pending; if anything is
 *            pending and the page changed since the last reading, read the page text once,
 *            anchor every pending snippet (anchor.ts) and wrap what was found (snippet-marks.ts).
 *
 * Readings are budgeted (maxReads per page load, at most one per delayMs), so a page that never
 * stops changing costs a bounded amount. Where each snippet was found is reported once: as soon
 * as all are placed, or after graceMs with the ones still not found as "missing".
 */
import { anchorQuote, type Anchor } from '../snippets/anchor';
import type { PageSnippet, PlacementStatus } from '../snippets/draft';
import { readPageText, type PageText } from '../snippets/page-text';
import { isOurMark } from './elements';
import { flash } from './reveal';
import { discardSnippetSplits, hasSnippetSplits, unwrapSnippetMarks, wrapSnippet } from './snippet-marks';

export interface Placement {
  id: string;
  status: PlacementStatus;
}

export interface SnippetFinderOptions {
  doc: Document;
  load(): Promise<{ snippets: PageSnippet[]; reveal?: string }>;
  /** Called once per page load with every snippet's placement. */
  report(placements: Placement[]): void;
  /** How long late content may take before unplaced snippets count as missing (default 4 s). */
  graceMs?: number;
  /** Wait after a page change before looking again (default 250 ms). */
  delayMs?: number;
  /** Most full readings of the page text per page load (default 40). */
  maxReads?: number;
  onError?(error: unknown): void;
}

interface Placed {
  marks: HTMLElement[];
  text: string;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true, characterDataOldValue: true };

export class SnippetFinder {
  private readonly doc: Document;
  private readonly win: Window & typeof globalThis;
  private readonly observer: MutationObserver;
  private readonly snippets = new Map<string, PageSnippet>();
  private readonly placed = new Map<string, Placed>();
  private readonly status = new Map<string, PlacementStatus>();
  private reveal: string | undefined;
  private running = false;
  private dirty = true;
  private reads = 0;
  private reported = false;
  private timer = 0;
  private graceTimer = 0;
  private generation = 0;
  private observing = false;

  constructor(private readonly options: SnippetFinderOptions) {
    this.doc = options.doc;
    this.win = this.doc.defaultView as Window & typeof globalThis;
    this.observer = new this.win.MutationObserver((records) => this.handle(records));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const generation = ++this.generation;
    this.options.load().then(
      ({ snippets, reveal }) => {
        if (generation !== this.generation || !snippets.length) return;
        this.observe();
        for (const s of snippets) this.snippets.set(s.id, s);
        this.reveal = reveal;
        this.dirty = true;
        this.check();
        if (!this.reported) this.graceTimer = this.win.setTimeout(() => this.report(), this.options.graceMs ?? 4000);
      },
      (error: unknown) => this.options.onError?.(error),
    );
  }

  /** Pages without snippets are not watched at all. */
  private observe(): void {
    if (!this.observing) this.observer.observe(this.doc.documentElement, OBSERVE);
    this.observing = true;
  }

  /** Stops watching and removes every snippet mark. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.generation++;
    this.win.clearTimeout(this.timer);
    this.win.clearTimeout(this.graceTimer);
    this.timer = this.graceTimer = 0;
    this.observer.disconnect();
    this.observing = false;
    unwrapSnippetMarks([...this.placed.values()].flatMap((p) => p.marks));
    this.placed.clear();
    this.snippets.clear();
    this.status.clear();
    this.reads = 0;
    this.reported = false;
  }

  /** A snippet saved just now: highlight it at once (at `at`, where it was selected). */
  add(snippet: PageSnippet, reveal = false): HTMLElement[] {
    this.snippets.set(snippet.id, snippet);
    if (!this.running) return [];
    this.observe();
    const pt = readPageText(this.doc);
    const anchor = anchorQuote(pt.text, snippet);
    if (!anchor) return [];
    this.write(() => this.place(snippet.id, anchor, reader(this.doc, pt)));
    const marks = this.placed.get(snippet.id)?.marks ?? [];
    if (reveal) this.show(marks);
    return marks;
  }

  /** The marks of a snippet on the page, or [] when it is not shown. */
  marksOf(id: string): HTMLElement[] {
    return this.placed.get(id)?.marks ?? [];
  }

  private handle(records: MutationRecord[]): void {
    const annotated = annotatorWrites(records);
    for (const record of records) {
      if (record.type === 'characterData') {
        if (hasSnippetSplits(record.target) && isRewrite(record, annotated)) this.write(() => discardSnippetSplits(record.target as Text));
      } else {
        record.removedNodes.forEach((node) => {
          if (hasSnippetSplits(node)) this.write(() => discardSnippetSplits(node as Text));
        });
      }
    }
    this.dirty = true;
    this.schedule(this.options.delayMs ?? 250);
  }

  private schedule(delay: number): void {
    if (this.timer || !this.running) return;
    this.timer = this.win.setTimeout(() => {
      this.timer = 0;
      try {
        this.check();
      } catch (error) {
        this.options.onError?.(error);
      }
    }, delay);
  }

  /** Runs `fn` with the observer paused, keeping the page's own pending mutations. */
  private write(fn: () => void): void {
    const pending = this.observer.takeRecords();
    this.observer.disconnect();
    try {
      fn();
    } finally {
      if (this.running && this.observing) this.observer.observe(this.doc.documentElement, OBSERVE);
    }
    if (pending.length) this.handle(pending);
  }

  private check(): void {
    if (!this.running) return;
    // Marks the page took away or changed: that snippet is looked for again.
    for (const [id, placed] of this.placed) {
      const intact = placed.marks.every((m) => m.isConnected) && placed.marks.map((m) => m.textContent).join('') === placed.text;
      if (intact) continue;
      this.write(() => unwrapSnippetMarks(placed.marks.filter((m) => m.isConnected)));
      this.placed.delete(id);
    }
    const pending = [...this.snippets.values()].filter((s) => !this.placed.has(s.id));
    if (!pending.length || !this.dirty || this.reads >= (this.options.maxReads ?? 40)) return;
    this.dirty = false;
    this.reads++;
    const pt = readPageText(this.doc);
    const read = reader(this.doc, pt);
    const found: [PageSnippet, Anchor][] = [];
    for (const snippet of pending) {
      const anchor = anchorQuote(pt.text, snippet);
      if (anchor) found.push([snippet, anchor]);
    }
    if (found.length)
      this.write(() => {
        for (const [snippet, anchor] of found) this.place(snippet.id, anchor, read);
      });
    if (this.reveal && this.placed.has(this.reveal)) {
      this.show(this.placed.get(this.reveal)!.marks);
      this.reveal = undefined;
    }
    if (this.status.size === this.snippets.size) this.report();
  }

  private place(id: string, anchor: Anchor, read: () => PageText): void {
    const marks = wrapSnippet(read, anchor.start, anchor.end, id);
    if (!marks.length) return;
    this.placed.set(id, { marks, text: marks.map((m) => m.textContent).join('') });
    if (!this.status.has(id) || anchor.status === 'exact') this.status.set(id, anchor.status);
  }

  private report(): void {
    if (this.reported || !this.running || !this.snippets.size) return;
    this.reported = true;
    this.win.clearTimeout(this.graceTimer);
    this.options.report([...this.snippets.keys()].map((id) => ({ id, status: this.status.get(id) ?? 'missing' })));
  }

  private show(marks: HTMLElement[]): void {
    if (!marks.length) return;
    const reducedMotion = this.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    marks[0]!.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center', inline: 'nearest' });
    flash(marks, reducedMotion);
  }
}

/** Gives `first` once, then reads the page text afresh: wrapping splits the nodes it points at. */
function reader(doc: Document, first: PageText): () => PageText {
  let next: PageText | null = first;
  return () => {
    const pt = next ?? readPageText(doc);
    next = null;
    return pt;
  };
}

/** Parents where these records add or remove entity marks: where the annotator wrote. */
function annotatorWrites(records: readonly MutationRecord[]): Set<Node> {
  const parents = new Set<Node>();
  const isEntityMark = (n: Node) => isOurMark(n);
  for (const r of records) if (r.type === 'childList' && ([...r.addedNodes].some(isEntityMark) || [...r.removedNodes].some(isEntityMark))) parents.add(r.target);
  return parents;
}

/**
 * True when the page replaced a text node's data. A node that only lost its end where the
 * annotator added entity marks was split by it; one that only grew at its end where it removed
 * them had its pieces put back. Then the text after it is still where it belongs.
 */
function isRewrite(record: MutationRecord, annotated: Set<Node>): boolean {
  const before = record.oldValue ?? '';
  const now = (record.target as Text).data;
  const parent = record.target.parentNode;
  return !(parent && annotated.has(parent) && (before.startsWith(now) || now.startsWith(before)));
}
