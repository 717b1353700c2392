/**
 * "Delete source" beside a claim's source picker: asks first, then deletes and offers Undo. The
 * background refuses while any claim cites the source; its refusal is shown here, and nothing changes.
 */
import { useState } from 'preact/hooks';
import type { Source } from '../../../lib/dataset/schema';
import type { Client } from '../../../lib/messages/client';
import { t } from '../../i18n';
import { IsolatedText } from '../../IsolatedText';
import { ConfirmDialog } from './ConfirmDialog';
import { sourceDeleteMessage } from './errors';
import { showUndoToast } from './undoHost';
import './overlays.css';

export interface DeleteSourceButtonProps {
  client: Client;
  source: Source;
  onDeleted(id: string): void;
  /** After Undo put it back. */
  onRestored(id: string): void;
}

type State = { status: 'idle' | 'confirm' | 'deleting' } | { status: 'refused'; message: string };

export function DeleteSourceButton({ client, source, onDeleted, onRestored }: DeleteSourceButtonProps) {
  const [state, setState] = useState<State>({ status: 'idle' });

  const remove = async () => {
    setState({ status: 'deleting' });
    try {
      const { undo } = await client({ type: 'source.delete', id: source.id });
      setState({ status: 'idle' });
      onDeleted(source.id);
      showUndoToast({ client, undo, name: source.title, onRestored: () => onRestored(source.id) });
    } catch (e) {
      setState({ status: 'refused', message: sourceDeleteMessage(e instanceof Error ? e.message : String(e)) });
    }
  };

  const asking = state.status === 'confirm' || state.status === 'deleting';
  return (
    <>
      <button type="button" class="ed-text-button ed-danger-text" data-testid="source-delete" onClick={() => setState({ status: 'confirm' })} disabled={state.status === 'deleting'}>
        {t('edit_src_delete')}
      </button>
      {state.status === 'refused' && (
        <p class="error ed-src-refusal" role="alert" data-testid="source-delete-error">
          {state.message}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={<IsolatedText msg="edit_src_delete_title" values={[source.title]} />}
          confirmLabel={state.status === 'deleting' ? t('edit_deleting') : t('edit_delete_confirm')}
          cancelLabel={t('edit_cancel')}
          busy={state.status === 'deleting'}
          onConfirm={remove}
          onCancel={() => setState({ status: 'idle' })}
        >
          <p>{t('edit_src_delete_body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
