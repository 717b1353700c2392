/** The entity's links: an https URL and an optional title; add, remove, reorder. */
import { t } from '../../i18n';
import { emptyLink, type LinkDraft } from './draft';
import { Repeater } from './Repeater';
import { TextField } from './TextField';

export function LinkRows({ links, onChange }: { links: LinkDraft[]; onChange(links: LinkDraft[]): void }) {
  return (
    <Repeater
      path="$.links"
      legend={t('edit_links')}
      items={links}
      onChange={onChange}
      create={emptyLink}
      addLabel={t('edit_link_add')}
      empty={t('edit_links_empty')}
      itemLabel={(i) => t('edit_link_n', String(i + 1))}
      render={(l, i, update) => (
        <div class="ed-inline-fields">
          <TextField path={`$.links[${i}].url`} label={t('edit_link_url')} type="url" value={l.url} required class="ed-grow" spellcheck={false} hint={t('edit_link_url_hint')} onInput={(url) => update({ url })} />
          <TextField path={`$.links[${i}].title`} label={t('edit_link_title')} value={l.title} onInput={(title) => update({ title })} />
        </div>
      )}
    />
  );
}
