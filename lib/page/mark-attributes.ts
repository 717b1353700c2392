/**
 * Makes a highlight reachable by keyboard and announced as opening a dialog. Only the first
 * piece of a mention split across elements takes focus, so each mention is one Tab stop.
 */
import type { Mention } from '../match/matcher';

export function prepareMark(el: HTMLElement, _mention: Mention, first: boolean): void {
  if (!first) return;
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-haspopup', 'dialog');
}
