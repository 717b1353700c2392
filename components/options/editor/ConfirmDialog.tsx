/**
 * A modal confirmation (native <dialog>: focus stays inside, the page behind is inert, Escape
 * cancels). Focus starts on the safe choice and returns where it was when the dialog closes.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  /** A sentence (names in it isolated: IsolatedText). */
  title: ComponentChildren;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button is disabled and the dialog busy while this is true. */
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    cancel.current?.focus();
    return () => opener?.focus();
  }, []);

  return (
    <dialog
      ref={dialog}
      class="ed-confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="edit-confirm-title"
      aria-describedby="edit-confirm-body"
      aria-busy={props.busy}
      data-testid="confirm-dialog"
      // Escape fires "cancel"; the owner decides when the dialog goes.
      onCancel={(e) => {
        e.preventDefault();
        if (!props.busy) props.onCancel();
      }}
    >
      <h2 id="edit-confirm-title">{props.title}</h2>
      <div id="edit-confirm-body">{props.children}</div>
      <div class="ed-dialog-actions">
        <button type="button" class="ed-secondary" ref={cancel} onClick={props.onCancel} disabled={props.busy}>
          {props.cancelLabel}
        </button>
        <button type="button" class="ed-danger" data-testid="confirm-delete" onClick={props.onConfirm} disabled={props.busy}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
