/**
 * Edits a stored source in place, beside the claim that picked it: the same fields and checks as a
 * new source, saved at once on its own (a source is shared, so it is not part of the entity's save).
 * Enter saves, Escape cancels; focus goes to the title on open and back to the caller on close.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Source } from '../../../lib/dataset/schema';
import type { ValidationError } from '../../../lib/dataset/validate';
import { sourceVersion } from '../../../lib/db/edit-checks';
import type { Client } from '../../../lib/messages/client';
import { t } from '../../i18n';
import { checkSource } from './check';
import { ConflictNotice, type ConflictKind } from './ConflictNotice';
import { draftToSource, sourceToDraft, type SourceDraft } from './draft';
import { fieldId, localizeAll, toErrorMap, under } from './errors';
import { FormErrors } from './formContext';
import { SourceForm } from './SourceForm';
import { isolateQuoted } from '../quotedText';

export interface SourceEditorProps {
  client: Client;
  /** Where its fields live, e.g. `$.claims[2].sourceEdit`. */
  path: string;
  source: Source;
  /** Claims in the open form that cite it. */
  citedHere: number;
  onSaved(source: Source): void;
  /** After a conflict, the source as stored now (null: deleted), loaded again at the user's request. */
  onReloaded(source: Source | null): void;
  onClose(): void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function SourceEditor({ client, path, source, citedHere, onSaved, onReloaded, onClose }: SourceEditorProps) {
  const [draft, setDraft] = useState<SourceDraft>(() => sourceToDraft(source));
  /** The version of the source as opened (or reloaded): the background refuses saves based on an older one. */
  const [base, setBase] = useState(() => sourceVersion(source));
  const [conflict, setConflict] = useState<ConflictKind | null>(null);
  const conflictNotice = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const errorMap = useMemo(() => toErrorMap(errors), [errors]);
  const fields = new Set(['title', 'publisher', 'author', 'date', 'url'].map((f) => `${path}.${f}`));
  // Errors not at a field (the id, or a failure to reach the background) are said above the actions.
  const general = errors.filter((e) => !fields.has(e.path));

  useEffect(() => document.getElementById(fieldId(`${path}.title`))?.focus(), []);

  const change = (next: SourceDraft) => {
    setDraft(next);
    if (attempted) setErrors(checkSource(source.id, next, path));
  };

  const focusFirstError = (list: readonly ValidationError[]) =>
    setTimeout(() => document.getElementById(fieldId(list.find((e) => fields.has(e.path))?.path ?? `${path}.title`))?.focus(), 0);

  const save = async () => {
    if (saving) return;
    setAttempted(true);
    const problems = checkSource(source.id, draft, path);
    setErrors(problems);
    if (problems.length) return focusFirstError(problems);
    const next = draftToSource(source.id, draft);
    setSaving(true);
    setConflict(null);
    try {
      const r = await client({ type: 'source.save', source: next, create: false, basedOn: base });
      if (r.ok) return onSaved(r.value);
      if (r.conflict) {
        // Nothing was written; the edits stay in the form until the user reloads.
        setConflict(r.conflict);
        setTimeout(() => conflictNotice.current?.focus(), 0);
        return;
      }
      const list = under(path, localizeAll(r.errors, next));
      setErrors(list);
      focusFirstError(list);
    } catch (e) {
      setErrors([{ path, message: t('edit_src_save_failed', messageOf(e)) }]);
    } finally {
      setSaving(false);
    }
  };

  /** Loads the source as stored now, dropping the form's edits; a deleted one closes the editor. */
  const reload = async () => {
    try {
      const stored = (await client({ type: 'source.list' })).sources.find((s) => s.id === source.id) ?? null;
      setConflict(null);
      setErrors([]);
      setAttempted(false);
      if (stored) {
        setDraft(sourceToDraft(stored));
        setBase(sourceVersion(stored));
        setTimeout(() => document.getElementById(fieldId(`${path}.title`))?.focus(), 0);
      }
      onReloaded(stored);
    } catch (e) {
      setErrors([{ path, message: t('edit_src_save_failed', messageOf(e)) }]);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // The source form sits inside the entity's form: Enter here saves the source, not the entity.
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape' && !saving) {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <div class="ed-source-edit" onKeyDown={onKeyDown} aria-busy={saving}>
      <FormErrors.Provider value={errorMap}>
        <SourceForm path={path} value={draft} onChange={change} legend={t('edit_src_edit_legend')} testId="source-edit-form">
          <p class="ed-hint ed-src-shared" data-testid="source-shared-note">
            {t('edit_src_shared_note', String(citedHere))}
          </p>
          {conflict && <ConflictNotice kind={conflict} subject="source" onReload={() => void reload()} noticeRef={conflictNotice} testId="source-conflict" />}
          {general.map((e) => (
            <p key={e.message} class="error" role="alert">
              {isolateQuoted(e.message)}
            </p>
          ))}
          <div class="ed-src-actions">
            <button type="button" class="ed-primary" data-testid="source-edit-save" onClick={save} disabled={saving}>
              {saving ? t('edit_saving') : t('edit_src_save')}
            </button>
            <button type="button" class="ed-secondary" data-testid="source-edit-cancel" onClick={onClose} disabled={saving}>
              {t('edit_cancel')}
            </button>
          </div>
        </SourceForm>
      </FormErrors.Provider>
    </div>
  );
}
