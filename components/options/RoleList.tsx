import type { Role } from '../../lib/dataset/schema';
import type { EntityCard } from '../../lib/messages/protocol';
import { t } from '../i18n';
import { formatPartialDate } from './format';
import { entityHref } from './route';

/** An entity's roles: title, the organisation (linked when it is in the database) and the period held. */
export function RoleList({ roles, organizations }: { roles: readonly Role[]; organizations: EntityCard['organizations'] }) {
  return (
    <ul class="roles">
      {roles.map((role, i) => {
        const org = role.organizationId ? organizations[role.organizationId] : undefined;
        return (
          <li key={i} data-testid="role">
            <bdi class="role-title">{role.title}</bdi>
            {org && role.organizationId && (
              <>
                {', '}
                <a href={entityHref(role.organizationId)} data-entity-id={role.organizationId}>
                  <bdi>{org.name}</bdi>
                </a>
              </>
            )}
            <RolePeriod role={role} />
          </li>
        );
      })}
    </ul>
  );
}

/** "March 2020 – September 2024", "since 2019", "until 2021" or "former", as far as the dataset knows. */
function RolePeriod({ role }: { role: Role }) {
  const start = role.start && formatPartialDate(role.start);
  const end = role.end && formatPartialDate(role.end);
  let text: string | null = null;
  if (start && end) text = t('opt_role_period', [start, end]);
  else if (start) text = t(role.former ? 'opt_role_from_former' : 'opt_role_since', start);
  else if (end) text = t('opt_role_until', end);
  else if (role.former) text = t('opt_role_former');
  return text ? <span class="period"> ({text})</span> : null;
}
