/** The export formats of the snippet library: what each is called on disk and how it is written. */
import { exportWebAnnotations } from './export-annotation';
import { exportCsl } from './export-csl';
import { exportCsv } from './export-csv';
import type { ExportContext } from './export-common';
import { exportMarkdown, ENGLISH_MARKDOWN_LABELS, type MarkdownLabels } from './export-markdown';
import type { Snippet } from './schema';

export const EXPORT_FORMATS = ['annotation', 'csv', 'markdown', 'csl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const FILES: Record<ExportFormat, { suffix: string; mime: string }> = {
  annotation: { suffix: '.jsonld', mime: 'application/ld+json' },
  csv: { suffix: '.csv', mime: 'text/csv;charset=utf-8' },
  markdown: { suffix: '.md', mime: 'text/markdown;charset=utf-8' },
  csl: { suffix: '.csl.json', mime: 'application/vnd.citationstyles.csl+json' },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "dossier-snippets-2026-11-25.csv": the local date, so the name matches the user's calendar. */
export function exportFilename(format: ExportFormat, now: Date): string {
  return `dossier-snippets-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}${FILES[format].suffix}`;
}

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

export interface ExportOptions extends ExportContext {
  now: Date;
  markdownLabels?: MarkdownLabels;
  /** The Web Annotation collection's label. */
  collectionLabel?: string;
}

export function exportSnippets(format: ExportFormat, snippets: readonly Snippet[], options: ExportOptions): ExportFile {
  const text =
    format === 'annotation'
      ? exportWebAnnotations(snippets, options, options.collectionLabel)
      : format === 'csv'
        ? exportCsv(snippets, options)
        : format === 'markdown'
          ? exportMarkdown(snippets, options, options.markdownLabels ?? ENGLISH_MARKDOWN_LABELS)
          : exportCsl(snippets);
  return { filename: exportFilename(format, options.now), mime: FILES[format].mime, text };
}
