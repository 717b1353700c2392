/**
 * "Delete source" beside a claim's source picker: asks first, then deletes and offers Undo. The
 * background refuses while any claim cites the source; its refusal is shown here, and nothing changes.
 */
import { useRef, useState } from 'preact/hooks';
import type { Source } from '../../../lib/dataset/schema';
import { sourceVersion } from '../../../lib/db/edit-checks';
import type { Client } from '../../../lib/messages/client';
import { t } from '../../i18n';
import { IsolatedText } from '../../IsolatedText';
import { ConfirmDialog } from './ConfirmDialog';
import { ConflictNotice } from './ConflictNotice';
import { isolateQuoted } from '../quotedText';
import { sourceDeleteMessage } from './errors';
import { showUndoToast } from './undoHost';
import './overlays.css';

export interface DeleteSourceButtonProps {
  client: Client;
  source: Source;
  onDeleted(id: string): void;
  /** After Undo put it back. */
  onRestored(id: string): void;
  /** After a refused delete, the source as stored now (null: deleted meanwhile), loaded at the user's request. */
  onReloaded(source: Source | null): void;
}

type State = { status: 'idle' | 'confirm' | 'deleting' | 'conflict' } | { status: 'refused'; message: string };

export function DeleteSourceButton({ client, source, onDeleted, onRestored, onReloaded }: DeleteSourceButtonProps) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const notice = useRef<HTMLDivElement>(null);

  const remove = async () => {
    setState({ status: 'deleting' });
    try {
      // Based on the version shown: a source another window changed meanwhile is not deleted.
      const r = await client({ type: 'source.delete', id: source.id, basedOn: sourceVersion(source) });
      if (r.conflict) {
        setState({ status: 'conflict' });
        setTimeout(() => notice.current?.focus(), 0);
        return;
      }
      setState({ status: 'idle' });
      onDeleted(source.id);
      // Nothing to undo when another window had deleted it already.
      if (r.undo.sources.length) showUndoToast({ client, undo: r.undo, name: source.title, onRestored: () => onRestored(source.id) });
    } catch (e) {
      setState({ status: 'refused', message: sourceDeleteMessage(e instanceof Error ? e.message : String(e)) });
    }
  };

  const reload = async () => {
    try {
      const stored = (await client({ type: 'source.list' })).sources.find((s) => s.id === source.id) ?? null;
      setState({ status: 'idle' });
      onReloaded(stored);
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
      {state.status === 'conflict' && (
        <ConflictNotice kind="changed" subject="source" deleting noticeRef={notice} testId="source-delete-conflict" onReload={() => void reload()} />
      )}
      {state.status === 'refused' && (
        <p class="error ed-src-refusal" role="alert" data-testid="source-delete-error">
          {isolateQuoted(state.message)}
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
