/** A new source written along with a claim: title, publisher, author, date and URL, as the document states them. */
import { t } from '../../i18n';
import type { SourceDraft } from './draft';
import { TextField } from './TextField';

export function SourceForm({ path, value, onChange }: { path: string; value: SourceDraft; onChange(value: SourceDraft): void }) {
  const set = (patch: Partial<SourceDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset class="ed-source-form" data-testid="source-form">
      <legend>{t('edit_source_new_legend')}</legend>
      <TextField path={`${path}.title`} label={t('edit_source_title')} value={value.title} required onInput={(title) => set({ title })} />
      <div class="ed-inline-fields">
        <TextField path={`${path}.publisher`} label={t('edit_source_publisher')} value={value.publisher} onInput={(publisher) => set({ publisher })} />
        <TextField path={`${path}.author`} label={t('edit_source_author')} value={value.author} onInput={(author) => set({ author })} />
        <TextField path={`${path}.date`} label={t('edit_source_date')} value={value.date} class="ed-date" hint={t('edit_date_hint')} onInput={(date) => set({ date })} />
      </div>
      <TextField path={`${path}.url`} label={t('edit_source_url')} type="url" value={value.url} spellcheck={false} hint={t('edit_link_url_hint')} onInput={(url) => set({ url })} />
    </fieldset>
  );
}
