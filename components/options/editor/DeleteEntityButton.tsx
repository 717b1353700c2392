/**
 * "Delete entity" in the entity view: asks first (saying what goes with it), deletes, then offers
 * Undo for ~10 seconds in a bar that outlives the view.
 */
import { useState } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import type { EntityCard } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { IsolatedText } from '../../IsolatedText';
import { ConfirmDialog } from './ConfirmDialog';
import { datasetName } from './load';
import { showUndoToast } from './undoHost';
import './controls.css';
import './overlays.css';

export interface DeleteEntityButtonProps {
  client: Client;
  id: string;
  onDeleted(): void;
}

/** What the dialog says about the entity; the card is null when it could not be read. */
interface Subject {
  card: EntityCard | null;
  dataset: string;
}

type State = { status: 'idle' } | ({ status: 'confirm' | 'deleting' } & Subject) | { status: 'failed'; message: string };

export function DeleteEntityButton({ client, id, onDeleted }: DeleteEntityButtonProps) {
  const [state, setState] = useState<State>({ status: 'idle' });

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
      const { undo } = await client({ type: 'entity.delete', id });
      setState({ status: 'idle' });
      onDeleted();
      showUndoToast({ client, undo, name: card?.entity.name ?? id, entityId: id });
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
      {state.status === 'failed' && (
        <p class="error" role="alert">
          {t('edit_delete_failed', state.message)}
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
