/**
 * Imports a Web Annotation file exported from this library. Checked whole in the background before
 * anything is written; then a summary (added, replaced by a newer copy, kept), or every error with
 * its JSON path.
 */
import { useRef, useState } from 'preact/hooks';
import type { ValidationError } from '../../../lib/dataset/validate';
import type { Client } from '../../../lib/messages/client';
import type { SnippetImportSummary } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { formatNumber } from '../format';
import { errorText } from './errorText';
import { isolate } from '../../bidi';
import { IsolatedText } from '../../IsolatedText';
import { isolateQuoted } from '../quotedText';

/** The largest text the background takes in one message (protocol.ts). */
const MAX_BYTES = 200 * 1024 * 1024;

type State =
  | { step: 'idle' }
  | { step: 'working'; fileName: string }
  | { step: 'done'; fileName: string; summary: SnippetImportSummary }
  | { step: 'invalid'; fileName: string; errors: ValidationError[] }
  | { step: 'failed'; fileName: string; message: string };

export function SnippetImport({ client, onImported }: { client: Client; onImported(): void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const focusResult = () => setTimeout(() => heading.current?.focus());

  const choose = async (file: File) => {
    const fileName = file.name;
    if (file.size > MAX_BYTES) return setState({ step: 'failed', fileName, message: t('lib_import_too_large') });
    setState({ step: 'working', fileName });
    try {
      const result = await client({ type: 'snippet.import', text: await file.text() });
      if (result.ok) onImported();
      setState(result.ok ? { step: 'done', fileName, summary: result.summary } : { step: 'invalid', fileName, errors: result.errors });
    } catch (e) {
      setState({ step: 'failed', fileName, message: errorText(e) });
    }
    focusResult();
  };

  const close = () => {
    setState({ step: 'idle' });
    document.getElementById('lib-import-file')?.focus();
  };

  return (
    <section class="lib-block" aria-labelledby="lib-import-heading">
      <h3 id="lib-import-heading">{t('lib_import_heading')}</h3>
      <p class="muted" id="lib-import-help">
        {t('lib_import_help')}
      </p>
      <label class="lib-field-label" for="lib-import-file">
        {t('lib_import_choose')}
      </label>
      <input
        id="lib-import-file"
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        class="lib-file"
        data-testid="lib-import-file"
        aria-describedby="lib-import-help"
        disabled={state.step === 'working'}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) void choose(file);
        }}
      />
      <p class="lib-status" role="status" data-testid="lib-import-status" data-step={state.step}>
        {state.step === 'working' ? t('lib_importing', isolate(state.fileName)) : ''}
      </p>
      {state.step === 'done' && (
        <div class="lib-result" data-testid="lib-import-result">
          <h4 ref={heading} tabIndex={-1}>
            <IsolatedText msg="lib_import_done" values={[state.fileName]} />
          </h4>
          <ul data-testid="lib-import-summary" data-added={state.summary.added} data-replaced={state.summary.replaced} data-kept={state.summary.kept}>
            <li>{t('lib_import_added', formatNumber(state.summary.added))}</li>
            <li>{t('lib_import_replaced', formatNumber(state.summary.replaced))}</li>
            <li>{t('lib_import_kept', formatNumber(state.summary.kept))}</li>
          </ul>
          <button type="button" class="button subtle" onClick={close}>
            {t('lib_close')}
          </button>
        </div>
      )}
      {state.step === 'invalid' && (
        <div class="lib-result lib-result-failed" data-testid="lib-import-errors">
          <h4 ref={heading} tabIndex={-1}>
            <IsolatedText msg="lib_import_invalid" values={[state.fileName, formatNumber(state.errors.length)]} />
          </h4>
          <ol class="lib-error-list" tabIndex={0} aria-label={t('lib_import_error_list')}>
            {state.errors.map((e, i) => (
              <li key={i} data-testid="lib-import-error" data-path={e.path}>
                <code>{e.path}</code> {isolateQuoted(e.message)}
              </li>
            ))}
          </ol>
          <button type="button" class="button subtle" onClick={close}>
            {t('lib_close')}
          </button>
        </div>
      )}
      {state.step === 'failed' && (
        <div class="lib-result lib-result-failed" data-testid="lib-import-failed">
          <h4 ref={heading} tabIndex={-1}>
            <IsolatedText msg="lib_import_failed" values={[state.fileName]} />
          </h4>
          <p>{state.message}</p>
          <button type="button" class="button subtle" onClick={close}>
            {t('lib_close')}
          </button>
        </div>
      )}
    </section>
  );
}
