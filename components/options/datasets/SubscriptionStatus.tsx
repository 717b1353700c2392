/** What a subscription is doing now (progress) or what its last check found, in words. */
import type { CheckRecord } from '../../../lib/db/sync-rows';
import type { CheckProgress } from '../../../lib/sync/check';
import { formatBytes } from '../../../lib/sync/subscription-errors';
import { t } from '../../i18n';
import { uiLocale } from '../format';
import { SyncProblemText } from './SyncProblemText';

export function ProgressLine(props: { progress: CheckProgress | undefined; fallback: string }) {
  const { progress } = props;
  const downloading = progress?.phase === 'download' && progress.total;
  const text = !progress
    ? props.fallback
    : progress.phase === 'download'
      ? t('sync_progress_download', [formatBytes(progress.received ?? 0), formatBytes(progress.total ?? 0)])
      : t(`sync_progress_${progress.phase}`);
  return (
    <div class="sync-progress" data-testid="sync-progress" data-phase={progress?.phase ?? ''}>
      <p role="status">{text}</p>
      {downloading ? <progress max={progress.total} value={progress.received ?? 0} aria-label={t('sync_progress_label')} /> : null}
    </div>
  );
}

/** Date and time: checks happen several times a day. */
function checkedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function resultText(check: CheckRecord): string {
  const version = check.version ?? '';
  switch (check.result) {
    case 'installed':
      return t('sync_result_installed', version);
    case 'updated':
      return t('sync_result_updated', version);
    case 'pending':
      return t('sync_result_pending', version);
    case 'up-to-date':
      return t('sync_result_up_to_date');
    case 'failed':
      return version ? t('sync_result_refused', version) : t('sync_result_failed');
  }
}

export function LastCheck(props: { check: CheckRecord | undefined }) {
  const { check } = props;
  if (!check) return <p class="ds-muted">{t('sync_never_checked')}</p>;
  return (
    <div class={`sync-last${check.result === 'failed' ? ' sync-last-failed' : ''}`} data-testid="sync-last-check" data-result={check.result} data-version={check.version ?? ''}>
      <p>
        <strong>{resultText(check)}</strong>{' '}
        <span class="ds-muted">{t('sync_checked_at', checkedAt(check.at))}</span>
      </p>
      {check.problem && <SyncProblemText problem={check.problem} />}
    </div>
  );
}
