/**
 * The bar that offers to undo a deletion for ~10 seconds. The countdown pauses while the pointer
 * or keyboard focus is on it (so nobody is rushed); Escape or × closes it. Shared by the entity
 * editor's toast and the snippet library.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export const UNDO_MS = 10_000;

export interface UndoBarProps {
  /** What was deleted, as a sentence (names in it isolated: IsolatedText). */
  message: ComponentChildren;
  /** The sentence shown when undoing failed, from the error. */
  failedText(error: unknown): string;
  undoLabel: string;
  dismissLabel: string;
  /** Restores the rows; the bar closes once it resolves and shows `failedText` if it throws. */
  onUndo(): Promise<void>;
  onClose(): void;
  testid: string;
  undoTestid: string;
}

export function UndoBar(props: UndoBarProps) {
  const { onClose } = props;
  const [state, setState] = useState<{ status: 'idle' | 'working' } | { status: 'failed'; message: string }>({ status: 'idle' });
  const [paused, setPaused] = useState(false);
  const left = useRef(UNDO_MS);

  useEffect(() => {
    if (paused || state.status !== 'idle') return;
    const started = Date.now();
    const timer = setTimeout(onClose, left.current);
    return () => {
      clearTimeout(timer);
      left.current = Math.max(1500, left.current - (Date.now() - started));
    };
  }, [paused, state.status]);

  const undo = async () => {
    setState({ status: 'working' });
    try {
      await props.onUndo();
      onClose();
    } catch (e) {
      setState({ status: 'failed', message: props.failedText(e) });
    }
  };

  return (
    <div
      class="ed-undo-toast"
      data-testid={props.testid}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocusIn={() => setPaused(true)}
      onFocusOut={(e) => !(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null) && setPaused(false)}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p role="status">{state.status === 'failed' ? state.message : props.message}</p>
      <button type="button" class="ed-primary" data-testid={props.undoTestid} onClick={undo} disabled={state.status === 'working'}>
        {props.undoLabel}
      </button>
      <button type="button" class="ed-text-button" onClick={onClose} aria-label={props.dismissLabel}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
