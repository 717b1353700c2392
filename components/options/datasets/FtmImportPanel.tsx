/**
 * Import a FollowTheMoney file (entity JSON lines from Aleph or OpenSanctions): the background
 * converts it into a dataset, then it is checked, summarised and applied like any dataset file.
 */
import { useRef, useState } from 'preact/hooks';
import type { ValidationError } from '../../../lib/dataset/validate';
import { isStorageFullText } from '../../../lib/db/storage-full';
import type { Client } from '../../../lib/messages/client';
import type { FtmCheck, ImportSummary } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { IsolatedText } from '../../IsolatedText';
import { formatNumber } from '../format';
import { ChangeTable } from './ChangeTable';
import { ImportErrors } from './ImportErrors';
import { MAX_IMPORT_BYTES } from './useDatasetImport';
import { isolate } from '../../bidi';
import { isolateQuoted } from '../quotedText';

type FtmState =
  | { step: 'idle' | 'checking' }
  | { step: 'invalid'; errors: ValidationError[] }
  | { step: 'ready' | 'applying' | 'done'; summary: ImportSummary; skipped: number }
  | { step: 'failed'; message: string };

const HEADING_ID = 'ftm-result-heading';

/** A dataset id from a file name: "opensanctions-ua.ftm.json" → "opensanctions-ua". */
function slugFrom(fileName: string): string {
  const base = fileName.replace(/\.(ftm\.)?(jsonl?|ndjson|ftm)$/i, '');
  return base
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export function FtmImportPanel(props: { client: Client; onImported: () => void }) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [state, setState] = useState<FtmState>({ step: 'idle' });
  const run = useRef(0);

  const request = (write: boolean) => {
    if (!file) return;
    const current = ++run.current;
    setState(write && state.step === 'ready' ? { ...state, step: 'applying' } : { step: 'checking' });
    const type = write ? 'dataset.ftmImport' : 'dataset.ftmPreview';
    props.client({ type, text: file.text, id: id.trim(), name: name.trim() }).then(
      (answer: FtmCheck) => {
        if (write && answer.check.ok) props.onImported();
        if (run.current !== current) return;
        if (!answer.check.ok) setState({ step: 'invalid', errors: answer.check.errors });
        else setState({ step: write ? 'done' : 'ready', summary: answer.check.summary, skipped: answer.skipped });
        requestAnimationFrame(() => document.getElementById(HEADING_ID)?.focus());
      },
      (e: unknown) => {
        if (run.current !== current) return;
        const message = e instanceof Error ? e.message : String(e);
        // A full disk in the UI language; other failures as the background said them.
        setState({ step: 'failed', message: isStorageFullText(message) ? t('full_import') : message });
      },
    );
  };

  const choose = (chosen: File | undefined) => {
    run.current++;
    setState({ step: 'idle' });
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFile(null);
      setState({ step: 'failed', message: t('ds_too_large') });
      return;
    }
    chosen.text().then(
      (text) => {
        setFile({ name: chosen.name, text });
        if (!id) setId(slugFrom(chosen.name));
        if (!name) setName(chosen.name.replace(/\.[^.]+$/, ''));
      },
      (e: unknown) => setState({ step: 'failed', message: t('ds_read_failed', e instanceof Error ? e.message : String(e)) }),
    );
  };

  const busy = state.step === 'checking' || state.step === 'applying';
  return (
    <section class="ds-block" aria-labelledby="ftm-heading" data-testid="ftm-panel">
      <h3 id="ftm-heading">{t('sync_ftm_heading')}</h3>
      <p class="ds-muted">{t('sync_ftm_help')}</p>
      <form
        class="ftm-form"
        onSubmit={(e) => {
          e.preventDefault();
          request(false);
        }}
      >
        <label>
          <span>{t('sync_ftm_file')}</span>
          <input type="file" class="ds-file-input" accept=".json,.jsonl,.ndjson,.ftm,application/json" data-testid="ftm-file" disabled={busy} onChange={(e) => choose(e.currentTarget.files?.[0])} />
        </label>
        <div class="ftm-fields">
          <label>
            <span>{t('sync_ftm_id')}</span>
            <input class="ftm-input" value={id} required pattern="[a-z0-9]+(-[a-z0-9]+)*" data-testid="ftm-id" aria-describedby="ftm-id-help" onInput={(e) => setId(e.currentTarget.value)} />
          </label>
          <label>
            <span>{t('sync_ftm_name')}</span>
            <input class="ftm-input" value={name} required maxLength={160} data-testid="ftm-name" onInput={(e) => setName(e.currentTarget.value)} />
          </label>
        </div>
        <p id="ftm-id-help" class="ds-muted sync-help">
          {t('sync_ftm_id_help')}
        </p>
        <div class="ds-actions">
          <button type="submit" class="ds-button" data-testid="ftm-check" disabled={!file || busy || !id.trim() || !name.trim()}>
            {t('sync_ftm_check')}
          </button>
        </div>
      </form>
      <p class="ds-status" role="status" data-testid="ftm-status" data-step={state.step}>
        {state.step === 'checking' ? t('ds_state_checking', isolate(file?.name ?? '')) : state.step === 'applying' ? t('ds_state_applying', isolate(file?.name ?? '')) : ''}
      </p>
      {state.step === 'invalid' && <ImportErrors fileName={file?.name ?? ''} errors={state.errors} headingId={HEADING_ID} />}
      {state.step === 'failed' && (
        <p class="ds-error-text" role="alert" data-testid="ftm-failed">
          {isolateQuoted(state.message)}
        </p>
      )}
      {(state.step === 'ready' || state.step === 'applying' || state.step === 'done') && (
        <div class={`ds-result${state.step === 'done' ? ' ds-result-done' : ''}`} data-testid={state.step === 'done' ? 'ftm-done' : 'ftm-summary'}>
          <h4 id={HEADING_ID} tabIndex={-1}>
            <IsolatedText msg={state.step === 'done' ? 'ds_done_heading' : 'ds_summary_heading'} values={[state.summary.dataset.name]} />
          </h4>
          <p>{t('sync_ftm_version', state.summary.dataset.version)}</p>
          {state.skipped > 0 && <p class="ds-muted">{t('sync_ftm_skipped', formatNumber(state.skipped))}</p>}
          <ChangeTable summary={state.summary} caption={t(state.step === 'done' ? 'ds_done_caption' : 'ds_summary_caption')} />
          {state.step !== 'done' && (
            <div class="ds-actions">
              <button type="button" class="ds-button ds-primary" data-testid="ftm-apply" disabled={busy} onClick={() => request(true)}>
                {t('ds_apply')}
              </button>
              <button type="button" class="ds-button" disabled={busy} onClick={() => setState({ step: 'idle' })}>
                {t('ds_cancel')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
