/** A source's fields: title, publisher, author, date and URL, as the document states them (a new source, or a stored one being edited). */
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';
import type { SourceDraft } from './draft';
import { TextField } from './TextField';

export interface SourceFormProps {
  path: string;
  value: SourceDraft;
  onChange(value: SourceDraft): void;
  /** Defaults to "New source". */
  legend?: string;
  testId?: string;
  /** Shown after the fields, inside the group: a note, actions. */
  children?: ComponentChildren;
}

export function SourceForm({ path, value, onChange, legend, testId, children }: SourceFormProps) {
  const set = (patch: Partial<SourceDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset class="ed-source-form" data-testid={testId ?? 'source-form'}>
      <legend>{legend ?? t('edit_source_new_legend')}</legend>
      <TextField path={`${path}.title`} label={t('edit_source_title')} value={value.title} required onInput={(title) => set({ title })} />
      <div class="ed-inline-fields">
        <TextField path={`${path}.publisher`} label={t('edit_source_publisher')} value={value.publisher} onInput={(publisher) => set({ publisher })} />
        <TextField path={`${path}.author`} label={t('edit_source_author')} value={value.author} onInput={(author) => set({ author })} />
        <TextField path={`${path}.date`} label={t('edit_source_date')} value={value.date} class="ed-date" hint={t('edit_date_hint')} onInput={(date) => set({ date })} />
      </div>
      <TextField path={`${path}.url`} label={t('edit_source_url')} type="url" value={value.url} spellcheck={false} hint={t('edit_link_url_hint')} onInput={(url) => set({ url })} />
      {children}
    </fieldset>
  );
}
