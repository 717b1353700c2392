/** Where Dossier runs: everywhere except some sites, or only on some; with the list to edit. */
import { useRef, useState } from 'preact/hooks';
import type { Settings, SiteMode } from '../../../lib/settings/settings';
import { activeSites, addSite, normalizeHost, removeSite } from '../../../lib/settings/sites';
import { t } from '../../i18n';
import { RadioGroup } from './RadioGroup';

export interface SiteSettingsProps {
  settings: Settings;
  onSave(next: Settings): void;
}

export function SiteSettings({ settings, onSave }: SiteSettingsProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const mode = settings.sites.mode;
  const entries = activeSites(settings);

  const add = (e: Event) => {
    e.preventDefault();
    const entry = normalizeHost(text);
    if (!entry) return setError(t('set_sites_invalid', text.trim()));
    if (entries.includes(entry)) return setError(t('set_sites_duplicate', entry));
    const next = addSite(settings, entry);
    if (next === settings) return setError(t('set_sites_full'));
    setError('');
    setText('');
    onSave(next);
  };

  const remove = (entry: string, index: number) => {
    onSave(removeSite(settings, entry));
    // Keep keyboard focus in the list: on the entry that moved up, else the field.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll('button');
      (buttons?.[Math.min(index, buttons.length - 1)] ?? input.current)?.focus();
    });
  };

  return (
    <fieldset class="set-group" data-testid="settings-sites">
      <legend>{t('set_sites_legend')}</legend>
      <RadioGroup<SiteMode>
        legend={t('set_sites_mode')}
        name="set-site-mode"
        value={mode}
        testId="settings-site-mode"
        options={[
          { value: 'everywhere-except', label: t('set_sites_mode_except') },
          { value: 'only', label: t('set_sites_mode_only') },
        ]}
        onChange={(value) => onSave({ ...settings, sites: { ...settings.sites, mode: value } })}
      />
      <h3 id="set-site-list">{mode === 'only' ? t('set_sites_list_only') : t('set_sites_list_except')}</h3>
      {entries.length ? (
        <ul class="set-sites" ref={list} aria-labelledby="set-site-list">
          {entries.map((entry, i) => (
            <li key={entry} data-testid="settings-site-entry" data-site={entry}>
              <span class="set-site-name">{entry}</span>
              <button type="button" class="set-small" aria-label={t('set_sites_remove_label', entry)} onClick={() => remove(entry, i)}>
                {t('set_sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="set-empty" data-testid="settings-site-empty">
          {mode === 'only' ? t('set_sites_empty_only') : t('set_sites_empty_except')}
        </p>
      )}
      <form class="set-site-add" onSubmit={add} noValidate>
        <label for="set-site-input">{t('set_sites_add_label')}</label>
        <div class="set-inline">
          <input
            ref={input}
            id="set-site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'set-site-hint set-site-error' : 'set-site-hint'}
            onInput={(e) => setText(e.currentTarget.value)}
            data-testid="settings-site-input"
          />
          <button type="submit" data-testid="settings-site-add">
            {t('set_sites_add')}
          </button>
        </div>
        <p class="set-hint" id="set-site-hint">
          {t('set_sites_hint')}
        </p>
        {error && (
          <p class="set-error" id="set-site-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </fieldset>
  );
}
