/**
 * Snippets as Markdown: each quote as a block quote, then a citation line (title, site, author,
 * publication date, URL, saved date), the note and the tags. Text from pages is escaped so that
 * it shows as written and cannot turn into links, headings or HTML.
 */
import { entityName, exportOrder, isoDate, type ExportContext } from './export-common';
import type { Snippet } from './schema';

/** The words the file uses; the options page passes them in the UI language. */
export interface MarkdownLabels {
  heading: string;
  saved: string;
  note: string;
  tags: string;
  entities: string;
}

export const ENGLISH_MARKDOWN_LABELS: MarkdownLabels = { heading: 'Dossier snippets', saved: 'saved', note: 'Note', tags: 'Tags', entities: 'Entities' };

/**
 * Backslash-escapes Markdown's inline syntax, angle brackets so nothing turns into HTML, and "&"
 * so that "&amp;" in a quote is not shown as "&".
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, '\\$&');
}

/** Text that starts a line: also keeps "- ", "= " and "1. " from becoming lists or headings. */
export function escapeLine(text: string): string {
  return escapeMarkdown(text).replace(/^(\s*)(?:([-=])(?=\s|[-=]*$)|(\d+)(?=\.))/, (_m, space: string, mark?: string, digits?: string) =>
    mark ? `${space}\\${mark}` : `${space}${digits}\\`,
  );
}

/** Lines of a block quote: blank lines stay inside the quote as a bare ">". */
function blockQuote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() ? `> ${escapeLine(line.trim())}` : '>'))
    .join('\n');
}

/** An autolink; a URL with spaces or angle brackets (not from the schema, but be safe) as plain escaped text. */
function link(url: string): string {
  return /[\s<>]/.test(url) ? escapeMarkdown(url) : `<${url}>`;
}

export function citationLine(s: Snippet, labels: MarkdownLabels): string {
  const parts = [s.title ? `*${escapeMarkdown(s.title)}*` : '', escapeMarkdown(s.site), s.author ? escapeMarkdown(s.author) : '', isoDate(s.publishedAt)];
  return `— ${parts.filter(Boolean).join(', ')}. ${link(s.url)} (${labels.saved} ${isoDate(s.savedAt)})`;
}

function snippetBlock(s: Snippet, ctx: ExportContext, labels: MarkdownLabels): string {
  const lines = [blockQuote(s.quote), '', citationLine(s, labels)];
  if (s.note.trim()) lines.push('', `**${labels.note}:** ${s.note.trim().split(/\r\n?|\n/).map(escapeLine).join('  \n')}`);
  if (s.entities.length) lines.push('', `**${labels.entities}:** ${s.entities.map((id) => escapeMarkdown(entityName(ctx, id))).join(', ')}`);
  if (s.tags.length) lines.push('', `**${labels.tags}:** ${s.tags.map((tag) => escapeMarkdown(tag)).join(', ')}`);
  return lines.join('\n');
}

export function exportMarkdown(snippets: readonly Snippet[], ctx: ExportContext, labels: MarkdownLabels = ENGLISH_MARKDOWN_LABELS): string {
  const blocks = exportOrder(snippets).map((s) => snippetBlock(s, ctx, labels));
  return `# ${escapeMarkdown(labels.heading)}\n\n${blocks.join('\n\n---\n\n')}\n`;
}
