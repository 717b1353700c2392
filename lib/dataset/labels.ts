/** Human-readable names for entity types and partial dates. */
import type { EntityType, Role } from './schema';

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  company: 'Company',
  organization: 'Organisation',
  'government-body': 'Government body',
  alliance: 'Alliance',
  media: 'News media',
  place: 'Place',
  event: 'Event',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-10-13" → "13 October 2024"; "2024-10" → "October 2024"; "2024" → "2024". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? date;
}

/** The role to show first: the first one not marked former and without an end date. */
export function currentRole(roles: readonly Role[]): Role | undefined {
  return roles.find((r) => !r.former && !r.end);
}
