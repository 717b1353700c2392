/**
 * The page's side of a cut lexicon (subset.ts): which words the page has, sent with lexicon.get,
 * and which words the tab's lexicon was cut for, so text that arrives later with other words
 * asks for them before it is matched.
 */
import { charClass, charWidth, OTHER, WORD } from './chars';
import { eachWord, WordHasher } from './words';

export { MAX_PAGE_WORDS } from './words';

/** Elements whose text is code or data, not prose: script blobs can hold more words than the page. */
const RAW_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE']);

/**
 * The words of the text under `root`, as hashes: at least every word the annotator reads. One
 * walk over the text nodes, with no element filter and no runs, because this runs on every page
 * before anything is highlighted (in Chromium, warm, 4–7× cheaper than the annotator's own walk
 * over the same article; body.textContent is as cheap but runs "<li>One</li><li>Two</li>" into
 * one word and takes in every script's text). So it takes more than the annotator reads: text
 * of form controls and editors, and a word that runs on from one text node into the next both
 * whole and as its two pieces (whether the annotator joins them depends on the block
 * structure). More words only add a few terms; a word missed is asked for when its run is read.
 */
export function collectPageWords(root: Node, out = new Set<number>()): Set<number> {
  for (const _ of walkWords(root, out));
  return out;
}

/**
 * collectPageWords in slices of about `sliceMs`, awaiting `pause` between them, so that a very
 * long page (100,000 words take tens of milliseconds) never makes one long task. Text changed
 * while it pauses may be read in part: a word missed is asked for when the annotator reads it.
 */
export async function collectPageWordsSliced(root: Node, pause: () => Promise<void>, sliceMs = 8, now = () => performance.now()): Promise<Set<number>> {
  const out = new Set<number>();
  let started = now();
  for (const _ of walkWords(root, out)) {
    if (now() - started < sliceMs) continue;
    await pause();
    started = now();
  }
  return out;
}

/** How many text nodes walkWords reads between two looks at the clock. */
const NODES_PER_STEP = 64;

/** The walk of collectPageWords, yielding every NODES_PER_STEP text nodes. */
function* walkWords(root: Node, out: Set<number>): Generator<void> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, (doc.defaultView?.NodeFilter ?? NodeFilter).SHOW_TEXT);
  const add = (hash: number) => out.add(hash);
  const joined = new WordHasher(add);
  let step = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++step === NODES_PER_STEP) {
      step = 0;
      yield;
    }
    const parent = node.parentNode;
    if (parent && RAW_TEXT.has(parent.nodeName)) continue;
    const text = (node as Text).data;
    if (!text) continue;
    if (joined.open) {
      // The piece before this node, on its own; and this node's first word on its own.
      out.add(joined.partial);
      const first = firstWordEnd(text);
      if (first > 0) eachWord(text.slice(0, first), add);
    }
    joined.feed(text);
  }
  joined.end();
}

/** Where the word `text` starts with ends (0 when it starts with anything but a letter or digit). */
function firstWordEnd(text: string): number {
  if (charClass(text, 0) !== WORD) return 0;
  let i = 0;
  while (i < text.length && charClass(text, i) !== OTHER) i += charWidth(text, i);
  return i;
}

/** Whether the full lexicon may have a word (word-filter.ts); false means certainly not. */
export interface WordSieve {
  mayHave(word: number): boolean;
}

/**
 * The words a tab's lexicon was cut for; or every word, once the whole lexicon is there. Words
 * the sieve rules out are covered too: the full lexicon has no term with them.
 */
export class WordCoverage {
  private readonly known: Set<number>;
  private all: boolean;

  /** `words` undefined: the lexicon is whole and covers every word. */
  constructor(
    words?: Iterable<number>,
    private readonly sieve?: WordSieve,
  ) {
    this.known = new Set(words ?? []);
    this.all = words === undefined;
  }

  get complete(): boolean {
    return this.all;
  }

  get words(): ReadonlySet<number> {
    return this.known;
  }

  has(word: number): boolean {
    return this.all || this.known.has(word) || (this.sieve !== undefined && !this.sieve.mayHave(word));
  }

  add(words: Iterable<number>): void {
    for (const w of words) this.known.add(w);
  }

  coverAll(): void {
    this.all = true;
  }

  /** Adds to `out` the words of `text` not covered. */
  missing(text: string, out: Set<number>): void {
    if (this.all) return;
    const known = this.known;
    const sieve = this.sieve;
    eachWord(text, (hash) => {
      if (!known.has(hash) && (!sieve || sieve.mayHave(hash))) out.add(hash);
    });
  }
}
