/**
 * The bar offering to undo a snippet deletion for ~10 seconds, like the entity editor's: the
 * countdown pauses while the pointer or focus is on it; Escape or × dismisses it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { countText } from '../format';
import { errorText } from './errorText';
import '../editor/controls.css';
import '../editor/overlays.css';

export const UNDO_MS = 10_000;

export interface SnippetUndoBarProps {
  count: number;
  onUndo(): Promise<void>;
  onClose(): void;
}

export function SnippetUndoBar({ count, onUndo, onClose }: SnippetUndoBarProps) {
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
      await onUndo();
      onClose();
    } catch (e) {
      setState({ status: 'failed', message: errorText(e) });
    }
  };

  return (
    <div class="ed-undo-host">
      <div
        class="ed-undo-toast"
        data-testid="lib-undo-bar"
        onMouseEnter={() => setPaused(true)}
        onMouseLeave={() => setPaused(false)}
        onFocusIn={() => setPaused(true)}
        onFocusOut={(e) => !(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null) && setPaused(false)}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <p role="status">{state.status === 'failed' ? t('lib_undo_failed', state.message) : countText('lib_deleted', count)}</p>
        <button type="button" class="ed-primary" data-testid="lib-undo" onClick={undo} disabled={state.status === 'working'}>
          {t('lib_undo')}
        </button>
        <button type="button" class="ed-text-button" onClick={onClose} aria-label={t('lib_undo_dismiss')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
