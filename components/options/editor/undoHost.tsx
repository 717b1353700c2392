/**
 * Shows the undo bar outside any view: the view that deleted the entity goes away at once, and
 * the bar must outlive it. It renders into a fixed container at the end of <body>, made on first use.
 */
import { render } from 'preact';
import type { UndoToastProps } from './UndoToast';
import { UndoToast } from './UndoToast';

const HOST_ID = 'dossier-undo-host';

function host(): HTMLElement {
  let el = document.getElementById(HOST_ID);
  if (!el) {
    el = document.createElement('div');
    el.id = HOST_ID;
    el.className = 'ed-undo-host';
    document.body.append(el);
  }
  return el;
}

let shown = 0;

/** Shows the undo bar for one deletion, replacing any earlier one. */
export function showUndoToast(props: Omit<UndoToastProps, 'onClose'>): void {
  const el = host();
  const ticket = ++shown;
  const close = () => {
    if (ticket === shown) render(null, el);
  };
  render(<UndoToast key={ticket} {...props} onClose={close} />, el);
}
