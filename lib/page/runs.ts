/**
 * Reads the page's text as runs: the text nodes that read as one line of prose, joined across
 * inline elements and broken at every block boundary, <br> and skipped element. A run's text is
 * the concatenation of its nodes, so offsets in it map straight back to text nodes.
 */
import { blockOf, isInline, isSkipped } from './elements';

export interface TextRun {
  nodes: Text[];
  text: string;
}

/** Walks a subtree in document order, one run per `next()`, so work can stop between runs. */
export class RunReader {
  private readonly walker: TreeWalker;
  private pending: Text | null = null;
  private done = false;

  constructor(readonly root: Node, doc: Document = root.ownerDocument ?? (root as Document)) {
    const NF = doc.defaultView?.NodeFilter ?? NodeFilter;
    // No filter callback: a call from the walker into script per element cost more than the walk
    // itself. next() passes over skipped subtrees instead, as FILTER_REJECT did.
    this.walker = doc.createTreeWalker(root, NF.SHOW_ELEMENT | NF.SHOW_TEXT);
    this.done = doc.designMode === 'on';
  }

  /** The page moved the node we stopped at out of the document: what follows cannot be trusted. */
  get lost(): boolean {
    return !this.done && this.walker.currentNode !== this.root && !this.walker.currentNode.isConnected;
  }

  next(): TextRun | null {
    const run: TextRun = { nodes: [], text: '' };
    let block: Element | null = null;
    let lastParent: Node | null = null;
    if (this.pending) {
      lastParent = this.pending.parentNode;
      block = blockOf(this.pending);
      run.nodes.push(this.pending);
      run.text = this.pending.data;
    }
    this.pending = null;
    while (!this.done) {
      const node = this.walker.nextNode();
      if (!node) {
        this.done = true;
        break;
      }
      if (node.nodeType === 1) {
        if (isSkipped(node as Element)) {
          // Never seen, and no boundary, as if rejected: go on after its last descendant.
          let last: Node = node;
          while (last.lastChild) last = last.lastChild;
          this.walker.currentNode = last;
          continue;
        }
        if (!isInline(node as Element) && run.nodes.length) {
          if (/\S/.test(run.text)) return run;
          run.nodes = [];
          run.text = '';
        }
        continue;
      }
      const text = node as Text;
      const data = text.data;
      if (!data) continue;
      // The block is looked up once per parent: text nodes of one parent share it.
      const parent = text.parentNode;
      if (parent !== lastParent) {
        const here = blockOf(text);
        if (run.nodes.length && here !== block) {
          this.pending = text;
          if (/\S/.test(run.text)) return run;
          run.nodes = [];
          run.text = '';
          this.pending = null;
        }
        lastParent = parent;
        block = here;
      }
      run.nodes.push(text);
      run.text += data;
    }
    return run.nodes.length && /\S/.test(run.text) ? run : null;
  }
}
