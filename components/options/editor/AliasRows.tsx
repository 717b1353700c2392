/** The entity's aliases: text, match-case and needs-context flags, language; add, remove, reorder. */
import { t } from '../../i18n';
import { CheckField } from './CheckField';
import { emptyAlias, type AliasDraft } from './draft';
import { Repeater } from './Repeater';
import { TextField } from './TextField';

export function AliasRows({ aliases, onChange }: { aliases: AliasDraft[]; onChange(aliases: AliasDraft[]): void }) {
  return (
    <Repeater
      path="$.aliases"
      legend={t('edit_aliases')}
      items={aliases}
      onChange={onChange}
      create={emptyAlias}
      addLabel={t('edit_alias_add')}
      empty={t('edit_aliases_empty')}
      itemLabel={(i) => t('edit_alias_n', String(i + 1))}
      render={(a, i, update) => (
        <>
          <div class="ed-inline-fields">
            <TextField path={`$.aliases[${i}].text`} label={t('edit_alias_text')} value={a.text} required class="ed-grow" onInput={(text) => update({ text })} />
            <TextField
              path={`$.aliases[${i}].lang`}
              label={t('edit_alias_lang')}
              value={a.lang}
              class="ed-narrow"
              spellcheck={false}
              hint={t('edit_alias_lang_hint')}
              onInput={(lang) => update({ lang })}
            />
          </div>
          <div class="ed-inline-fields">
            <CheckField path={`$.aliases[${i}].caseSensitive`} label={t('edit_alias_case')} checked={a.caseSensitive} onChange={(caseSensitive) => update({ caseSensitive })} />
            <CheckField path={`$.aliases[${i}].needsContext`} label={t('edit_alias_context')} checked={a.needsContext} onChange={(needsContext) => update({ needsContext })} />
          </div>
        </>
      )}
    />
  );
}
