/**
 * Which highlight the "next highlight" command (Alt+Shift+J) moves to: the one after the
 * highlight that has focus (or whose popover is open), else the first whose top is in or below
 * the window, wrapping round to the first on the page. Only highlights that are rendered count.
 */
import { MENTION_SELECTOR } from './mark-attributes';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

function isRendered(mark: HTMLElement): boolean {
  return mark.getClientRects().length > 0;
}

/**
 * @param current the highlight the user is on (focused, or its popover open), or null to start
 *   from the top of the window.
 */
export function nextHighlight(doc: Document, current: Element | null): HTMLElement | null {
  const marks = [...doc.querySelectorAll<HTMLElement>(MENTION_SELECTOR)].filter(isRendered);
  if (!marks.length) return null;
  if (current) return marks.find((m) => m !== current && (current.compareDocumentPosition(m) & FOLLOWING) !== 0) ?? marks[0]!;
  return marks.find((m) => m.getBoundingClientRect().top >= 0) ?? marks[0]!;
}
