/**
 * Wraps a snippet's text in <mark class="dossier-snippet" data-snippet-id="…">, one mark per text
 * node piece (never around elements), and takes the marks away again. The page text is never
 * changed: wrapping only splits text nodes.
 *
 * Living with entity marks (highlight.ts): before wrapping, entity marks in the blocks the snippet
 * touches are unwrapped, so no text node the annotator split is split again; the annotator sees
 * that change and wraps its mentions again, inside or around the snippet marks. Like the
 * annotator, this keeps which page text node each piece was split from: when the page rewrites
 * or removes that node, `discardSnippetSplits` removes the stale pieces.
 */
import { piecesFor, type PageText } from '../snippets/page-text';
import { blockOf } from './elements';
import { hasSplits, unwrapMarks } from './highlight';

export const SNIPPET_CLASS = 'dossier-snippet';
export const SNIPPET_SELECTOR = `mark.${SNIPPET_CLASS}`;

/** Page text node → the nodes split off after it (marks and text), in order. */
const piecesOf = new WeakMap<Text, ChildNode[]>();
/** Split-off node → the page text node it came from. */
const originOf = new WeakMap<Node, Text>();

function record(origin: Text, node: ChildNode): void {
  const root = originOf.get(origin) ?? origin;
  const list = piecesOf.get(root) ?? [];
  list.push(node);
  piecesOf.set(root, list);
  originOf.set(node, root);
}

/**
 * Wraps page text [start, end) and returns the marks made. `read` reads the page text now: called
 * once, and again when entity marks had to be unwrapped (the text is the same; its nodes are not).
 */
export function wrapSnippet(read: () => PageText, start: number, end: number, id: string): HTMLElement[] {
  let pieces = piecesFor(read(), start, end);
  const blocks = new Set<Element>();
  for (const p of pieces) {
    const block = blockOf(p.node);
    if (block?.querySelector('mark.dossier-mark')) blocks.add(block);
  }
  if (blocks.size) {
    // The annotator wraps its mentions again, around or inside ours; its splits stay intact.
    for (const block of blocks) unwrapMarks(block);
    pieces = piecesFor(read(), start, end);
  }
  const marks: HTMLElement[] = [];
  for (const piece of pieces) {
    if (!piece.node.isConnected) continue;
    let node = piece.node;
    const doc = node.ownerDocument;
    if (piece.from > 0) {
      const rest = node.splitText(piece.from);
      record(node, rest);
      node = rest;
    }
    if (piece.to - piece.from < node.data.length) record(node, node.splitText(piece.to - piece.from));
    const mark = doc.createElement('mark');
    mark.className = SNIPPET_CLASS;
    mark.setAttribute('data-snippet-id', id);
    node.replaceWith(mark);
    mark.append(node);
    const origin = originOf.get(node);
    if (origin) {
      // The mark takes the text node's place among the origin's pieces.
      const list = piecesOf.get(origin)!;
      list[list.indexOf(node)] = mark;
      originOf.set(mark, origin);
    } else {
      // The page's own text node now sits in our mark; it stays the origin of what follows.
      originOf.set(mark, node);
    }
    marks.push(mark);
  }
  return marks;
}

/** Every snippet mark under `root`, by snippet id. */
export function snippetMarks(root: ParentNode): Map<string, HTMLElement[]> {
  const byId = new Map<string, HTMLElement[]>();
  for (const mark of root.querySelectorAll<HTMLElement>(SNIPPET_SELECTOR)) {
    const id = mark.getAttribute('data-snippet-id') ?? '';
    const list = byId.get(id);
    if (list) list.push(mark);
    else byId.set(id, [mark]);
  }
  return byId;
}

/**
 * Takes marks away, keeping what is inside them (text, entity marks) where it is; then joins split
 * text back into the page's node where nothing of the annotator's stands in between.
 */
export function unwrapSnippetMarks(marks: readonly HTMLElement[]): void {
  const origins = new Set<Text>();
  for (const mark of marks) {
    const origin = originOf.get(mark);
    if (mark.parentNode) mark.replaceWith(...mark.childNodes);
    if (origin && origin !== (mark as Node)) origins.add(origin);
  }
  for (const origin of origins) rejoin(origin);
}

function rejoin(origin: Text): void {
  const list = piecesOf.get(origin);
  if (!list || !origin.isConnected || hasSplits(origin)) return;
  for (let next = origin.nextSibling; next && next.nodeType === 3 && originOf.get(next) === origin && !hasSplits(next); next = origin.nextSibling) {
    origin.appendData((next as Text).data);
    next.remove();
    const at = list.indexOf(next);
    if (at >= 0) list.splice(at, 1);
  }
  if (!list.some((n) => n.isConnected)) piecesOf.delete(origin);
}

/** True when `node` is a page text node with snippet pieces split off after it. */
export function hasSnippetSplits(node: Node): boolean {
  return node.nodeType === 3 && (piecesOf.get(node as Text)?.some((n) => n.isConnected) ?? false);
}

/** The page rewrote or removed `text`: the pieces split off after it no longer belong. */
export function discardSnippetSplits(text: Text): void {
  for (const piece of piecesOf.get(text) ?? []) piece.remove();
  piecesOf.delete(text);
}
