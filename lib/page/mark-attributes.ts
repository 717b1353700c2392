/**
 * Makes a highlight reachable by keyboard and announced as opening a dialog. Only the first
 * piece of a mention split across elements takes focus, so each mention is one Tab stop.
 */
import type { Mention } from '../match/matcher';
import { MARK_CLASS } from './elements';

/** The first mark of each mention, which prepareMark made the one to take focus. */
export const MENTION_SELECTOR = `mark.${MARK_CLASS}[role="button"]`;

export function prepareMark(el: HTMLElement, _mention: Mention, first: boolean): void {
  if (!first) return;
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-haspopup', 'dialog');
}
