/**
 * Snippets as CSV (RFC 4180): CRLF line ends, a header row, fields with a comma, quote or line
 * break in double quotes with quotes doubled. UTF-8 with a byte order mark, because Excel reads a
 * CSV file without one in the system's legacy code page and garbles every non-Latin letter.
 */
import { entityName, exportOrder, isoDate, type ExportContext } from './export-common';
import type { Snippet } from './schema';

export const CSV_BOM = '\uFEFF';

const COLUMNS: readonly (readonly [string, (s: Snippet, ctx: ExportContext) => string])[] = [
  ['id', (s) => s.id],
  ['quote', (s) => s.quote],
  ['note', (s) => s.note],
  ['tags', (s) => s.tags.join('; ')],
  ['entities', (s, ctx) => s.entities.map((id) => entityName(ctx, id)).join('; ')],
  ['entity_ids', (s) => s.entities.join('; ')],
  ['title', (s) => s.title],
  ['site', (s) => s.site],
  ['url', (s) => s.url],
  ['author', (s) => s.author ?? ''],
  ['published', (s) => isoDate(s.publishedAt)],
  ['saved_at', (s) => s.savedAt],
  ['updated_at', (s) => s.updatedAt ?? ''],
  ['placement', (s) => s.placement?.status ?? ''],
  ['prefix', (s) => s.prefix],
  ['suffix', (s) => s.suffix],
  ['start', (s) => String(s.position.start)],
  ['end', (s) => String(s.position.end)],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name);

/**
 * One field. Text from web pages that starts like a spreadsheet formula ("=HYPERLINK(…)", "+1",
 * "@SUM", "-SUM(…)": Excel reads any leading "-" as one) gets a leading apostrophe so that Excel
 * shows it instead of running it.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function exportCsv(snippets: readonly Snippet[], ctx: ExportContext): string {
  const rows = [CSV_HEADER.map(csvField).join(',')];
  for (const s of exportOrder(snippets)) rows.push(COLUMNS.map(([, get]) => csvField(get(s, ctx))).join(','));
  return CSV_BOM + rows.join('\r\n') + '\r\n';
}
