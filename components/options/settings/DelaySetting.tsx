/** How long the pointer rests on a highlight before its card opens: a slider from 0 to 2 s. */
import { POPOVER_DELAY, type Settings } from '../../../lib/settings/settings';
import { t } from '../../i18n';

export interface DelaySettingProps {
  settings: Settings;
  onSave(next: Settings): void;
  onPreview(next: Settings): void;
}

export function DelaySetting({ settings, onSave, onPreview }: DelaySettingProps) {
  const value = settings.popoverDelayMs;
  const text = t('set_delay_value', String(value));
  const read = (e: Event) => ({ ...settings, popoverDelayMs: Number((e.currentTarget as HTMLInputElement).value) });
  return (
    <div class="set-group set-field">
      <label for="set-delay" class="set-label">
        {t('set_delay_label')}
      </label>
      <div class="set-inline">
        <input
          id="set-delay"
          type="range"
          min={POPOVER_DELAY.min}
          max={POPOVER_DELAY.max}
          step={POPOVER_DELAY.step}
          value={value}
          aria-valuetext={text}
          aria-describedby="set-delay-hint"
          onInput={(e) => onPreview(read(e))}
          onChange={(e) => onSave(read(e))}
          data-testid="settings-delay"
        />
        <output for="set-delay" class="set-output">
          {text}
        </output>
      </div>
      <p class="set-hint" id="set-delay-hint">
        {t('set_delay_hint')}
      </p>
    </div>
  );
}
