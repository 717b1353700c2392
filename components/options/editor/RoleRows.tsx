/** The entity's roles: title, organisation (an entity), start, end, former; add, remove, reorder. */
import type { Client } from '../../../lib/messages/client';
import { t } from '../../i18n';
import { CheckField } from './CheckField';
import { emptyRole, type RoleDraft } from './draft';
import { EntityPicker } from './EntityPicker';
import { Repeater } from './Repeater';
import { TextField } from './TextField';

export function RoleRows({ client, roles, onChange }: { client: Client; roles: RoleDraft[]; onChange(roles: RoleDraft[]): void }) {
  return (
    <Repeater
      path="$.roles"
      legend={t('edit_roles')}
      items={roles}
      onChange={onChange}
      create={emptyRole}
      addLabel={t('edit_role_add')}
      empty={t('edit_roles_empty')}
      itemLabel={(i) => t('edit_role_n', String(i + 1))}
      render={(r, i, update) => (
        <>
          <TextField path={`$.roles[${i}].title`} label={t('edit_role_title')} value={r.title} required onInput={(title) => update({ title })} />
          <EntityPicker client={client} path={`$.roles[${i}].organizationId`} label={t('edit_role_org')} value={r.organization} onChange={(organization) => update({ organization })} />
          <div class="ed-inline-fields">
            <TextField path={`$.roles[${i}].start`} label={t('edit_role_start')} value={r.start} class="ed-date" hint={t('edit_date_hint')} onInput={(start) => update({ start })} />
            <TextField path={`$.roles[${i}].end`} label={t('edit_role_end')} value={r.end} class="ed-date" hint={t('edit_date_hint')} onInput={(end) => update({ end })} />
          </div>
          <CheckField path={`$.roles[${i}].former`} label={t('edit_role_former')} checked={r.former} onChange={(former) => update({ former })} />
        </>
      )}
    />
  );
}
