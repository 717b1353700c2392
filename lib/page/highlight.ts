/**
 * Wraps mentions in <mark class="dossier-mark" data-entity-id="…">, and takes the wraps away
 * again. A mention's piece in a text node T is split off as mark.js did it (T keeps the text
 * before, possibly none; the mention's text moves into the mark; the rest, possibly empty,
 * follows as a new node), but with a few DOM calls per piece instead of mark.js's node
 * iterators, selector checks and string copies per call.
 *
 * Wrapping splits a page's text node T into T (the part before), marks and split-off pieces. The
 * page's own scripts still hold T: when they rewrite it (`T.data = …`) or remove it, the pieces
 * after it are stale, so `discardSplits(T)` removes them before the page is painted again.
 */
import type { Mention } from '../match/matcher';
import { MARK_CLASS } from './elements';
import type { TextRun } from './runs';

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

/**
 * Wraps `mentions` (in order, not overlapping, offsets into `run.text`) where they stand in the
 * run's text nodes: one mark per text node a mention touches. Returns the number of marks.
 */
export function wrapMentions(run: TextRun, mentions: readonly Mention[], onMark?: OnMark): number {
  if (!mentions.length) return 0;
  let count = 0;
  let m = 0;
  let from = 0; // where the node starts in the run
  for (const original of run.nodes) {
    const to = from + original.data.length;
    // Mentions are in order and do not overlap: skip any ending before this node.
    while (m < mentions.length && mentions[m]!.end <= from) m++;
    // The piece of the node not wrapped yet, and where it starts in the run.
    let tail = original;
    let at = from;
    for (let k = m; k < mentions.length && mentions[k]!.start < to; k++) {
      const mention = mentions[k]!;
      if (mention.end <= from) continue;
      const start = Math.max(mention.start, at) - at;
      const end = Math.min(mention.end, to) - at;
      const piece = tail.splitText(start);
      tail = piece.splitText(end - start);
      at += end;
      const mark = wrap(piece, mention);
      record(mark);
      onMark?.(mark, mention, mention.start >= from);
      count++;
    }
    from = to;
  }
  return count;
}

/** Puts `piece` (a text node) into a new mark for `mention`, where it stands. */
function wrap(piece: Text, mention: Mention): HTMLElement {
  const mark = piece.ownerDocument.createElement('mark');
  mark.className = MARK_CLASS;
  mark.setAttribute('data-entity-id', mention.entityId);
  mark.setAttribute('data-entity-type', mention.entityType);
  piece.parentNode!.replaceChild(mark, piece);
  mark.appendChild(piece);
  return mark;
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
