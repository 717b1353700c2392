/** One subscription: where it comes from, its last check, a pending update, and what can be done with it. */
import { useState } from 'preact/hooks';
import type { SyncProblem } from '../../../lib/db/sync-rows';
import type { ImportSummary } from '../../../lib/messages/protocol';
import { CHECK_INTERVALS } from '../../../lib/sync/alarms';
import type { SubscriptionView } from '../../../lib/sync/subscription';
import { t } from '../../i18n';
import { IsolatedText } from '../../IsolatedText';
import { ConfirmDialog } from '../editor/ConfirmDialog';
import { ChangeTable } from './ChangeTable';
import { LastCheck, ProgressLine } from './SubscriptionStatus';
import { IntervalSelect, SizeLimitSelect } from './SubscriptionInterval';
import { SyncProblemText } from './SyncProblemText';
import type { SyncAction } from './useSubscriptions';

export interface SubscriptionCardProps {
  subscription: SubscriptionView;
  /** The action running for this subscription, if any; `locked`: another one runs elsewhere. */
  busy: SyncAction | null;
  locked: boolean;
  /** The outcome of this card's last action, when it has something to say beyond the last check. */
  problem?: SyncProblem;
  applied?: ImportSummary;
  act(action: Exclude<SyncAction, 'subscribe' | 'configure'>): void;
  configure(settings: { trusted?: boolean; intervalHours?: number; maxBytes?: number }): void;
}

export function SubscriptionCard(props: SubscriptionCardProps) {
  const { subscription: s, busy } = props;
  const [confirming, setConfirming] = useState(false);
  const disabled = busy !== null || props.locked;
  const idBase = `sync-${s.datasetId}`;

  return (
    <li class="sync-card" data-testid="sync-subscription" data-dataset-id={s.datasetId} aria-busy={busy !== null} aria-labelledby={`${idBase}-name`}>
      <h4 id={`${idBase}-name`}>
        <bdi>{s.name}</bdi>
      </h4>
      <dl class="ds-meta">
        <div>
          <dt>{t('sync_installed_version')}</dt>
          <dd data-testid="sync-installed-version">{s.installedVersion ?? t('sync_not_installed')}</dd>
        </div>
        <div class="sync-url-item">
          <dt>{t('sync_manifest')}</dt>
          <dd>
            <code class="sync-url">{s.manifestUrl}</code>
          </dd>
        </div>
      </dl>

      {busy ? <ProgressLine progress={s.progress} fallback={t(`sync_busy_${busy}`)} /> : <LastCheck check={s.lastCheck} />}
      {!busy && props.problem && <SyncProblemText problem={props.problem} testid="sync-action-problem" />}
      {!busy && props.applied && (
        <div class="sync-applied" data-testid="sync-applied">
          <ChangeTable summary={props.applied} caption={t('sync_applied_caption', props.applied.dataset.version)} />
        </div>
      )}

      {s.pending && (
        <section class="ds-result sync-pending" data-testid="sync-pending" data-version={s.pending.version} aria-labelledby={`${idBase}-pending`}>
          <h5 id={`${idBase}-pending`}>{t('sync_pending_heading', [s.pending.version, s.installedVersion ?? '–'])}</h5>
          <ChangeTable summary={s.pending.summary} caption={t('sync_pending_caption')} />
          <p class="ds-muted">{t('ds_kept_note')}</p>
          <div class="ds-actions">
            <button type="button" class="ds-button ds-primary" data-testid="sync-apply" disabled={disabled} onClick={() => props.act('apply')}>
              {t('sync_apply', s.pending.version)}
            </button>
            <button type="button" class="ds-button" data-testid="sync-skip" disabled={disabled} onClick={() => props.act('skip')}>
              {t('sync_skip')}
            </button>
          </div>
        </section>
      )}

      <div class="sync-settings">
        <label class="sync-check">
          <input type="checkbox" checked={s.trusted} disabled={disabled} data-testid="sync-trusted" onChange={(e) => props.configure({ trusted: e.currentTarget.checked })} />
          {t('sync_trusted_label')}
        </label>
        <IntervalSelect id={`${idBase}-interval`} value={s.intervalHours} options={CHECK_INTERVALS} disabled={disabled} testid="sync-interval" onChange={(intervalHours) => props.configure({ intervalHours })} />
        <SizeLimitSelect id={`${idBase}-limit`} bytes={s.maxBytes} disabled={disabled} testid="sync-limit" onChange={(maxBytes) => props.configure({ maxBytes })} />
      </div>

      <div class="ds-actions">
        <button type="button" class="ds-button" data-testid="sync-check" disabled={disabled} onClick={() => props.act('check')}>
          {t('sync_check_now')}
        </button>
        {s.backupVersion && (
          <button type="button" class="ds-button" data-testid="sync-rollback" disabled={disabled} onClick={() => props.act('rollback')}>
            {t('sync_rollback', s.backupVersion)}
          </button>
        )}
        <button type="button" class="ds-button" data-testid="sync-unsubscribe" disabled={disabled} onClick={() => setConfirming(true)}>
          {t('sync_unsubscribe')}
        </button>
      </div>

      {confirming && (
        <ConfirmDialog
          title={<IsolatedText msg="sync_unsubscribe_title" values={[s.name]} />}
          confirmLabel={t('sync_unsubscribe_confirm')}
          cancelLabel={t('ds_cancel')}
          busy={busy === 'unsubscribe'}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            props.act('unsubscribe');
          }}
        >
          <p>
            <IsolatedText msg="sync_unsubscribe_body" values={[s.name]} />
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
