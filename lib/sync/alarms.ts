/**
 * When automatic checks run. The background keeps one periodic alarm (browser.alarms) that wakes
 * it every ALARM_PERIOD_MINUTES; each wake checks the subscriptions whose own interval has passed.
 * One alarm rather than one per subscription: a single one needs no bookkeeping when subscriptions
 * come and go, and is easy to make sure of whenever the background starts (syncAlarmToCreate).
 */
import type { SubscriptionRow } from '../db/sync-rows';

export const SYNC_ALARM = 'dossier-sync';
/** How often the alarm wakes the background; the shortest check interval is one hour. */
export const ALARM_PERIOD_MINUTES = 30;
/** The first wake after the alarm is created: soon, but not in the middle of the browser's start. */
export const ALARM_FIRST_DELAY_MINUTES = 1;

/** The alarm as browser.alarms.create takes it. */
export interface AlarmSchedule {
  delayInMinutes: number;
  periodInMinutes: number;
}

/**
 * What the background creates when it starts, given the alarm the browser holds (undefined when
 * none): nothing when the periodic alarm is there, since creating it again would push a due wake
 * back; otherwise a new one. Browsers drop alarms: Chromium on every extension update (and on
 * every start of an unpacked build loaded with --load-extension, measured in Chromium 156),
 * Firefox at every restart. An alarm of this name with another period (or none: a one-shot) is
 * replaced, or checks would stop after it fired.
 */
export function syncAlarmToCreate(existing: { periodInMinutes?: number } | undefined): AlarmSchedule | null {
  if (existing?.periodInMinutes === ALARM_PERIOD_MINUTES) return null;
  return { delayInMinutes: ALARM_FIRST_DELAY_MINUTES, periodInMinutes: ALARM_PERIOD_MINUTES };
}

/** Check intervals the options page offers, in hours: hourly to weekly. Daily by default. */
export const CHECK_INTERVALS = [1, 6, 12, 24, 168] as const;
export const DEFAULT_INTERVAL_HOURS = 24;

/** True when the subscription's last check is at least its interval old (or it was never checked). */
export function isDue(subscription: Pick<SubscriptionRow, 'intervalHours' | 'lastCheck'>, now: Date): boolean {
  const last = subscription.lastCheck ? Date.parse(subscription.lastCheck.at) : NaN;
  if (Number.isNaN(last)) return true;
  // A clock set back makes a last check "in the future": check rather than wait for the clock.
  if (last > now.getTime()) return true;
  return now.getTime() - last >= subscription.intervalHours * 3_600_000;
}

/** The subscriptions an alarm should check now, the longest-waiting first. */
export function dueSubscriptions<S extends Pick<SubscriptionRow, 'datasetId' | 'intervalHours' | 'lastCheck'>>(subscriptions: readonly S[], now: Date): S[] {
  const at = (s: S) => (s.lastCheck ? Date.parse(s.lastCheck.at) || 0 : 0);
  return subscriptions.filter((s) => isDue(s, now)).sort((a, b) => at(a) - at(b));
}
