/** What the library shows before any snippet is saved: the ways to save one, and that a file can be imported. */
import { t } from '../../i18n';
import { useCommandShortcut } from './useCommandShortcut';

export function EmptyLibrary() {
  const shortcut = useCommandShortcut('save-snippet');
  return (
    <div class="lib-empty" data-testid="lib-empty">
      <h3>{t('lib_empty_heading')}</h3>
      <p>{t('lib_empty_intro')}</p>
      <ul>
        <li>{t('lib_empty_select', t('snip_save'))}</li>
        {shortcut && <li data-testid="lib-empty-shortcut">{t('lib_empty_shortcut', shortcut)}</li>}
        <li>{t('lib_empty_menu', t('snip_menu'))}</li>
        <li>{t('lib_empty_popover', t('snip_popover_save'))}</li>
      </ul>
      <p class="muted">{t('lib_empty_import')}</p>
    </div>
  );
}
