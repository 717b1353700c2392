/** The optional note and tags for a snippet saved just now: a small form; Escape or Cancel closes it. */
import { useState } from 'preact/hooks';
import { t } from './i18n';

export interface SnippetNoteFormProps {
  busy: boolean;
  onSave(note: string, tags: string[]): void;
  onCancel(): void;
}

export function SnippetNoteForm({ busy, onSave, onCancel }: SnippetNoteFormProps) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  return (
    <form
      class="note"
      aria-label={t('snip_note_title')}
      data-testid="snippet-note-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(
          note,
          tags
            .split(',')
            .map((tag) => tag.trim())
            .filter(Boolean),
        );
      }}
    >
      <label>
        {t('snip_note_label')}
        <textarea rows={3} maxLength={20_000} value={note} data-testid="snippet-note" onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('snip_tags_label')}
        <input type="text" value={tags} data-testid="snippet-tags" onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="button" class="plain" onClick={onCancel}>
          {t('snip_note_cancel')}
        </button>
        <button type="submit" class="primary" disabled={busy} data-testid="snippet-note-save">
          {t('snip_note_save')}
        </button>
      </div>
    </form>
  );
}
