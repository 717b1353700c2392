/** Keyboard focus inside our own UI: Tab and Shift+Tab cycle within it, like a dialog. */

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export function firstFocusable(container: ParentNode): HTMLElement | null {
  return container.querySelector<HTMLElement>(FOCUSABLE);
}

export function cycleFocus(e: KeyboardEvent, container: ParentNode, root: DocumentOrShadowRoot): void {
  if (e.key !== 'Tab') return;
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (!items.length) return;
  const index = items.indexOf(root.activeElement as HTMLElement);
  const next = e.shiftKey ? (index <= 0 ? items.length - 1 : index - 1) : index === items.length - 1 ? 0 : index + 1;
  e.preventDefault();
  items[next]!.focus();
}
