/**
 * The settings page (`#/settings` of the options page): every setting, stored the moment it
 * changes; open tabs follow through storage.onChanged without reloading.
 */
import { useState } from 'preact/hooks';
import { defaultSettings, type HighlightStyle, type MentionMode, type Settings } from '../../../lib/settings/settings';
import { t } from '../../i18n';
import { DelaySetting } from './DelaySetting';
import { HighlightPreview } from './HighlightPreview';
import { RadioGroup } from './RadioGroup';
import { ResetSettings } from './ResetSettings';
import { ShortcutInfo } from './ShortcutInfo';
import { SiteSettings } from './SiteSettings';
import { TypeSettings } from './TypeSettings';
import { useStoredSettings } from './useStoredSettings';
import './settings.css';

export function SettingsSection() {
  const { settings, status, save, preview } = useStoredSettings();
  // Which kind of save the status line reports.
  const [lastSave, setLastSave] = useState<'change' | 'reset'>('change');
  const change = (next: Settings) => {
    setLastSave('change');
    void save(next);
  };

  if (!settings)
    return (
      <section class="set" aria-busy="true">
        <h2>{t('set_title')}</h2>
        <p class="set-hint">{t('set_loading')}</p>
      </section>
    );

  return (
    <section class="set" aria-labelledby="set-title" data-testid="settings">
      <h2 id="set-title" tabIndex={-1}>
        {t('set_title')}
      </h2>
      <p class="set-intro">{t('set_intro')}</p>

      <fieldset class="set-group">
        <legend>{t('set_look_legend')}</legend>
        <div class="set-columns">
          <RadioGroup<HighlightStyle>
            legend={t('set_style_label')}
            name="set-style"
            value={settings.style}
            testId="settings-style"
            options={[
              { value: 'underline', label: t('set_style_underline') },
              { value: 'background', label: t('set_style_background') },
              { value: 'none', label: t('set_style_none'), hint: t('set_style_none_hint') },
            ]}
            onChange={(style) => change({ ...settings, style })}
          />
          <RadioGroup<MentionMode>
            legend={t('set_mentions_label')}
            name="set-mentions"
            value={settings.mentions}
            testId="settings-mentions"
            options={[
              { value: 'every', label: t('set_mentions_every') },
              { value: 'first', label: t('set_mentions_first'), hint: t('set_mentions_first_hint') },
            ]}
            onChange={(mentions) => change({ ...settings, mentions })}
          />
        </div>
        <HighlightPreview settings={settings} />
      </fieldset>

      <TypeSettings settings={settings} onSave={change} onPreview={preview} />
      <SiteSettings settings={settings} onSave={change} />
      <DelaySetting settings={settings} onSave={change} onPreview={preview} />
      <ShortcutInfo />
      <ResetSettings
        onReset={() => {
          setLastSave('reset');
          void save(defaultSettings());
        }}
      />

      <p class={status.kind === 'error' ? 'set-status set-error' : 'set-status'} role="status" data-testid="settings-status">
        {status.kind === 'error' ? t('set_save_failed', status.message) : status.kind === 'saved' ? t(lastSave === 'reset' ? 'set_reset_done' : 'set_saved') : ''}
      </p>
    </section>
  );
}
