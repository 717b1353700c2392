/**
 * Dates of the dataset ("2024", "2024-10", "2024-10-13") written out in the language of the UI
 * text. The locale comes from the message files (`pop_date_locale`), so dates always match the
 * words around them: "13 October 2024" in English, "13 жовтня 2024 р." in Ukrainian.
 */
import { t } from './i18n';

export function formatLocalPartialDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : m
      ? { month: 'long', year: 'numeric' }
      : { year: 'numeric' };
  try {
    // UTC both ways, so no time zone moves a date to the day before.
    return new Intl.DateTimeFormat(t('pop_date_locale'), { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, (m || 1) - 1, d || 1)));
  } catch {
    return date;
  }
}
