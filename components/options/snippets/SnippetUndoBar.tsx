/** The snippet library's undo bar after a deletion (see UndoBar). */
import { t } from '../../i18n';
import { countText } from '../format';
import { UndoBar } from '../UndoBar';
import { errorText } from './errorText';
import '../editor/controls.css';
import '../editor/overlays.css';

export interface SnippetUndoBarProps {
  count: number;
  onUndo(): Promise<void>;
  onClose(): void;
}

export function SnippetUndoBar({ count, onUndo, onClose }: SnippetUndoBarProps) {
  return (
    <div class="ed-undo-host">
      <UndoBar
        message={countText('lib_deleted', count)}
        failedText={(e) => t('lib_undo_failed', errorText(e))}
        undoLabel={t('lib_undo')}
        dismissLabel={t('lib_undo_dismiss')}
        onUndo={onUndo}
        onClose={onClose}
        testid="lib-undo-bar"
        undoTestid="lib-undo"
      />
    </div>
  );
}
