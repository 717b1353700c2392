/** The middle of the popup: the entities on the page, or why there are none. */
import type { ComponentChildren } from 'preact';
import type { EntityListItem } from '../../lib/messages/protocol';
import type { Settings } from '../../lib/settings/settings';
import { t } from '../i18n';
import { EntityGroups } from './EntityGroups';
import type { PageState, PopupPorts } from './ports';

export interface PageContentProps {
  page: PageState | null;
  on: boolean;
  names: ReadonlyMap<string, EntityListItem>;
  namesError: string;
  settings: Settings | null;
  ports: PopupPorts;
}

export function PageContent({ page, on, names, namesError, settings, ports }: PageContentProps) {
  const message = (state: string, text: string, action?: ComponentChildren) => (
    <div class="state" role="status" data-testid="popup-state" data-state={state}>
      <p>{text}</p>
      {action}
    </div>
  );
  if (!page) return message('loading', t('popup_loading'));
  switch (page.kind) {
    case 'no-tab':
    case 'not-web':
      return message('not-web', t('popup_not_web'));
    case 'unreachable':
      return message('unreachable', t('popup_unreachable'));
    case 'no-script':
      return message(
        'no-script',
        t('popup_no_script'),
        <button type="button" class="secondary" onClick={() => ports.reloadTab()} data-testid="popup-reload">
          {t('popup_reload')}
        </button>,
      );
  }
  const { entities } = page.summary;
  if (!on) return message('off', t('popup_off'));
  if (!entities.length) return message('none', t('popup_none'));
  const mentions = entities.reduce((sum, e) => sum + e.count, 0);
  return (
    <>
      <p class="summary" data-testid="popup-summary">
        {t('popup_summary', [String(entities.length), String(mentions)])}
      </p>
      {namesError && <p class="error">{namesError}</p>}
      {settings && <EntityGroups entities={entities} names={names} colors={settings.colors} onReveal={(id) => void ports.reveal(id)} />}
      <p class="hint">{t('popup_reveal_hint')}</p>
    </>
  );
}
