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
    this.walker = doc.createTreeWalker(root, NF.SHOW_ELEMENT | NF.SHOW_TEXT, {
      acceptNode: (node) => (node.nodeType === 1 && isSkipped(node as Element) ? NF.FILTER_REJECT : NF.FILTER_ACCEPT),
    });
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
    const take = (text: Text) => {
      if (text.parentNode !== lastParent) {
        lastParent = text.parentNode;
        block = blockOf(text);
      }
      run.nodes.push(text);
      run.text += text.data;
    };
    if (this.pending) take(this.pending);
    this.pending = null;
    while (!this.done) {
      const node = this.walker.nextNode();
      if (!node) {
        this.done = true;
        break;
      }
      if (node.nodeType === 1) {
        if (!isInline(node as Element) && run.nodes.length) {
          if (/\S/.test(run.text)) return run;
          run.nodes = [];
          run.text = '';
        }
        continue;
      }
      const text = node as Text;
      if (!text.data) continue;
      if (run.nodes.length && text.parentNode !== lastParent && blockOf(text) !== block) {
        this.pending = text;
        if (/\S/.test(run.text)) return run;
        run.nodes = [];
        run.text = '';
        take(text);
        this.pending = null;
        continue;
      }
      take(text);
    }
    return run.nodes.length && /\S/.test(run.text) ? run : null;
  }
}
