/** Labelled choices of a subscription's settings: how often it is checked, and its size limit. */
import { t } from '../../i18n';

export function IntervalSelect(props: { id: string; value: number; options: readonly number[]; disabled?: boolean; testid: string; onChange(hours: number): void }) {
  // A value set elsewhere (another build, a future option) is still shown rather than lost.
  const options = props.options.includes(props.value) ? props.options : [...props.options, props.value].sort((a, b) => a - b);
  return (
    <label class="sync-select" for={props.id}>
      <span>{t('sync_interval_label')}</span>
      <select id={props.id} value={String(props.value)} disabled={props.disabled} data-testid={props.testid} onChange={(e) => props.onChange(Number(e.currentTarget.value))}>
        {options.map((hours) => (
          <option key={hours} value={String(hours)}>
            {intervalText(hours)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function intervalText(hours: number): string {
  const named: Record<number, string> = { 1: 'sync_interval_hourly', 24: 'sync_interval_daily', 168: 'sync_interval_weekly' };
  const key = named[hours];
  return key ? t(key) : t('sync_interval_hours', String(hours));
}

/** Size limits offered for a subscription's data file, in MB. */
export const SIZE_LIMITS_MB = [10, 50, 100, 200] as const;

/** A labelled choice of the largest data file a subscription accepts. */
export function SizeLimitSelect(props: { id: string; bytes: number; disabled?: boolean; testid: string; onChange(bytes: number): void }) {
  const mb = Math.round(props.bytes / (1024 * 1024));
  const options = (SIZE_LIMITS_MB as readonly number[]).includes(mb) ? SIZE_LIMITS_MB : [...SIZE_LIMITS_MB, mb].sort((a, b) => a - b);
  return (
    <label class="sync-select" for={props.id}>
      <span>{t('sync_limit_label')}</span>
      <select id={props.id} value={String(mb)} disabled={props.disabled} data-testid={props.testid} onChange={(e) => props.onChange(Number(e.currentTarget.value) * 1024 * 1024)}>
        {options.map((value) => (
          <option key={value} value={String(value)}>
            {t('sync_limit_mb', String(value))}
          </option>
        ))}
      </select>
    </label>
  );
}
