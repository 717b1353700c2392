/** Says an entity, claim or source was changed or deleted in another window since the editor loaded it, and offers to reload it. */
import type { Ref } from 'preact';
import { t } from '../../i18n';

export type ConflictKind = 'changed' | 'deleted';
/** What was refused: the entity itself, one of its claims (the rest of the form was saved), or a source. */
export type ConflictSubject = 'entity' | 'claim' | 'source';

export interface ConflictNoticeProps {
  kind: ConflictKind;
  subject?: ConflictSubject;
  /** The refused request was a delete (refused only when the row changed): nothing was deleted. */
  deleting?: boolean;
  /** Loads what is stored now, discarding the form's edits. */
  onReload(): void;
  noticeRef: Ref<HTMLDivElement>;
  /** Defaults to "editor-conflict"; also the base of the heading's id, so two notices can share a page. */
  testId?: string;
}

/** A refused delete: the row changed since it was loaded, and was not deleted. */
const DELETE_BODY: Record<ConflictSubject, string> = { entity: 'conc_delete_entity_changed', claim: 'conc_delete_claim_changed', source: 'conc_delete_source_changed' };

const BODY: Record<ConflictSubject, Record<ConflictKind, string>> = {
  entity: { changed: 'conc_changed', deleted: 'conc_deleted' },
  claim: { changed: 'full_claim_changed', deleted: 'full_claim_deleted' },
  source: { changed: 'full_source_changed', deleted: 'full_source_deleted' },
};

export function ConflictNotice({ kind, subject = 'entity', deleting = false, onReload, noticeRef, testId = 'editor-conflict' }: ConflictNoticeProps) {
  const headingId = `${testId}-heading`;
  return (
    <div class="ed-error-summary" ref={noticeRef} tabIndex={-1} role="alert" aria-labelledby={headingId} data-testid={testId} data-conflict={kind} data-subject={subject} data-action={deleting ? 'delete' : 'save'}>
      <h3 id={headingId}>{t(kind === 'changed' ? 'conc_changed_title' : 'conc_deleted_title')}</h3>
      <p>{t(deleting ? DELETE_BODY[subject] : BODY[subject][kind])}</p>
      <button type="button" class="ed-secondary" data-testid={`${testId}-reload`} onClick={onReload}>
        {t(subject === 'source' ? 'full_source_reload' : 'conc_reload')}
      </button>
    </div>
  );
}
