/**
 * "Delete entity" in the entity view: asks first (saying what goes with it), deletes, then offers
 * Undo for ~10 seconds in a bar that outlives the view.
 */
import { useRef, useState } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import type { EntityCard } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { IsolatedText } from '../../IsolatedText';
import { ConfirmDialog } from './ConfirmDialog';
import { ConflictNotice } from './ConflictNotice';
import { datasetName } from './load';
import { showUndoToast } from './undoHost';
import { isolateQuoted } from '../quotedText';
import './controls.css';
import './overlays.css';

export interface DeleteEntityButtonProps {
  client: Client;
  id: string;
  /** entityVersion of the entity the view shows: a delete is refused if it changed since. */
  basedOn?: string;
  onDeleted(): void;
  /** Shows the entity as stored now (offered when the delete was refused). */
  onReload(): void;
}

/** What the dialog says about the entity; the card is null when it could not be read. */
interface Subject {
  card: EntityCard | null;
  dataset: string;
}

type State = { status: 'idle' | 'conflict' } | ({ status: 'confirm' | 'deleting' } & Subject) | { status: 'failed'; message: string };

export function DeleteEntityButton({ client, id, basedOn, onDeleted, onReload }: DeleteEntityButtonProps) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const notice = useRef<HTMLDivElement>(null);

  const ask = async () => {
    // The card names the entity and counts its claims; the dialog works without it too.
    const card = await client({ type: 'entity.card', id }).catch(() => null);
    const dataset = card && card.datasetId !== 'user' ? await datasetName(client, card.datasetId) : '';
    setState({ status: 'confirm', card, dataset });
  };

  const remove = async (subject: Subject) => {
    const { card } = subject;
    setState({ status: 'deleting', ...subject });
    try {
      const r = await client({ type: 'entity.delete', id, ...(basedOn ? { basedOn } : {}) });
      if (r.conflict) {
        // Changed in another window since the view loaded it: nothing was deleted.
        setState({ status: 'conflict' });
        setTimeout(() => notice.current?.focus(), 0);
        return;
      }
      setState({ status: 'idle' });
      onDeleted();
      // Nothing to undo when another window had deleted it already.
      if (r.undo.entities.length) showUndoToast({ client, undo: r.undo, name: card?.entity.name ?? id, entityId: id });
    } catch (e) {
      setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const subject = state.status === 'confirm' || state.status === 'deleting' ? state : null;
  const card = subject?.card ?? null;
  const name = card?.entity.name ?? id;
  return (
    <>
      <button type="button" class="ed-danger" data-testid="entity-delete" onClick={ask} disabled={state.status === 'deleting'}>
        {t('edit_delete_entity')}
      </button>
      {state.status === 'conflict' && (
        <ConflictNotice
          kind="changed"
          deleting
          noticeRef={notice}
          testId="entity-delete-conflict"
          onReload={() => {
            setState({ status: 'idle' });
            onReload();
          }}
        />
      )}
      {state.status === 'failed' && (
        <p class="error" role="alert">
          {t('edit_delete_failed', isolateQuoted(state.message))}
        </p>
      )}
      {subject && (
        <ConfirmDialog
          title={<IsolatedText msg="edit_delete_title" values={[name]} />}
          confirmLabel={state.status === 'deleting' ? t('edit_deleting') : t('edit_delete_confirm')}
          cancelLabel={t('edit_cancel')}
          busy={state.status === 'deleting'}
          onConfirm={() => remove(subject)}
          onCancel={() => setState({ status: 'idle' })}
        >
          <p>{t('edit_delete_body')}</p>
          {card && card.claims.length > 0 && <p>{t('edit_delete_claims', String(card.claims.length))}</p>}
          {subject.dataset && (
            <p>
              <IsolatedText msg="edit_delete_dataset" values={[subject.dataset]} />
            </p>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}
