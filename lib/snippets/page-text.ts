/**
 * The page's text as snippets see it: one string for the whole page, with offsets that map back
 * to text nodes. Snippet positions, quotes and context are all measured in this string, so it
 * has to come out the same every time the same page is read:
 *
 *   - text of script, style, noscript, template, form controls, SVG, editable regions, hidden
 *     elements (`hidden`, `display: none`) and Dossier's own UI (`dossier-*` hosts) is left out;
 *   - every run of ASCII white space becomes one space (non-breaking spaces are kept);
 *   - a block boundary or <br> is one "\n", with no space on either side of it;
 *   - inline elements (links, emphasis, our own marks) add nothing, so marks never shift offsets.
 */
import { isInline, isSkipped } from '../page/elements';

export interface TextSegment {
  node: Text;
  /** Where this node's text starts and ends in the page text. */
  start: number;
  end: number;
  /** The node's data when it was read, to tell a stale reading. */
  data: string;
  /** Offset in `data` of each character of the segment, when they are not simply 0, 1, 2… */
  map: Uint32Array | null;
}

export interface PageText {
  text: string;
  segments: TextSegment[];
}

/** A piece of a text node: characters [from, to) of its data. */
export interface NodePiece {
  node: Text;
  from: number;
  to: number;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;

function isHidden(el: Element, win: (Window & typeof globalThis) | null): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.tagName.toUpperCase().startsWith('DOSSIER-')) return true;
  const style = win?.getComputedStyle?.(el);
  return style?.display === 'none';
}

/** Reads the text under `root` (the document's body by default). */
export function readPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let last = '\n'; // nothing before the start: no leading space or boundary

  const dropTrailingSpace = () => {
    if (last !== ' ') return;
    const part = parts[parts.length - 1]!;
    parts[parts.length - 1] = part.slice(0, -1);
    length--;
    const seg = segments[segments.length - 1]!;
    seg.end--;
    if (seg.end === seg.start) segments.pop();
    last = '\n';
    for (let i = parts.length - 1; i >= 0; i--)
      if (parts[i]) {
        last = parts[i]!.slice(-1);
        break;
      }
  };
  const boundary = () => {
    dropTrailingSpace();
    if (last === '\n') return;
    parts.push('\n');
    length++;
    last = '\n';
  };
  const addText = (node: Text) => {
    const data = node.data;
    let out = '';
    let map: number[] | null = null;
    const offsets: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isSpace(code)) {
        if (last === ' ' || last === '\n') {
          map ??= offsets;
          continue;
        }
        out += ' ';
        last = ' ';
      } else {
        out += data[i];
        last = data[i]!;
      }
      offsets.push(i);
      if (offsets.length !== i + 1) map ??= offsets;
    }
    if (!out) return;
    segments.push({ node, start: length, end: length + out.length, data, map: map ? Uint32Array.from(offsets) : null });
    parts.push(out);
    length += out.length;
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) addText(child as Text);
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName.toUpperCase() === 'BR') {
          boundary();
          continue;
        }
        if (isSkipped(el) || isHidden(el, win)) continue;
        const inline = isInline(el);
        if (!inline) boundary();
        walk(el);
        if (!inline) boundary();
      }
    }
  };
  const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (start && !(start.nodeType === 1 && isSkipped(start as Element))) walk(start);
  dropTrailingSpace();
  let text = parts.join('');
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return { text, segments };
}

/** Index of the first segment for which `after` holds (segments are in document order). */
function firstSegment(pt: PageText, after: (node: Text) => boolean): number {
  let lo = 0;
  let hi = pt.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(pt.segments[mid]!.node)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const FOLLOWING = 4;
const CONTAINED_BY = 16;

/** The page-text offset of a DOM boundary point (a Range's start or end). */
export function offsetAt(pt: PageText, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const seg = pt.segments.find((s) => s.node === container);
    if (seg) {
      if (!seg.map) return seg.start + Math.min(Math.max(offset, 0), seg.end - seg.start);
      let count = 0;
      while (count < seg.end - seg.start && seg.map[count]! < offset) count++;
      return seg.start + count;
    }
    // A text node we did not read (white space between blocks, a skipped region): where it stands.
    return offsetBefore(pt, container);
  }
  const child = container.childNodes[offset];
  if (child) return offsetBefore(pt, child);
  const i = firstSegment(pt, (node) => (container.compareDocumentPosition(node) & (FOLLOWING | CONTAINED_BY)) === FOLLOWING);
  return i < pt.segments.length ? pt.segments[i]!.start : pt.text.length;
}

/** The offset of the first text at or after `node` (including inside it). */
function offsetBefore(pt: PageText, node: Node): number {
  const i = firstSegment(pt, (n) => n === node || (node.compareDocumentPosition(n) & FOLLOWING) !== 0);
  return i < pt.segments.length ? pt.segments[i]!.start : pt.text.length;
}

/** The pieces of text nodes that hold page text [start, end), in document order. */
export function piecesFor(pt: PageText, start: number, end: number): NodePiece[] {
  const pieces: NodePiece[] = [];
  let i = firstSegmentEndingAfter(pt, start);
  for (; i < pt.segments.length; i++) {
    const seg = pt.segments[i]!;
    if (seg.start >= end) break;
    const a = Math.max(start, seg.start) - seg.start;
    const b = Math.min(end, seg.end) - seg.start;
    if (b <= a) continue;
    const from = seg.map ? seg.map[a]! : a;
    const to = seg.map ? seg.map[b - 1]! + 1 : b;
    pieces.push({ node: seg.node, from, to });
  }
  return pieces;
}

function firstSegmentEndingAfter(pt: PageText, offset: number): number {
  let lo = 0;
  let hi = pt.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pt.segments[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** True while every text node read is still in the page with the data it had. */
export function isCurrent(pt: PageText, pieces: readonly NodePiece[]): boolean {
  return pieces.every((p) => {
    const seg = pt.segments.find((s) => s.node === p.node);
    return !!seg && p.node.isConnected && p.node.data === seg.data;
  });
}
