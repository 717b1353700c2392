import { describe, expect, it } from 'vitest';
import { ALARM_FIRST_DELAY_MINUTES, ALARM_PERIOD_MINUTES, CHECK_INTERVALS, dueSubscriptions, syncAlarmToCreate } from '../../../lib/sync/alarms';

describe('syncAlarmToCreate (the background at every start)', () => {
  const fresh = { delayInMinutes: ALARM_FIRST_DELAY_MINUTES, periodInMinutes: ALARM_PERIOD_MINUTES };

  it('creates the alarm when the browser holds none (dropped on restart or update)', () => {
    expect(syncAlarmToCreate(undefined)).toEqual(fresh);
  });

  it('leaves the periodic alarm alone: creating it again would push a due wake back', () => {
    expect(syncAlarmToCreate({ periodInMinutes: ALARM_PERIOD_MINUTES })).toBeNull();
  });

  it('replaces an alarm of the same name that would not repeat, or repeats at another period', () => {
    expect(syncAlarmToCreate({})).toEqual(fresh);
    expect(syncAlarmToCreate({ periodInMinutes: 60 * 24 })).toEqual(fresh);
  });

  it('wakes often enough for the shortest check interval, and soon after it is created', () => {
    expect(ALARM_PERIOD_MINUTES).toBeLessThanOrEqual(Math.min(...CHECK_INTERVALS) * 60);
    expect(ALARM_FIRST_DELAY_MINUTES).toBeLessThan(ALARM_PERIOD_MINUTES);
  });
});

describe('dueSubscriptions', () => {
  const at = (iso: string) => ({ at: iso, result: 'up-to-date' as const });
  it('picks the subscriptions whose interval has passed, the longest-waiting first', () => {
    const now = new Date('2026-01-02T12:00:00Z');
    const subs = [
      { datasetId: 'hourly-recent', intervalHours: 1, lastCheck: at('2026-01-02T11:30:00Z') },
      { datasetId: 'hourly-due', intervalHours: 1, lastCheck: at('2026-01-02T10:00:00Z') },
      { datasetId: 'daily-due', intervalHours: 24, lastCheck: at('2026-01-01T09:00:00Z') },
      { datasetId: 'never', intervalHours: 24 },
    ];
    expect(dueSubscriptions(subs, now).map((s) => s.datasetId)).toEqual(['never', 'daily-due', 'hourly-due']);
  });
});
