/**
 * The entity editor's undo bar (see UndoBar): Undo restores the rows and opens the entity again
 * (for a deleted entity) or tells the page that deleted them.
 */
import type { Client } from '../../../lib/messages/client';
import type { UndoBundle } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { IsolatedText } from '../../IsolatedText';
import { entityHref } from '../route';
import { UndoBar } from '../UndoBar';
import { errorMessage } from '../quotedText';

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
  const restore = async () => {
    await client({ type: 'undo.apply', undo });
    onRestored?.();
    if (entityId !== undefined) location.hash = entityHref(entityId);
  };
  return (
    <UndoBar
      message={<IsolatedText msg="edit_deleted" values={[name]} />}
      failedText={(e) => t('edit_undo_failed', errorMessage(e))}
      undoLabel={t('edit_undo')}
      dismissLabel={t('edit_undo_dismiss')}
      onUndo={restore}
      onClose={onClose}
      testid="undo-toast"
      undoTestid="undo-button"
    />
  );
}
