/** The entity's own fields: name, type, id (a slug, editable only when creating), summary and country. */
import { ENTITY_TYPES } from '../../../lib/dataset/schema';
import { t } from '../../i18n';
import { countryName, typeLabel } from '../format';
import type { EntityDraft } from './draft';
import { SelectField } from './SelectField';
import { slugify } from './slug';
import { TextField } from './TextField';

export interface EntityBasicsProps {
  draft: EntityDraft;
  create: boolean;
  /** The user typed an id themselves: stop following the name. */
  idTouched: boolean;
  onIdTouched(): void;
  onChange(patch: Partial<EntityDraft>): void;
}

export function EntityBasics({ draft, create, idTouched, onIdTouched, onChange }: EntityBasicsProps) {
  const suggestion = slugify(draft.name);
  const country = draft.country.trim().toUpperCase();
  const countryHint = /^[A-Z]{2}$/.test(country) && countryName(country) !== country ? t('edit_country_is', countryName(country)) : t('edit_country_hint');
  return (
    <div class="ed-basics">
      <TextField
        path="$.name"
        label={t('edit_name')}
        value={draft.name}
        required
        onInput={(name) => onChange(create && !idTouched ? { name, id: slugify(name) } : { name })}
      />
      <SelectField
        path="$.type"
        label={t('edit_type')}
        value={draft.type}
        required
        onChange={(type) => onChange({ type: type as EntityDraft['type'] })}
        options={[{ value: '', label: t('edit_type_choose') }, ...ENTITY_TYPES.map((v) => ({ value: v, label: typeLabel(v) }))]}
      />
      <TextField
        path="$.id"
        label={t('edit_id')}
        value={draft.id}
        required={create}
        readOnly={!create}
        spellcheck={false}
        class="ed-mono"
        hint={create ? t('edit_id_hint_new') : t('edit_id_hint_fixed')}
        onInput={(id) => {
          onIdTouched();
          onChange({ id });
        }}
        after={
          create && suggestion && draft.id !== suggestion ? (
            <button type="button" class="ed-text-button" onClick={() => onChange({ id: suggestion })}>
              {t('edit_id_use_suggestion', suggestion)}
            </button>
          ) : null
        }
      />
      <TextField path="$.summary" label={t('edit_summary')} value={draft.summary} multiline rows={3} onInput={(summary) => onChange({ summary })} />
      <TextField
        path="$.country"
        label={t('edit_country')}
        value={draft.country}
        class="ed-narrow"
        spellcheck={false}
        hint={countryHint}
        onInput={(value) => onChange({ country: value.toUpperCase() })}
      />
    </div>
  );
}
