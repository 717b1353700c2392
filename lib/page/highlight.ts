/**
 * Wraps mentions in <mark class="dossier-mark" data-entity-id="…"> with mark.js, and takes the
 * wraps away again. mark.js only wraps ranges we found; it never searches (see the matcher).
 *
 * Wrapping splits a page's text node T into T (the part before), marks and split-off pieces. The
 * page's own scripts still hold T: when they rewrite it (`T.data = …`) or remove it, the pieces
 * after it are stale, so `discardSplits(T)` removes them before the page is painted again.
 */
import Mark from 'mark.js';
import type { Mention } from '../match/matcher';
import { MARK_CLASS } from './elements';
import type { TextRun } from './runs';

interface MentionRange {
  start: number;
  length: number;
  mention: Mention;
  first: boolean;
}

/** Called for each mark element created; the first piece of each mention has `first` set. */
export type OnMark = (el: HTMLElement, mention: Mention, first: boolean) => void;

/** Page text node → the marks and pieces split off after it, in order. */
const piecesOf = new WeakMap<Text, ChildNode[]>();
/** Mark or piece → the page text node it was split from. */
const originOf = new WeakMap<Node, Text>();

function record(mark: HTMLElement): void {
  const before = mark.previousSibling as Text | null;
  if (!before) return;
  const origin = originOf.get(before) ?? before;
  const pieces = piecesOf.get(origin) ?? [];
  pieces.push(mark);
  originOf.set(mark, origin);
  const after = mark.nextSibling;
  if (after && after.nodeType === 3) {
    pieces.push(after as Text);
    originOf.set(after, origin);
  }
  piecesOf.set(origin, pieces);
}

export function wrapMentions(run: TextRun, mentions: readonly Mention[], onMark?: OnMark): number {
  if (!mentions.length) return 0;
  const { nodes, ranges } = touched(run, mentions);
  let count = 0;
  // Text nodes as contexts: mark.js then concatenates exactly these nodes, so our offsets hold.
  new Mark(nodes as unknown as HTMLElement[]).markRanges(ranges, {
    element: 'mark',
    className: MARK_CLASS,
    each: (el: HTMLElement, range: unknown) => {
      const r = range as MentionRange;
      el.setAttribute('data-entity-id', r.mention.entityId);
      el.setAttribute('data-entity-type', r.mention.entityType);
      el.removeAttribute('data-markjs');
      record(el);
      onMark?.(el, r.mention, r.first);
      r.first = false;
      count++;
    },
  });
  return count;
}

/**
 * Only the run's text nodes that a mention touches, with the mentions' offsets moved into their
 * concatenation. mark.js pays per context node (a node iterator and selector checks each), and a
 * run of prose crosses many inline elements while its few mentions touch one or two nodes.
 */
function touched(run: TextRun, mentions: readonly Mention[]): { nodes: Text[]; ranges: MentionRange[] } {
  const nodes: Text[] = [];
  const ranges: MentionRange[] = [];
  let m = 0;
  let from = 0; // where the node starts in the run
  let kept = 0; // text length of the nodes kept so far
  for (const node of run.nodes) {
    const to = from + node.data.length;
    // Mentions are in order and do not overlap: skip any ending before this node.
    while (m < mentions.length && mentions[m]!.end <= from) m++;
    let keep = false;
    for (let k = m; k < mentions.length && mentions[k]!.start < to; k++) {
      const mention = mentions[k]!;
      if (mention.end <= from) continue;
      keep = true;
      if (mention.start >= from) ranges.push({ start: kept + mention.start - from, length: mention.end - mention.start, mention, first: true });
    }
    if (keep) {
      nodes.push(node);
      kept += to - from;
    }
    from = to;
  }
  return { nodes, ranges };
}

/** True when `node` is a page text node that has marks split off after it. */
export function hasSplits(node: Node): boolean {
  return node.nodeType === 3 && (piecesOf.get(node as Text)?.length ?? 0) > 0;
}

/** The page rewrote or removed `text`: the pieces split off after it no longer belong. */
export function discardSplits(text: Text): void {
  for (const piece of piecesOf.get(text) ?? []) piece.remove();
  piecesOf.delete(text);
}

/** Puts the text of every mark under `root` back into the page text node it was split from. */
export function unwrapMarks(root: ParentNode): number {
  const marks = root.querySelectorAll(`mark.${MARK_CLASS}`);
  marks.forEach((mark) => {
    const origin = originOf.get(mark);
    const pieces = origin && piecesOf.get(origin);
    if (origin && pieces) {
      origin.appendData(pieces.map((p) => p.textContent ?? '').join(''));
      pieces.forEach((p) => p.remove());
      piecesOf.delete(origin);
    } else if (mark.parentNode) {
      // A mark we did not make here (the page cloned one): keep its text, drop the wrapper.
      mark.replaceWith(mark.ownerDocument.createTextNode(mark.textContent ?? ''));
    }
  });
  return marks.length;
}
