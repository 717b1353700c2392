/** Display forms of dataset values: partial dates, date-times, entity types, countries. */
import type { EntityType } from '../../lib/dataset/schema';

const MONTH = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "2024" → "2024", "2024-09" → "September 2024", "2024-09-04" → "4 September 2024" (in the user's locale). */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined) return date;
  const utc = new Date(Date.UTC(y, m - 1, d ?? 1));
  return Number.isNaN(utc.getTime()) ? date : (d === undefined ? MONTH : DAY).format(utc);
}

/** The calendar date of an ISO date-time, e.g. a dataset's publishedAt. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
}

const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  company: 'Company',
  organization: 'Organisation',
  'government-body': 'Government body',
  alliance: 'Alliance',
  media: 'Media',
  place: 'Place',
  event: 'Event',
};

export function typeLabel(type: EntityType): string {
  return TYPE_LABELS[type] ?? type;
}

let regions: Intl.DisplayNames | null | undefined;

/** "UA" → "Ukraine", or the code itself where the runtime has no region names. */
export function countryName(code: string): string {
  if (regions === undefined) {
    try {
      regions = new Intl.DisplayNames(undefined, { type: 'region' });
    } catch {
      regions = null;
    }
  }
  try {
    return regions?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
