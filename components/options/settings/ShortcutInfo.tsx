/** The keyboard shortcut for "next highlight", and the way to the browser's page to change it. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';

export function ShortcutInfo() {
  const [keys, setKeys] = useState<string | null>(null);
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) => setKeys(commands.find((c) => c.name === 'next-highlight')?.shortcut ?? ''),
      () => setKeys(''),
    );
  }, []);
  if (keys === null) return null;
  return (
    <div class="set-group" data-testid="settings-shortcut">
      <h3>{t('set_shortcut_legend')}</h3>
      <p>{keys ? t('set_shortcut', keys) : t('set_shortcut_none')}</p>
      <p class="set-hint">{t('set_shortcut_hint')}</p>
      <button type="button" class="set-link" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
        {t('set_shortcut_change')}
      </button>
    </div>
  );
}
