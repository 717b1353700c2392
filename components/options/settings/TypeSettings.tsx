/** Which entity types are highlighted, and the colour of each, with a warning for faint colours. */
import { ENTITY_TYPES, type EntityType } from '../../../lib/dataset/entity-types';
import { DEFAULT_COLORS, weakContrast } from '../../../lib/settings/colors';
import type { Settings } from '../../../lib/settings/settings';
import { t } from '../../i18n';
import { typePluralLabel } from '../../typeLabel';

export interface TypeSettingsProps {
  settings: Settings;
  onSave(next: Settings): void;
  /** Shows a colour while the picker is dragged, without storing it. */
  onPreview(next: Settings): void;
}

export function TypeSettings({ settings, onSave, onPreview }: TypeSettingsProps) {
  const withColor = (type: EntityType, color: string): Settings => ({ ...settings, colors: { ...settings.colors, [type]: color } });
  return (
    <fieldset class="set-group" data-testid="settings-types">
      <legend>{t('set_types_legend')}</legend>
      <p class="set-hint">{t('set_types_hint')}</p>
      <ul class="set-types">
        {ENTITY_TYPES.map((type) => {
          const label = typePluralLabel(type);
          const color = settings.colors[type];
          const weak = weakContrast(color);
          const warningId = `set-color-${type}-warning`;
          const warning = weak.light ? t('set_color_weak_light') : weak.dark ? t('set_color_weak_dark') : '';
          return (
            <li key={type} class="set-type" data-testid="settings-type" data-type={type}>
              <input
                type="checkbox"
                id={`set-type-${type}`}
                checked={settings.types[type]}
                onChange={(e) => onSave({ ...settings, types: { ...settings.types, [type]: e.currentTarget.checked } })}
              />
              <label for={`set-type-${type}`} class="set-type-name">
                {label}
              </label>
              <label class="set-color">
                <span class="sr-only">{t('set_color_for', label)}</span>
                <input
                  type="color"
                  value={color}
                  aria-describedby={warning ? warningId : undefined}
                  onInput={(e) => onPreview(withColor(type, e.currentTarget.value))}
                  onChange={(e) => onSave(withColor(type, e.currentTarget.value))}
                />
              </label>
              {color !== DEFAULT_COLORS[type] && (
                <button type="button" class="set-small" aria-label={t('set_color_reset_for', label)} onClick={() => onSave(withColor(type, DEFAULT_COLORS[type]))}>
                  {t('set_color_reset')}
                </button>
              )}
              {warning && (
                <p class="set-warning" id={warningId}>
                  {warning}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
