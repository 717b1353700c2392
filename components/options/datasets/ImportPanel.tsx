/** Import a dataset file: choose or drop it, see every problem or what would change, then apply. */
import { useEffect, useRef } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import type { ImportSummary } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { IsolatedText } from '../../IsolatedText';
import { ChangeTable } from './ChangeTable';
import { FileDrop } from './FileDrop';
import { ImportErrors } from './ImportErrors';
import { useDatasetImport, type ImportState } from './useDatasetImport';
import { isolate } from '../../bidi';
import { isolateQuoted } from '../quotedText';

const INPUT_ID = 'ds-import-file';
const RESULT_HEADING_ID = 'ds-import-result-heading';

function progressText(state: ImportState): string {
  switch (state.step) {
    case 'reading':
      return t('ds_state_reading', isolate(state.fileName));
    case 'checking':
      return t('ds_state_checking', isolate(state.fileName));
    case 'applying':
      return t('ds_state_applying', isolate(state.fileName));
    default:
      return '';
  }
}

/** "New dataset, version 1.0.0" / "Update from 1.0.0 to 1.1.0" / "already installed". */
function versionLine(summary: ImportSummary): string {
  const { installedVersion: from, dataset } = summary;
  if (from === undefined) return t('ds_summary_new', dataset.version);
  if (from === dataset.version) return t('ds_summary_same', dataset.version);
  return t('ds_summary_update', [from, dataset.version]);
}

function CloseButton({ onClick, label = 'ds_close' }: { onClick: () => void; label?: string }) {
  return (
    <button type="button" class="ds-button" data-testid="ds-close" onClick={onClick}>
      {t(label)}
    </button>
  );
}

export function ImportPanel(props: { client: Client; onImported: () => void }) {
  const { state, choose, apply, reset } = useDatasetImport(props.client, props.onImported);
  const previous = useRef(state.step);

  // Keyboard and screen-reader users land on each outcome as it appears, and back on the file
  // input when it is dismissed.
  useEffect(() => {
    const was = previous.current;
    previous.current = state.step;
    if (was === state.step) return;
    if (state.step === 'idle') document.getElementById(INPUT_ID)?.focus();
    else if (['invalid', 'ready', 'done', 'failed'].includes(state.step)) document.getElementById(RESULT_HEADING_ID)?.focus();
  }, [state.step]);

  const close = () => reset();

  return (
    <section class="ds-block" aria-labelledby="ds-import-heading">
      <h3 id="ds-import-heading">{t('ds_import_heading')}</h3>
      <p class="ds-muted">{t('ds_import_help')}</p>
      <FileDrop inputId={INPUT_ID} onFile={choose} disabled={state.step === 'applying'} />
      <p class="ds-status" role="status" data-testid="ds-status" data-step={state.step}>
        {progressText(state)}
      </p>

      {state.step === 'invalid' && (
        <ImportErrors fileName={state.fileName} errors={state.errors} headingId={RESULT_HEADING_ID}>
          <CloseButton onClick={close} />
        </ImportErrors>
      )}

      {(state.step === 'ready' || state.step === 'applying') && (
        <div class="ds-result" data-testid="ds-summary" data-dataset-id={state.summary.dataset.id}>
          <h4 id={RESULT_HEADING_ID} tabIndex={-1}>
            <IsolatedText msg="ds_summary_heading" values={[state.summary.dataset.name]} />
          </h4>
          <p data-testid="ds-version-line">{versionLine(state.summary)}</p>
          {state.summary.installedVersion === state.summary.dataset.version ? (
            <CloseButton onClick={close} />
          ) : (
            <>
              <ChangeTable summary={state.summary} caption={t('ds_summary_caption')} />
              <p class="ds-muted">{t('ds_kept_note')}</p>
              <div class="ds-actions">
                <button type="button" class="ds-button ds-primary" data-testid="ds-apply" disabled={state.step === 'applying'} onClick={apply}>
                  {t('ds_apply')}
                </button>
                <button type="button" class="ds-button" data-testid="ds-cancel" disabled={state.step === 'applying'} onClick={close}>
                  {t('ds_cancel')}
                </button>
              </div>
            </>
          )}
        </div>
      )}

      {state.step === 'done' && (
        <div class="ds-result ds-result-done" data-testid="ds-result" data-dataset-id={state.summary.dataset.id}>
          <h4 id={RESULT_HEADING_ID} tabIndex={-1}>
            <IsolatedText msg="ds_done_heading" values={[state.summary.dataset.name]} />
          </h4>
          <p>
            {state.summary.installedVersion === state.summary.dataset.version
              ? t('ds_done_unchanged', state.summary.dataset.version)
              : t('ds_done_installed', state.summary.dataset.version)}
          </p>
          <ChangeTable summary={state.summary} caption={t('ds_done_caption')} />
          <CloseButton onClick={close} />
        </div>
      )}

      {state.step === 'failed' && (
        <div class="ds-result ds-result-failed" data-testid="ds-failed">
          <h4 id={RESULT_HEADING_ID} tabIndex={-1}>
            <IsolatedText msg="ds_failed_heading" values={[state.fileName]} />
          </h4>
          <p>{t(state.reason, state.detail === undefined ? undefined : isolateQuoted(state.detail))}</p>
          <CloseButton onClick={close} />
        </div>
      )}
    </section>
  );
}
