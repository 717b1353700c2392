/** The popup's on/off switch for the current site, with the host it applies to. */
import { t } from '../i18n';

export interface SiteSwitchProps {
  host: string;
  on: boolean;
  /** Entries of the site list that decide this host, when not the host itself (a parent domain). */
  coveredBy: string[];
  busy: boolean;
  onToggle(): void;
}

export function SiteSwitch({ host, on, coveredBy, busy, onToggle }: SiteSwitchProps) {
  const parent = coveredBy.find((entry) => entry !== host && entry !== host.replace(/^www\./, ''));
  return (
    <div class="site">
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={on}
        aria-describedby="site-host"
        disabled={busy}
        onClick={onToggle}
        data-testid="popup-site-switch"
      >
        <span class="switch-label">{t('popup_site_switch')}</span>
        <span class="track" aria-hidden="true">
          <span class="thumb" />
        </span>
      </button>
      <p id="site-host" class="host">
        {host}
        {parent && <span class="covered"> · {t('popup_site_covered', parent)}</span>}
      </p>
    </div>
  );
}
