import type { Role } from '../../lib/dataset/schema';
import type { EntityCard } from '../../lib/messages/protocol';
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
            <span class="role-title">{role.title}</span>
            {org && role.organizationId && (
              <>
                {', '}
                <a href={entityHref(role.organizationId)} data-entity-id={role.organizationId}>
                  {org.name}
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
  const start = role.start && <time dateTime={role.start}>{formatPartialDate(role.start)}</time>;
  const end = role.end && <time dateTime={role.end}>{formatPartialDate(role.end)}</time>;
  if (start && end)
    return (
      <span class="period">
        {' '}
        ({start} – {end})
      </span>
    );
  if (start) return <span class="period"> ({role.former ? <>from {start}, former</> : <>since {start}</>})</span>;
  if (end) return <span class="period"> (until {end})</span>;
  return role.former ? <span class="period"> (former)</span> : null;
}
