/** Says the entity was changed or deleted in another window since the editor loaded it, and offers to reload it. */
import type { Ref } from 'preact';
import { t } from '../../i18n';

export interface ConflictNoticeProps {
  kind: 'changed' | 'deleted';
  /** Loads the entity as stored now, discarding the form's edits. */
  onReload(): void;
  noticeRef: Ref<HTMLDivElement>;
}

export function ConflictNotice({ kind, onReload, noticeRef }: ConflictNoticeProps) {
  const changed = kind === 'changed';
  return (
    <div class="ed-error-summary" ref={noticeRef} tabIndex={-1} role="alert" aria-labelledby="edit-conflict-heading" data-testid="editor-conflict" data-conflict={kind}>
      <h3 id="edit-conflict-heading">{t(changed ? 'conc_changed_title' : 'conc_deleted_title')}</h3>
      <p>{t(changed ? 'conc_changed' : 'conc_deleted')}</p>
      <button type="button" class="ed-secondary" data-testid="editor-conflict-reload" onClick={onReload}>
        {t('conc_reload')}
      </button>
    </div>
  );
}
