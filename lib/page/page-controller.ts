/**
 * Dossier on one page: runs the annotator as the settings say and answers the requests the popup
 * and the background send to the page. The content script only wires it to the browser.
 *
 *   settings (storage) ─► apply(): style sheet now; site off → stop (unwrap all);
 *                                  site on, or types / first-mention changed → new Annotator
 *   lexicon.changed ────► fetch the lexicon again, new Annotator
 *   each batch of highlights ─► reportCount() (toolbar badge), sent only when the count changes
 *   page.summary / page.reveal / page.next ─► page-summary.ts, reveal.ts, next-highlight.ts
 *
 * The lexicon is asked for with the page's words (page-words.ts) and comes cut to them; words
 * the page shows later are asked for as the annotator meets them (`extend`, one at a time).
 *
 * Work is done one step at a time (a promise chain), so settings changing while the lexicon
 * loads never leave two annotators running.
 */
import type { Lexicon } from '../match/lexicon';
import { Matcher } from '../match/matcher';
import { collectPageWordsSliced, MAX_PAGE_WORDS, WordCoverage } from '../match/page-words';
import { WordFilterReader } from '../match/word-filter';
import type { PageRequest, PageResponseMap } from '../messages/protocol';
import { highlightCss } from '../settings/highlight-css';
import { enabledTypes, type Settings } from '../settings/settings';
import { isSiteEnabled } from '../settings/sites';
import { Annotator } from './annotator';
import { HighlightSheet } from './highlight-sheet';
import { MENTION_SELECTOR, prepareMark } from './mark-attributes';
import { createMentionFilter } from './mention-filter';
import { nextHighlight } from './next-highlight';
import { mentionCount, pageSummary } from './page-summary';
import { revealEntity } from './reveal';

/** The page's popover, as far as moving between highlights and taking them away needs it. */
export interface PopoverControl {
  /** The highlight whose popover is open, if any. */
  current(): HTMLElement | null;
  /** Moves keyboard focus to a highlight without opening its popover (Enter opens it). */
  focusQuietly(mark: HTMLElement): void;
  close(): void;
}

export interface PageControllerOptions {
  doc: Document;
  /**
   * The lexicon cut to `words` (word hashes); `'whole'`: all of it; nothing: whole when small, else
   * an empty cut (with `ofTerms`) asking for the page's words (lib/match/subset.ts answerLexicon).
   */
  loadLexicon(words?: number[] | 'whole'): Promise<Lexicon>;
  /** The number of mentions highlighted, for the toolbar badge. */
  reportCount(count: number): void;
  popover: PopoverControl;
  /** Saves the page's selection as a snippet (snippet.capture from the context menu or command). */
  captureSnippet?(): Promise<boolean>;
  onError?(error: unknown): void;
}

type Answer<T extends PageRequest['type']> = Promise<PageResponseMap[T]>;

export class PageController {
  private readonly doc: Document;
  private readonly sheet: HighlightSheet;
  private settings: Settings | null = null;
  /** What the running annotator was built for: the filter settings and the lexicon. */
  private built = '';
  private matcher: Promise<Matcher | null> | null = null;
  /** The words the current matcher was cut for. */
  private coverage = new WordCoverage();
  /** Bumped when the lexicon is fetched anew: an extension asked for before then is dropped. */
  private lexiconEpoch = 0;
  /** Extensions of the lexicon, one after the other, so each asks for all words so far. */
  private extending: Promise<void> = Promise.resolve();
  private annotator: Annotator | null = null;
  private steps: Promise<unknown> = Promise.resolve();
  private reported = -1;
  private destroyed = false;

  constructor(private readonly options: PageControllerOptions) {
    this.doc = options.doc;
    this.sheet = new HighlightSheet(this.doc);
  }

  /** True when the settings allow Dossier on this page. */
  get enabled(): boolean {
    return !!this.settings && isSiteEnabled(this.settings, this.doc.location?.href ?? '');
  }

  /** Shows the page as `settings` say; resolves once highlighting has (re)started or stopped. */
  apply(settings: Settings): Promise<void> {
    return this.step(async () => {
      this.settings = settings;
      this.sheet.set(highlightCss(settings));
      await this.sync();
    });
  }

  /** The dataset changed: fetch the lexicon again and highlight from scratch. */
  reloadLexicon(): Promise<boolean> {
    return this.step(async () => {
      this.matcher = null;
      this.lexiconEpoch++;
      this.built = '';
      await this.sync();
      return this.annotator !== null;
    });
  }

  handle(request: PageRequest): Answer<PageRequest['type']> {
    switch (request.type) {
      case 'page.summary':
        return Promise.resolve(this.summary());
      case 'page.reveal':
        return Promise.resolve(this.reveal(request.entityId));
      case 'page.next':
        return Promise.resolve(this.next());
      case 'lexicon.changed':
        return this.reloadLexicon().then((reloaded) => ({ reloaded }));
      case 'snippet.capture':
        return this.enabled && this.options.captureSnippet ? this.options.captureSnippet().then((saved) => ({ saved })) : Promise.resolve({ saved: false });
    }
  }

  /**
   * Ids of the entities named in `text` (a snippet's quote), whatever the highlight settings show:
   * every type, every mention. Empty while the lexicon has not loaded.
   */
  async entitiesIn(text: string): Promise<string[]> {
    if (!(await (this.matcher ?? Promise.resolve(null)))) return [];
    // A quote is text of the page, so its words are normally covered; a selection can reach
    // into text whose words were not collected (a text area), and those are asked for first.
    const missing = new Set<number>();
    this.coverage.missing(text, missing);
    if (missing.size) await this.extend(missing);
    const matcher = await (this.matcher ?? Promise.resolve(null));
    if (!matcher) return [];
    const seen = new Set<number>();
    return [...new Set(matcher.find(text, seen).map((m) => m.entityId))];
  }

  summary(): PageResponseMap['page.summary'] {
    return { enabled: this.enabled, host: this.doc.location?.hostname ?? '', entities: this.annotator ? pageSummary(this.doc) : [] };
  }

  /** Scrolls to an entity's first mention, flashes it and gives it keyboard focus. */
  reveal(entityId: string): PageResponseMap['page.reveal'] {
    const mark = revealEntity(this.doc, entityId);
    if (mark) this.options.popover.focusQuietly(mark);
    return { found: mark !== null };
  }

  /** Focuses the next highlight, which opens its popover. */
  next(): PageResponseMap['page.next'] {
    const active = this.doc.activeElement;
    const onMark = active?.matches(MENTION_SELECTOR) ? active : null;
    const mark = nextHighlight(this.doc, this.options.popover.current() ?? onMark);
    if (!mark) return { found: false };
    const r = mark.getBoundingClientRect();
    const win = this.doc.defaultView!;
    if (r.bottom < 0 || r.top > win.innerHeight) mark.scrollIntoView({ block: 'center', inline: 'nearest' });
    mark.focus({ preventScroll: true });
    return { found: true };
  }

  destroy(): void {
    this.destroyed = true;
    this.stopAnnotator();
    this.sheet.remove();
  }

  private step<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.steps.then(fn);
    this.steps = run.catch((error: unknown) => this.options.onError?.(error));
    return run;
  }

  /** Starts, restarts or stops the annotator to match the settings and the lexicon. */
  private async sync(): Promise<void> {
    const settings = this.settings;
    if (this.destroyed || !settings || !this.enabled) return this.stopAnnotator();
    const matcher = await (this.matcher ??= this.fetchMatcher());
    if (this.destroyed) return;
    const types = enabledTypes(settings);
    const key = `${settings.mentions}|${types ? [...types].sort().join(',') : '*'}`;
    if (this.annotator && this.built === key) return;
    this.stopAnnotator();
    if (!matcher) return;
    const annotator: Annotator = new Annotator({
      matcher,
      coverage: this.coverage,
      extend: (words) => this.extend(words),
      doc: this.doc,
      onMark: prepareMark,
      filter: createMentionFilter({ types, firstOnly: settings.mentions === 'first', requeue: (node) => annotator.refresh(node) }),
      onUpdate: () => this.reportCount(),
      onError: this.options.onError,
    });
    this.annotator = annotator;
    this.built = key;
    annotator.start();
  }

  private async fetchMatcher(): Promise<Matcher | null> {
    try {
      // A small lexicon comes whole at once; a large one comes as an empty cut with a filter of
      // its words, and then the page's words that pass it are worth collecting and sending.
      let lexicon = await this.options.loadLexicon();
      let words: number[] | null = null;
      let sieve: WordFilterReader | undefined;
      if (lexicon.ofTerms !== undefined) {
        sieve = lexicon.wordFilter ? new WordFilterReader(lexicon.wordFilter) : undefined;
        const view = this.doc.defaultView;
        const pause = () => new Promise<void>((resolve) => (view ?? globalThis).setTimeout(resolve, 0));
        const all = await collectPageWordsSliced(this.doc.body ?? this.doc.documentElement, pause);
        words = sieve ? [...all].filter((w) => sieve!.mayHave(w)) : [...all];
        if (words.length > MAX_PAGE_WORDS) words = null;
        lexicon = await this.options.loadLexicon(words ?? 'whole');
      }
      // Answered whole (small, or too many words to send): every word is covered.
      this.coverage = words && lexicon.ofTerms !== undefined ? new WordCoverage(words, sieve) : new WordCoverage();
      // An empty cut still needs an annotator: text that arrives later may name someone.
      return (lexicon.ofTerms ?? lexicon.terms) > 0 ? new Matcher(lexicon) : null;
    } catch (error) {
      this.matcher = null; // try again on the next change
      this.options.onError?.(error);
      return null;
    }
  }

  /** Gets a matcher that covers `words` too and hands it to the annotator; never rejects. */
  private extend(words: Iterable<number>): Promise<void> {
    const run = this.extending.then(() => this.fetchMore([...words]));
    this.extending = run;
    return run;
  }

  private async fetchMore(words: number[]): Promise<void> {
    const coverage = this.coverage;
    const epoch = this.lexiconEpoch;
    const missing = words.filter((w) => !coverage.has(w));
    if (!missing.length) return;
    // The background keeps no state per tab: it is asked for every word so far.
    const all = [...coverage.words, ...missing];
    const whole = all.length > MAX_PAGE_WORDS;
    try {
      const lexicon = await this.options.loadLexicon(whole ? 'whole' : all);
      if (epoch !== this.lexiconEpoch || coverage !== this.coverage) return;
      const matcher = new Matcher(lexicon);
      if (whole || lexicon.ofTerms === undefined) coverage.coverAll();
      else coverage.add(missing);
      this.matcher = Promise.resolve(matcher);
      this.annotator?.setMatcher(matcher);
    } catch (error) {
      this.options.onError?.(error);
      // Given up on, or the page would ask for them again with every change.
      coverage.add(missing);
    }
  }

  private stopAnnotator(): void {
    if (!this.annotator) return;
    this.options.popover.close();
    this.annotator.stop();
    this.annotator = null;
    this.built = '';
    this.reportCount();
  }

  private reportCount(): void {
    if (this.destroyed) return;
    const count = this.annotator ? mentionCount(this.doc) : 0;
    if (count === this.reported) return;
    this.reported = count;
    this.options.reportCount(count);
  }
}
