/** Exports the selected snippets, or all of them, in the format chosen; the file downloads at once. */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, exportSnippets, type ExportFormat } from '../../../lib/snippets/export-files';
import type { Snippet } from '../../../lib/snippets/schema';
import { t } from '../../i18n';
import { saveTextFile } from '../datasets/download';
import { formatNumber } from '../format';

const FORMAT_KEYS: Record<ExportFormat, { label: string; help: string }> = {
  annotation: { label: 'lib_format_annotation', help: 'lib_format_annotation_help' },
  csv: { label: 'lib_format_csv', help: 'lib_format_csv_help' },
  markdown: { label: 'lib_format_markdown', help: 'lib_format_markdown_help' },
  csl: { label: 'lib_format_csl', help: 'lib_format_csl_help' },
};

export interface SnippetExportProps {
  all: readonly Snippet[];
  selected: readonly Snippet[];
  names: Record<string, string>;
}

export function SnippetExport({ all, selected, names }: SnippetExportProps) {
  const [format, setFormat] = useState<ExportFormat>('annotation');
  const [status, setStatus] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);

  const run = (snippets: readonly Snippet[]) => {
    try {
      const file = exportSnippets(format, snippets, {
        entityNames: names,
        now: new Date(),
        collectionLabel: t('lib_md_heading'),
        markdownLabels: { heading: t('lib_md_heading'), saved: t('lib_md_saved'), note: t('lib_note'), tags: t('lib_tags'), entities: t('lib_entities') },
      });
      saveTextFile(document, file.filename, file.text, file.mime);
      setStatus({ kind: 'done', text: t('lib_exported', [formatNumber(snippets.length), file.filename]) });
    } catch (e) {
      setStatus({ kind: 'failed', text: t('lib_export_failed', e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <section class="lib-block" aria-labelledby="lib-export-heading">
      <h3 id="lib-export-heading">{t('lib_export_heading')}</h3>
      <fieldset class="lib-formats">
        <legend>{t('lib_export_format')}</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f} class="lib-format">
            <input type="radio" name="lib-format" value={f} checked={format === f} data-testid={`lib-format-${f}`} aria-describedby={`lib-format-${f}-help`} onChange={() => setFormat(f)} />
            <span>
              <strong>{t(FORMAT_KEYS[f].label)}</strong>
              <span id={`lib-format-${f}-help`} class="muted small lib-format-help">
                {t(FORMAT_KEYS[f].help)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="lib-actions">
        <button type="button" class="button primary" data-testid="lib-export-selected" disabled={selected.length === 0} onClick={() => run(selected)}>
          {t('lib_export_selected', formatNumber(selected.length))}
        </button>
        <button type="button" class="button" data-testid="lib-export-all" disabled={all.length === 0} onClick={() => run(all)}>
          {t('lib_export_all', formatNumber(all.length))}
        </button>
      </div>
      <p class={`lib-status${status?.kind === 'failed' ? ' error' : ''}`} role="status" data-testid="lib-export-status" data-step={status?.kind ?? 'idle'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
