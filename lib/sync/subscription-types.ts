/** The shapes the subscription service (subscription.ts) takes and answers with. */
import type { DossierDb } from '../db/database';
import type { SubscriptionRow, SyncProblem } from '../db/sync-rows';
import type { ImportSummary } from '../messages/protocol';
import type { CheckProgress } from './check';
import type { Fetch } from './fetch';

export interface SyncDeps {
  db: DossierDb;
  fetch: Fetch;
  now?: () => Date;
  /** Called after a change to the entities committed: open tabs re-annotate. */
  changed?: () => void;
}

/** A subscription as the options page shows it. */
export interface SubscriptionView extends SubscriptionRow {
  installedVersion?: string;
  /** The version a rollback would restore. */
  backupVersion?: string;
  /** Set while a check or an update of this subscription runs. */
  progress?: CheckProgress;
}

export interface SubscribeInput {
  manifestUrl: string;
  trusted?: boolean;
  intervalHours?: number;
  maxBytes?: number;
}

export type SubscriptionSettings = Partial<Pick<SubscriptionRow, 'trusted' | 'intervalHours' | 'maxBytes'>>;

/** What an operation did, with every subscription as it is now (the options page shows that list). */
export type SyncAnswer =
  | { ok: true; subscriptions: SubscriptionView[]; applied?: ImportSummary; /** A subscribe in flight. */ subscribing?: CheckProgress }
  | { ok: false; subscriptions: SubscriptionView[]; problem: SyncProblem };

/** The progress of a subscribe, which has no dataset id until its manifest is read. */
export const SUBSCRIBING = '';
