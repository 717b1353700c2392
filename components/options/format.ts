/** Display forms of dataset values in the UI language: numbers, counts, partial dates, date-times, entity types, countries. */
import type { EntityType } from '../../lib/dataset/schema';
import { t } from '../i18n';

/**
 * The language the page's messages came in: numbers, plurals and dates follow it, so a sentence
 * never mixes two languages. (Chromium may pick a message locale other than getUILanguage().)
 */
export function uiLocale(): string {
  try {
    const lang = t('opt_html_lang');
    return lang && lang !== 'opt_html_lang' ? lang : 'en';
  } catch {
    return 'en';
  }
}

let plurals: Intl.PluralRules | undefined;

/**
 * A counted phrase: "1 entity", "45 entities", "21 сутність", "3 сутності". `base` names four
 * messages, `<base>_one`, `_few`, `_many` and `_other`, each with `$1` for the number: Ukrainian
 * needs three forms, English two (its `_few` and `_many` say what `_other` says).
 */
export function countText(base: string, count: number): string {
  plurals ??= new Intl.PluralRules(uiLocale());
  const category = plurals.select(count);
  const form = category === 'one' || category === 'few' || category === 'many' ? category : 'other';
  return t(`${base}_${form}`, formatNumber(count));
}

export function formatNumber(n: number): string {
  return n.toLocaleString(uiLocale());
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(uiLocale(), options)));
  return format;
}

/** "2024" → "2024", "2024-09" → "September 2024", "2024-09-04" → "4 September 2024" (in the UI language). */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined) return date;
  const utc = new Date(Date.UTC(y, m - 1, d ?? 1));
  if (Number.isNaN(utc.getTime())) return date;
  return dateFormat(d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(utc);
}

/** The calendar date of an ISO date-time, e.g. a dataset's publishedAt. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat({ dateStyle: 'long' }).format(date);
}

/** "Person", "Government body", in the UI language. */
export function typeLabel(type: EntityType): string {
  return t(`opt_type_${type.replace(/-/g, '_')}`);
}

let regions: Intl.DisplayNames | null | undefined;

/** "UA" → "Ukraine", or the code itself where the runtime has no region names. */
export function countryName(code: string): string {
  if (regions === undefined) {
    try {
      regions = new Intl.DisplayNames(uiLocale(), { type: 'region' });
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
