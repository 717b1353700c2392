/** The entities a claim is about: the edited entity (always) and others, added with a picker. */
import { useContext } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import { isolate } from '../../bidi';
import { t } from '../../i18n';
import { SELF, type PickedEntity } from './draft';
import { EntityPicker } from './EntityPicker';
import { fieldId } from './errors';
import { FieldErrors } from './FieldErrors';
import { FormErrors } from './formContext';

export interface AboutEntitiesProps {
  client: Client;
  /** Path of the claim, e.g. `$.claims[2]`. */
  path: string;
  about: readonly PickedEntity[];
  selfId: string;
  selfName: string;
  onChange(about: PickedEntity[]): void;
}

export function AboutEntities({ client, path, about, selfId, selfName, onChange }: AboutEntitiesProps) {
  const errors = useContext(FormErrors);
  const nameOf = (e: PickedEntity) => (e.id === SELF ? selfName || t('edit_this_entity') : e.name);
  return (
    <fieldset class="ed-about">
      <legend>{t('edit_claim_about')}</legend>
      <ul class="ed-chips">
        {about.map((e, k) => (
          <li key={e.id} class="ed-chip" id={fieldId(`${path}.entities[${k}]`)} tabIndex={-1}>
            <bdi>{nameOf(e)}</bdi>
            {e.id !== SELF && (
              <button type="button" class="ed-chip-remove" aria-label={t('edit_claim_about_remove', isolate(nameOf(e)))} onClick={() => onChange(about.filter((x) => x !== e))}>
                <span aria-hidden="true">×</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {about.map((_, k) => (
        <FieldErrors key={k} path={`${path}.entities[${k}]`} errors={errors.get(`${path}.entities[${k}]`) ?? []} />
      ))}
      <EntityPicker
        client={client}
        path={`${path}.about`}
        label={t('edit_claim_about_add')}
        value={{ id: '', name: '' }}
        clearOnPick
        exclude={[selfId, ...about.map((e) => e.id)]}
        onChange={(picked) => picked.id && onChange([...about, picked])}
      />
    </fieldset>
  );
}
