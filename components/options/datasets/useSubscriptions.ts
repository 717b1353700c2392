/**
 * The subscriptions as the background knows them, and the requests that change them. While a
 * request runs (a download may take seconds), the list is polled so its progress shows; the work
 * itself runs in the background service worker, never in the options page.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isStorageFullText } from '../../../lib/db/storage-full';
import type { SyncProblem } from '../../../lib/db/sync-rows';
import type { Client } from '../../../lib/messages/client';
import type { ImportSummary } from '../../../lib/messages/protocol';
import type { CheckProgress } from '../../../lib/sync/check';
import type { SubscriptionView, SyncAnswer } from '../../../lib/sync/subscription';

const POLL_MS = 300;

export type SyncAction = 'subscribe' | 'check' | 'apply' | 'skip' | 'rollback' | 'unsubscribe' | 'configure';

/** The last answer worth telling the user about, for one subscription ('' while subscribing). */
export interface SyncNotice {
  datasetId: string;
  action: SyncAction;
  problem?: SyncProblem;
  applied?: ImportSummary;
}

export interface Subscriptions {
  list: SubscriptionView[] | null;
  loadError: string | null;
  /** Which subscription has a request in flight ('' for a subscribe), and what it is. */
  busy: { datasetId: string; action: SyncAction } | null;
  subscribing?: CheckProgress;
  notice: SyncNotice | null;
  run(datasetId: string, action: SyncAction, request: () => Promise<SyncAnswer>): Promise<SyncAnswer | null>;
  dismiss(): void;
}

/** `dataVersion`: changes when the background reports new data; the list is read again then. */
export function useSubscriptions(client: Client, onChanged: () => void, dataVersion = 0): Subscriptions {
  const [list, setList] = useState<SubscriptionView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Subscriptions['busy']>(null);
  const [subscribing, setSubscribing] = useState<CheckProgress | undefined>(undefined);
  const [notice, setNotice] = useState<SyncNotice | null>(null);
  const mounted = useRef(true);

  const refresh = useCallback(async () => {
    try {
      const answer = await client({ type: 'sync.list' });
      if (!mounted.current) return;
      setList(answer.subscriptions);
      setSubscribing(answer.ok ? answer.subscribing : undefined);
      setLoadError(null);
    } catch (e) {
      if (mounted.current) setLoadError(e instanceof Error ? e.message : String(e));
    }
  }, [client]);

  useEffect(() => {
    mounted.current = true;
    void refresh();
    return () => {
      mounted.current = false;
    };
  }, [refresh]);

  useEffect(() => {
    if (dataVersion) void refresh();
  }, [dataVersion]);

  // Progress while a request runs: the background reports it in every list answer.
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [busy, refresh]);

  const run = useCallback<Subscriptions['run']>(
    async (datasetId, action, request) => {
      setBusy({ datasetId, action });
      setNotice(null);
      try {
        const answer = await request();
        if (!mounted.current) return answer;
        setList(answer.subscriptions);
        setSubscribing(undefined);
        setNotice({ datasetId, action, ...(answer.ok ? (answer.applied ? { applied: answer.applied } : {}) : { problem: answer.problem }) });
        if (['subscribe', 'check', 'apply', 'rollback', 'unsubscribe'].includes(action)) onChanged();
        return answer;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        // A full disk the router reported (outside the sync service's own answer) keeps its code.
        const problem: SyncProblem = isStorageFullText(message) ? { code: 'storage-full', message, params: [] } : { code: 'internal', message, params: [message] };
        if (mounted.current) setNotice({ datasetId, action, problem });
        return null;
      } finally {
        if (mounted.current) setBusy(null);
      }
    },
    [onChanged],
  );

  return { list, loadError, busy, subscribing, notice, run, dismiss: () => setNotice(null) };
}
