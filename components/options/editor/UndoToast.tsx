/**
 * The bar that offers to undo a deletion for ~10 seconds. The countdown pauses while the pointer
 * or keyboard focus is on it (so nobody is rushed), Escape or "Dismiss" closes it. Undo restores
 * the rows and opens the entity again (for a deleted entity) or tells the page that deleted them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import type { UndoBundle } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { entityHref } from '../route';

export const UNDO_MS = 10_000;

export interface UndoToastProps {
  client: Client;
  undo: UndoBundle;
  /** What was deleted, as the user knows it. */
  name: string;
  /** The entity to open after the undo; none to stay on the page. */
  entityId?: string;
  /** Called once the rows are back, e.g. to reload a list that showed them. */
  onRestored?(): void;
  onClose(): void;
}

export function UndoToast({ client, undo, name, entityId, onRestored, onClose }: UndoToastProps) {
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

  const restore = async () => {
    setState({ status: 'working' });
    try {
      await client({ type: 'undo.apply', undo });
      onClose();
      onRestored?.();
      if (entityId !== undefined) location.hash = entityHref(entityId);
    } catch (e) {
      setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div
      class="ed-undo-toast"
      data-testid="undo-toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocusIn={() => setPaused(true)}
      onFocusOut={(e) => !(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null) && setPaused(false)}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p role="status">{state.status === 'failed' ? t('edit_undo_failed', state.message) : t('edit_deleted', name)}</p>
      <button type="button" class="ed-primary" data-testid="undo-button" onClick={restore} disabled={state.status === 'working'}>
        {t('edit_undo')}
      </button>
      <button type="button" class="ed-text-button" onClick={onClose} aria-label={t('edit_undo_dismiss')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
