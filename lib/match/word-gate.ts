/**
 * Holds matching back while the page shows words its cut lexicon was not cut for (subset.ts).
 * From the first run with a missing word on, runs are read for their words only; once nothing is
 * left to read, the missing words go out in one request, and every root read meanwhile is read
 * again with the larger matcher. One request per batch of new content, never one per word, and
 * matching keeps to document order within a root.
 */
import type { WordCoverage } from './page-words';

export type Hold = false | 'held' | 'started';

export class WordGate<Root> {
  /** Words found missing, not asked for yet. */
  private readonly wanted = new Set<number>();
  /** Roots read for words only, to read again once the matcher covers them. */
  private deferred: Root[] = [];
  private asking = false;
  /** Bumped by reset(), so an answer to an earlier request is ignored. */
  private epoch = 0;

  constructor(
    private readonly coverage: WordCoverage,
    /** Gets a matcher that covers `words` as well (handed over before it resolves). */
    private readonly extend?: (words: Set<number>) => Promise<void>,
    private readonly onError?: (error: unknown) => void,
  ) {}

  /** True while runs are only read for their words. */
  get collecting(): boolean {
    return this.wanted.size > 0;
  }

  /** True while a request is under way: nothing is read until it is answered. */
  get waiting(): boolean {
    return this.asking;
  }

  /** Words are waiting to be asked for. */
  get due(): boolean {
    return this.wanted.size > 0 && !this.asking;
  }

  /** A root read while collecting is read again afterwards. */
  defer(root: Root): void {
    if (!this.deferred.includes(root)) this.deferred.push(root);
  }

  isDeferred(root: Root): boolean {
    return this.deferred.includes(root);
  }

  /**
   * Whether a run of `root` must not be matched now: 'started' when its words are the first found
   * missing (what was found in `root` so far is read again later), 'held' while collecting.
   */
  hold(text: string, root: Root): Hold {
    const before = this.wanted.size;
    this.coverage.missing(text, this.wanted);
    if (!this.wanted.size) return false;
    if (before > 0) return 'held';
    this.defer(root);
    return 'started';
  }

  /** Asks for the missing words; `resume` gets the roots to read again once they are covered. */
  ask(resume: (roots: Root[]) => void): void {
    const words = new Set(this.wanted);
    this.wanted.clear();
    const epoch = this.epoch;
    const done = () => {
      if (epoch !== this.epoch) return;
      this.asking = false;
      const roots = this.deferred;
      this.deferred = [];
      resume(roots);
    };
    // Words that cannot be had are given up on; asking again would never end.
    const giveUp = (error?: unknown) => {
      if (error !== undefined) this.onError?.(error);
      this.coverage.add(words);
      done();
    };
    if (!this.extend) return giveUp();
    this.asking = true;
    this.extend(words).then(done, giveUp);
  }

  reset(): void {
    this.epoch++;
    this.asking = false;
    this.wanted.clear();
    this.deferred = [];
  }
}
