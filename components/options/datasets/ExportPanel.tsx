/** Export as a dataset file: everything in Dossier, or only the user's own entries. */
import { useState } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import { t } from '../../i18n';
import { saveTextFile } from './download';
import { isolateQuoted } from '../quotedText';

type Scope = 'all' | 'user';
type ExportState = { step: 'idle' } | { step: 'working'; scope: Scope } | { step: 'done'; filename: string } | { step: 'failed'; message: string };

const BUTTONS = [
  { scope: 'all', label: 'ds_export_all', help: 'ds_export_all_help', testid: 'ds-export-all' },
  { scope: 'user', label: 'ds_export_user', help: 'ds_export_user_help', testid: 'ds-export-user' },
] as const;

export function ExportPanel({ client }: { client: Client }) {
  const [state, setState] = useState<ExportState>({ step: 'idle' });

  const run = (scope: Scope) => {
    setState({ step: 'working', scope });
    client({ type: 'dataset.export', scope }).then(
      ({ filename, text }) => {
        saveTextFile(document, filename, text);
        setState({ step: 'done', filename });
      },
      (e: unknown) => setState({ step: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  };

  return (
    <section class="ds-block" aria-labelledby="ds-export-heading">
      <h3 id="ds-export-heading">{t('ds_export_heading')}</h3>
      <p class="ds-muted">{t('ds_export_help')}</p>
      <ul class="ds-export-list">
        {BUTTONS.map((b) => (
          <li key={b.scope}>
            <button
              type="button"
              class="ds-button"
              data-testid={b.testid}
              aria-describedby={`${b.testid}-help`}
              disabled={state.step === 'working'}
              onClick={() => run(b.scope)}
            >
              {t(b.label)}
            </button>
            <span id={`${b.testid}-help`} class="ds-muted">
              {t(b.help)}
            </span>
          </li>
        ))}
      </ul>
      <p class={`ds-status${state.step === 'failed' ? ' ds-error-text' : ''}`} role="status" data-testid="ds-export-status" data-step={state.step}>
        {state.step === 'working'
          ? t('ds_exporting')
          : state.step === 'done'
            ? t('ds_exported', state.filename)
            : state.step === 'failed'
              ? t('ds_export_failed', isolateQuoted(state.message))
              : ''}
      </p>
    </section>
  );
}
