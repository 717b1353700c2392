/**
 * Shows the user where an entity is on the page (chosen in the toolbar popup): scrolls its first
 * mention to the middle of the window and flashes it. The flash is a `data-dossier-flash`
 * attribute switched on and off from here rather than a CSS animation: highlight rules are
 * !important, which animations cannot override. With reduced motion it is one steady highlight,
 * and the scroll is instant.
 */
import { MARK_CLASS } from './elements';
import { MENTION_SELECTOR } from './mark-attributes';

export const FLASH_ATTRIBUTE = 'data-dossier-flash';
/** On/off times of the flash, in ms from the start; the last entry switches it off. */
const BLINKS = [0, 700, 900, 1500, 1700, 2600];
const STEADY = [0, 2600];

/** The first mark of the first mention of an entity, or null. */
export function firstMentionOf(root: ParentNode, entityId: string): HTMLElement | null {
  for (const mark of root.querySelectorAll<HTMLElement>(MENTION_SELECTOR)) if (mark.dataset.entityId === entityId) return mark;
  return null;
}

/** Every mark of the mention that starts at `first` (a name split across elements has several). */
export function marksOfMention(first: HTMLElement): HTMLElement[] {
  const doc = first.ownerDocument;
  const marks = [...doc.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)];
  const start = marks.indexOf(first);
  if (start < 0) return [first];
  const pieces = [first];
  for (const mark of marks.slice(start + 1)) {
    if (mark.dataset.entityId !== first.dataset.entityId || mark.getAttribute('role') === 'button') break;
    pieces.push(mark);
  }
  return pieces;
}

const flashing = new WeakMap<Document, { marks: HTMLElement[]; timers: number[] }>();

/** Flashes the marks of one mention; a new flash on the same page ends the previous one. */
export function flash(marks: HTMLElement[], reducedMotion: boolean): void {
  const doc = marks[0]?.ownerDocument;
  const win = doc?.defaultView;
  if (!doc || !win) return;
  const previous = flashing.get(doc);
  if (previous) {
    previous.timers.forEach((t) => win.clearTimeout(t));
    previous.marks.forEach((m) => m.removeAttribute(FLASH_ATTRIBUTE));
  }
  const steps = reducedMotion ? STEADY : BLINKS;
  const timers = steps.map((at, i) =>
    win.setTimeout(() => {
      const on = i % 2 === 0 && i < steps.length - 1;
      for (const mark of marks) {
        if (on) mark.setAttribute(FLASH_ATTRIBUTE, '');
        else mark.removeAttribute(FLASH_ATTRIBUTE);
      }
      if (i === steps.length - 1) flashing.delete(doc);
    }, at),
  );
  flashing.set(doc, { marks, timers });
}

/**
 * Scrolls the first mention of `entityId` into the middle of the window and flashes it. Returns
 * its first mark (the caller moves keyboard focus there), or null when the entity is not shown.
 */
export function revealEntity(doc: Document, entityId: string): HTMLElement | null {
  const mark = firstMentionOf(doc, entityId);
  if (!mark) return null;
  const reducedMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  mark.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center', inline: 'nearest' });
  flash(marksOfMention(mark), reducedMotion);
  return mark;
}
