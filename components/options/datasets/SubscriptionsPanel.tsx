/**
 * Dataset subscriptions in the Datasets section: subscribe by manifest URL, then each
 * subscription's checks, updates, rollback and removal. Every download and write happens in the
 * background; this panel sends requests and shows their progress and outcome.
 */
import { useEffect } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import { t } from '../../i18n';
import { SubscriptionCard } from './SubscriptionCard';
import { SubscriptionForm } from './SubscriptionForm';
import { ProgressLine } from './SubscriptionStatus';
import { SyncProblemText } from './SyncProblemText';
import { useSubscriptions, type SyncAction } from './useSubscriptions';
import { isolateQuoted } from '../quotedText';
import './subscriptions.css';

/**
 * The browser's permission prompt for one origin; a prop so tests and other hosts can answer it.
 * Asked even though, in Chromium (156, measured), the content script's http/https matches already
 * let the background fetch any site: `permissions.contains` is false for the single origin and
 * `request` shows a prompt. Asking keeps the subscription working where site access is limited
 * (Chrome's per-site access setting, other browsers) and tells the user which site is reached.
 */
const requestAccess = (origins: string[]) => browser.permissions.request({ origins });

export function SubscriptionsPanel(props: {
  client: Client;
  onChanged: () => void;
  requestAccess?: (origins: string[]) => Promise<boolean>;
  /** Told the manifest URL of each subscribed dataset, by dataset id, whenever the list changes. */
  onSubscriptions?: (manifestUrls: Record<string, string>) => void;
  /** Changes when the background reports new data (an automatic check may have applied an update). */
  dataVersion?: number;
}) {
  const { client, onSubscriptions } = props;
  const subs = useSubscriptions(client, props.onChanged, props.dataVersion);
  const urls = JSON.stringify(subs.list?.map((s) => [s.datasetId, s.manifestUrl]) ?? []);
  useEffect(() => onSubscriptions?.(Object.fromEntries(JSON.parse(urls) as [string, string][])), [urls, onSubscriptions]);
  const busyId = subs.busy?.datasetId;
  const subscribeNotice = subs.notice?.action === 'subscribe' ? subs.notice : null;

  const act = (datasetId: string, action: Exclude<SyncAction, 'subscribe' | 'configure'>) =>
    void subs.run(datasetId, action, () => client<`sync.${typeof action}`>({ type: `sync.${action}`, datasetId }));

  return (
    <section class="ds-block" aria-labelledby="sync-heading" data-testid="sync-panel">
      <h3 id="sync-heading">{t('sync_heading')}</h3>
      <p class="ds-muted">{t('sync_intro')}</p>
      <SubscriptionForm
        busy={subs.busy !== null}
        requestAccess={props.requestAccess ?? requestAccess}
        onSubscribe={async (manifestUrl, settings) => (await subs.run('', 'subscribe', () => client({ type: 'sync.subscribe', manifestUrl, ...settings })))?.ok === true}
      />
      {subs.busy?.action === 'subscribe' && <ProgressLine progress={subs.subscribing} fallback={t('sync_busy_subscribe')} />}
      {subscribeNotice?.problem && (
        <div class="ds-result ds-result-failed" data-testid="sync-subscribe-failed">
          <SyncProblemText problem={subscribeNotice.problem} />
        </div>
      )}
      {subs.loadError && (
        <p class="ds-error-text" role="alert">
          {t('sync_load_failed', isolateQuoted(subs.loadError))}
        </p>
      )}
      {subs.list && subs.list.length > 0 ? (
        <ul class="sync-list" aria-label={t('sync_list_label')}>
          {subs.list.map((s) => {
            const notice = subs.notice && subs.notice.datasetId === s.datasetId ? subs.notice : null;
            // The last check already tells what a check or an apply found; other actions say it here.
            const own = notice && !['check', 'apply'].includes(notice.action) ? notice.problem : undefined;
            return (
              <SubscriptionCard
                key={s.datasetId}
                subscription={s}
                busy={busyId === s.datasetId ? (subs.busy?.action ?? null) : null}
                locked={subs.busy !== null && busyId !== s.datasetId}
                {...(own ? { problem: own } : {})}
                {...(notice?.applied ? { applied: notice.applied } : {})}
                act={(action) => act(s.datasetId, action)}
                configure={(settings) => void subs.run(s.datasetId, 'configure', () => client({ type: 'sync.configure', datasetId: s.datasetId, ...settings }))}
              />
            );
          })}
        </ul>
      ) : (
        subs.list && <p class="ds-muted">{t('sync_none')}</p>
      )}
    </section>
  );
}
