/** "Reset to defaults", asked twice: it also empties the site list. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';

export function ResetSettings({ onReset }: { onReset(): void }) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <div class="set-reset">
        <button ref={start} type="button" class="set-secondary" onClick={() => setAsking(true)} data-testid="settings-reset">
          {t('set_reset')}
        </button>
      </div>
    );
  return (
    <div class="set-reset" role="group" aria-labelledby="set-reset-question">
      <p id="set-reset-question">{t('set_reset_confirm')}</p>
      <div class="set-inline">
        <button
          type="button"
          class="set-danger"
          onClick={() => {
            onReset();
            setAsking(false);
          }}
          data-testid="settings-reset-confirm"
        >
          {t('set_reset_yes')}
        </button>
        <button ref={cancel} type="button" class="set-secondary" onClick={() => setAsking(false)}>
          {t('set_cancel')}
        </button>
      </div>
    </div>
  );
}
