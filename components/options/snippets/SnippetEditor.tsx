/** Inline form for a snippet's note and tags, checked before it is sent and again by the background. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ValidationError } from '../../../lib/dataset/validate';
import { parseTags } from '../../../lib/snippets/library';
import { t } from '../../i18n';
import { errorText } from './errorText';

export const MAX_NOTE = 20_000;
export const MAX_TAG = 100;
export const MAX_TAGS = 100;

export interface SnippetEditorProps {
  id: string;
  note: string;
  tags: readonly string[];
  /** Resolves to the errors that stopped the save, or nothing once saved. */
  onSave(note: string, tags: string[]): Promise<ValidationError[] | void>;
  onCancel(): void;
}

/** What is wrong with the form, by field, in the UI language. */
function check(note: string, tags: string[]): { note?: string; tags?: string } {
  const errors: { note?: string; tags?: string } = {};
  if (note.length > MAX_NOTE) errors.note = t('lib_error_note_long', String(MAX_NOTE));
  const long = tags.find((tag) => tag.length > MAX_TAG);
  if (long) errors.tags = t('lib_error_tag_long', [long.slice(0, 20), String(MAX_TAG)]);
  else if (tags.length > MAX_TAGS) errors.tags = t('lib_error_tags_many', String(MAX_TAGS));
  return errors;
}

export function SnippetEditor(props: SnippetEditorProps) {
  const [noteState, setNote] = useState(props.note);
  const [tagText, setTagText] = useState(props.tags.join(', '));
  const [errors, setErrors] = useState<{ note?: string; tags?: string; other?: string }>({});
  const [saving, setSaving] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const base = `lib-edit-${props.id}`;

  useEffect(() => noteRef.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    // What the fields hold now: a submit can come before the last keystroke's render.
    const note = noteRef.current?.value ?? noteState;
    const tags = parseTags(tagsRef.current?.value ?? tagText);
    const local = check(note, tags);
    setErrors(local);
    if (local.note || local.tags) return;
    setSaving(true);
    try {
      const problems = await props.onSave(note, tags);
      if (problems?.length) {
        // The background checks with the schema; map its paths back to the two fields.
        const at = (prefix: string) => problems.filter((p) => p.path.startsWith(prefix)).map((p) => p.message).join('; ') || undefined;
        setErrors({ note: at('$.note'), tags: at('$.tags'), other: problems.filter((p) => !/^\$\.(note|tags)/.test(p.path)).map((p) => p.message).join('; ') || undefined });
      }
    } catch (err) {
      setErrors({ other: t('lib_save_failed', errorText(err)) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="lib-edit" data-testid="lib-edit-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && props.onCancel()} noValidate>
      <label class="lib-field-label" for={`${base}-note`}>
        {t('lib_note')}
      </label>
      <textarea
        id={`${base}-note`}
        ref={noteRef}
        class="lib-textarea"
        rows={3}
        value={noteState}
        data-testid="lib-edit-note"
        aria-invalid={errors.note ? true : undefined}
        aria-describedby={errors.note ? `${base}-note-error` : undefined}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      {errors.note && (
        <p id={`${base}-note-error`} class="error" role="alert">
          {errors.note}
        </p>
      )}
      <label class="lib-field-label" for={`${base}-tags`}>
        {t('lib_tags')}
      </label>
      <input
        id={`${base}-tags`}
        class="search-input"
        type="text"
        ref={tagsRef}
        value={tagText}
        data-testid="lib-edit-tags"
        aria-invalid={errors.tags ? true : undefined}
        aria-describedby={`${base}-tags-hint${errors.tags ? ` ${base}-tags-error` : ''}`}
        onInput={(e) => setTagText(e.currentTarget.value)}
      />
      <p id={`${base}-tags-hint`} class="muted small">
        {t('lib_tags_hint')}
      </p>
      {errors.tags && (
        <p id={`${base}-tags-error`} class="error" role="alert">
          {errors.tags}
        </p>
      )}
      {errors.other && (
        <p class="error" role="alert">
          {errors.other}
        </p>
      )}
      <div class="lib-actions">
        <button type="submit" class="button primary" data-testid="lib-edit-save" disabled={saving}>
          {saving ? t('lib_saving') : t('lib_save')}
        </button>
        <button type="button" class="button subtle" data-testid="lib-edit-cancel" onClick={props.onCancel} disabled={saving}>
          {t('lib_cancel')}
        </button>
      </div>
    </form>
  );
}
