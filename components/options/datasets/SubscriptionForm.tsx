/**
 * Subscribe to a published dataset by its manifest URL. The browser asks the user for access to
 * that one site (permissions.request, from the click itself: it needs the user's gesture), and only
 * then does the background fetch anything.
 */
import { useState } from 'preact/hooks';
import { CHECK_INTERVALS, DEFAULT_INTERVAL_HOURS } from '../../../lib/sync/alarms';
import { DEFAULT_MAX_BYTES } from '../../../lib/sync/fetch';
import { t } from '../../i18n';
import { IntervalSelect, SizeLimitSelect } from './SubscriptionInterval';

export interface SubscriptionFormProps {
  busy: boolean;
  /** Asks the browser for access to these origins; resolves false when the user declines. */
  requestAccess(origins: string[]): Promise<boolean>;
  /** Resolves true when the subscription was made (the field is then cleared). */
  onSubscribe(manifestUrl: string, settings: { trusted: boolean; intervalHours: number; maxBytes: number }): Promise<boolean>;
}

export function SubscriptionForm(props: SubscriptionFormProps) {
  const [url, setUrl] = useState('');
  const [trusted, setTrusted] = useState(false);
  const [interval, setIntervalHours] = useState<number>(DEFAULT_INTERVAL_HOURS);
  const [maxBytes, setMaxBytes] = useState(DEFAULT_MAX_BYTES);
  const [error, setError] = useState<string | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('scheme');
    } catch {
      setError(t('sync_url_invalid'));
      return;
    }
    setError(null);
    // No await before this call: the permission request must run inside the user's gesture.
    props.requestAccess([`${parsed.origin}/*`]).then(
      (granted) => {
        if (!granted) return setError(t('sync_permission_denied', parsed.origin));
        void props.onSubscribe(parsed.href, { trusted, intervalHours: interval, maxBytes }).then((made) => made && setUrl(''));
      },
      (err: unknown) => setError(t('sync_permission_failed', [parsed.origin, err instanceof Error ? err.message : String(err)])),
    );
  };

  return (
    <form class="sync-form" onSubmit={submit} aria-labelledby="sync-form-heading" noValidate>
      <h4 id="sync-form-heading">{t('sync_form_heading')}</h4>
      <label class="sync-label" for="sync-url">
        {t('sync_url_label')}
      </label>
      <input
        id="sync-url"
        class="sync-input"
        type="url"
        inputMode="url"
        autoComplete="url"
        spellcheck={false}
        placeholder="https://example.org/dataset/manifest.json"
        value={url}
        data-testid="sync-url"
        aria-describedby="sync-url-help"
        aria-invalid={error !== null}
        onInput={(e) => setUrl(e.currentTarget.value)}
      />
      <p id="sync-url-help" class="ds-muted sync-help">
        {t('sync_url_help')}
      </p>
      <div class="sync-options">
        <label class="sync-check">
          <input type="checkbox" checked={trusted} data-testid="sync-form-trusted" onChange={(e) => setTrusted(e.currentTarget.checked)} />
          {t('sync_trusted_label')}
        </label>
        <IntervalSelect id="sync-form-interval" value={interval} options={CHECK_INTERVALS} onChange={setIntervalHours} testid="sync-form-interval" />
        <SizeLimitSelect id="sync-form-limit" bytes={maxBytes} testid="sync-form-limit" onChange={setMaxBytes} />
      </div>
      {error && (
        <p class="ds-error-text" role="alert" data-testid="sync-form-error">
          {error}
        </p>
      )}
      <div class="ds-actions">
        <button type="submit" class="ds-button ds-primary" data-testid="sync-subscribe" disabled={props.busy || url.trim() === ''}>
          {t('sync_subscribe')}
        </button>
      </div>
    </form>
  );
}
