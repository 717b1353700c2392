/** The entities this one relates to: which entity, and how ("member of"); add, remove, reorder. */
import type { Client } from '../../../lib/messages/client';
import { t } from '../../i18n';
import { emptyRelated, type RelatedDraft } from './draft';
import { EntityPicker } from './EntityPicker';
import { Repeater } from './Repeater';
import { TextField } from './TextField';

export function RelatedRows(props: { client: Client; selfId: string; related: RelatedDraft[]; onChange(related: RelatedDraft[]): void }) {
  return (
    <Repeater
      path="$.related"
      legend={t('edit_related')}
      items={props.related}
      onChange={props.onChange}
      create={emptyRelated}
      addLabel={t('edit_related_add')}
      empty={t('edit_related_empty')}
      itemLabel={(i) => t('edit_related_n', String(i + 1))}
      render={(r, i, update) => (
        <div class="ed-inline-fields">
          <EntityPicker
            client={props.client}
            path={`$.related[${i}].id`}
            label={t('edit_related_entity')}
            value={r.entity}
            required
            exclude={props.selfId ? [props.selfId] : []}
            onChange={(entity) => update({ entity })}
          />
          <TextField path={`$.related[${i}].relation`} label={t('edit_related_relation')} value={r.relation} required hint={t('edit_related_relation_hint')} onInput={(relation) => update({ relation })} />
        </div>
      )}
    />
  );
}
