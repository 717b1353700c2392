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
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, (doc.defaultView?.NodeFilter ?? NodeFilter).SHOW_TEXT);
  const add = (hash: number) => out.add(hash);
  const joined = new WordHasher(add);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
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
  return out;
}

/** Where the word `text` starts with ends (0 when it starts with anything but a letter or digit). */
function firstWordEnd(text: string): number {
  if (charClass(text, 0) !== WORD) return 0;
  let i = 0;
  while (i < text.length && charClass(text, i) !== OTHER) i += charWidth(text, i);
  return i;
}

/** The words a tab's lexicon was cut for; or every word, once the whole lexicon is there. */
export class WordCoverage {
  private readonly known: Set<number>;
  private all: boolean;

  /** `words` undefined: the lexicon is whole and covers every word. */
  constructor(words?: Iterable<number>) {
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
    return this.all || this.known.has(word);
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
    eachWord(text, (hash) => {
      if (!known.has(hash)) out.add(hash);
    });
  }
}
