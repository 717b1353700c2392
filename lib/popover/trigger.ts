/**
 * When the popover opens and closes: after the pointer rests on a highlight, at once when a
 * highlight gets keyboard focus (or Enter / Space on one focused quietly); closed by Escape, a click outside, or the pointer leaving both
 * highlight and popover. Listens on the document only, so no listener is added per highlight.
 */
import { MARK_CLASS } from '../page/elements';

export type OpenedBy = 'pointer' | 'focus';

export interface TriggerOptions {
  doc?: Document;
  openDelayMs?: number;
  closeDelayMs?: number;
  /** True for targets inside the popover (its host element, as events leave its shadow root). */
  inPopover(target: EventTarget | null): boolean;
  onOpen(mark: HTMLElement, by: OpenedBy): void;
  onClose(): void;
  /** Tab on the highlight of an open popover: move focus into the popover. */
  onEnterPopover(): void;
}

function markOf(target: EventTarget | null): HTMLElement | null {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return null;
  return el.closest<HTMLElement>(`mark.${MARK_CLASS}`);
}

export class PopoverTrigger {
  private anchor: HTMLElement | null = null;
  private openedBy: OpenedBy | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private restoringFocus = false;
  /** A highlight focused quietly while the document had no focus: its focus event is still to come. */
  private quietPending: HTMLElement | null = null;
  private openDelayMs: number;
  private readonly doc: Document;
  private readonly listeners: [string, (e: Event) => void][];

  constructor(private readonly options: TriggerOptions) {
    this.doc = options.doc ?? document;
    this.openDelayMs = options.openDelayMs ?? 300;
    this.listeners = [
      ['pointerover', (e) => this.pointerOver(e as PointerEvent)],
      ['pointerout', (e) => this.pointerOut(e as PointerEvent)],
      ['focusin', (e) => this.focusIn(e as FocusEvent)],
      ['focusout', (e) => this.focusOut(e as FocusEvent)],
      ['keydown', (e) => this.keyDown(e as KeyboardEvent)],
      ['pointerdown', (e) => this.pointerDown(e)],
    ];
  }

  get current(): HTMLElement | null {
    return this.anchor;
  }

  /** How long the pointer rests on a highlight before its popover opens (a setting). */
  setOpenDelay(ms: number): void {
    this.openDelayMs = ms;
  }

  /** Gives a highlight keyboard focus without opening its popover; Enter or Space opens it. */
  focusQuietly(mark: HTMLElement): void {
    if (this.anchor && this.anchor !== mark) this.close();
    this.restoringFocus = true;
    try {
      mark.focus({ preventScroll: true });
    } finally {
      this.restoringFocus = false;
    }
    // A document without focus (Firefox: the tab behind the toolbar popup) fires the focus event
    // only when the window gets focus back, after this returns: that event is still the quiet one.
    this.quietPending = this.doc.hasFocus() ? null : mark;
  }

  start(): void {
    for (const [type, fn] of this.listeners) this.doc.addEventListener(type, fn, true);
  }

  stop(): void {
    for (const [type, fn] of this.listeners) this.doc.removeEventListener(type, fn, true);
    this.clearTimers();
  }

  open(mark: HTMLElement, by: OpenedBy): void {
    this.clearTimers();
    this.anchor = mark;
    this.openedBy = by;
    this.options.onOpen(mark, by);
  }

  close(returnFocus = false): void {
    this.clearTimers();
    if (!this.anchor) return;
    const anchor = this.anchor;
    this.anchor = null;
    this.openedBy = null;
    this.options.onClose();
    if (returnFocus && anchor.isConnected) {
      this.restoringFocus = true;
      anchor.focus();
      this.restoringFocus = false;
    }
  }

  private win(): Window {
    return this.doc.defaultView ?? window;
  }

  private clearTimers(): void {
    this.win().clearTimeout(this.openTimer);
    this.win().clearTimeout(this.closeTimer);
    this.openTimer = this.closeTimer = 0;
  }

  private scheduleClose(): void {
    if (this.closeTimer || !this.anchor) return;
    this.closeTimer = this.win().setTimeout(() => this.close(), this.options.closeDelayMs ?? 250);
  }

  private pointerOver(e: PointerEvent): void {
    if (this.options.inPopover(e.target)) {
      this.win().clearTimeout(this.closeTimer);
      this.closeTimer = 0;
      return;
    }
    const mark = markOf(e.target);
    if (!mark) return;
    if (this.anchor && mark.dataset.entityId === this.anchor.dataset.entityId) {
      this.win().clearTimeout(this.closeTimer);
      this.closeTimer = 0;
      return;
    }
    this.win().clearTimeout(this.openTimer);
    this.openTimer = this.win().setTimeout(() => this.open(mark, 'pointer'), this.openDelayMs);
  }

  private pointerOut(e: PointerEvent): void {
    const from = markOf(e.target) ?? (this.options.inPopover(e.target) ? this.anchor : null);
    if (!from) return;
    const to = e.relatedTarget;
    if (this.options.inPopover(to)) return;
    const toMark = markOf(to);
    if (toMark && toMark.dataset.entityId === from.dataset.entityId) return;
    this.win().clearTimeout(this.openTimer);
    this.openTimer = 0;
    if (this.openedBy === 'pointer') this.scheduleClose();
  }

  private focusIn(e: FocusEvent): void {
    if (this.options.inPopover(e.target)) {
      this.win().clearTimeout(this.closeTimer);
      this.closeTimer = 0;
      return;
    }
    const mark = markOf(e.target);
    const quiet = this.quietPending;
    this.quietPending = null;
    if (mark && mark === quiet) return;
    if (mark && !this.restoringFocus && mark !== this.anchor) this.open(mark, 'focus');
  }

  private focusOut(e: FocusEvent): void {
    if (this.openedBy !== 'focus') return;
    const to = e.relatedTarget;
    if (this.options.inPopover(to) || (to && to === this.anchor)) return;
    // Focus left for the page (or the window): let a click inside the popover land first.
    this.scheduleClose();
  }

  private keyDown(e: KeyboardEvent): void {
    // A highlight is a button: Enter or Space on one whose popover is closed opens it.
    if ((e.key === 'Enter' || e.key === ' ') && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const mark = markOf(e.target);
      if (mark && mark === e.target && mark !== this.anchor) {
        e.preventDefault();
        this.open(mark, 'focus');
        return;
      }
    }
    if (!this.anchor) return;
    if (e.key === 'Escape') {
      const inside = this.options.inPopover(e.target) || e.target === this.anchor;
      this.close(inside);
      if (inside) e.stopPropagation();
    } else if (e.key === 'Tab' && !e.shiftKey && e.target === this.anchor) {
      e.preventDefault();
      this.options.onEnterPopover();
    }
  }

  private pointerDown(e: Event): void {
    this.keepSelectable(e);
    if (!this.anchor || this.options.inPopover(e.target)) return;
    const mark = markOf(e.target);
    if (mark && mark.dataset.entityId === this.anchor.dataset.entityId) return;
    this.close();
  }

  /**
   * Chromium starts no text selection when a mouse drag begins on a focusable element, so readers
   * could not select a sentence that starts with a highlighted name. The highlight is made
   * unfocusable for the press alone (the browser's default action runs right after this listener)
   * and focusable again on the next task: Tab still reaches it, the pointer opens it by hovering.
   */
  private keepSelectable(e: Event): void {
    const mark = markOf(e.target);
    if (!mark || !mark.hasAttribute('tabindex') || (e as PointerEvent).button !== 0) return;
    const tabIndex = mark.getAttribute('tabindex')!;
    mark.removeAttribute('tabindex');
    this.win().setTimeout(() => mark.setAttribute('tabindex', tabIndex), 0);
  }
}
