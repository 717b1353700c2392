import type { Alias } from '../../lib/dataset/schema';
import { t } from '../i18n';

/** The names an entity is recognised by, with each alias's language and matching flags. */
export function AliasList({ name, aliases }: { name: string; aliases: readonly Alias[] }) {
  return (
    <ul class="aliases">
      <li>
        <bdi class="alias-text">{name}</bdi> <span class="flag">{t('opt_alias_main')}</span>
      </li>
      {aliases.map((alias) => (
        <li key={alias.text} data-testid="alias">
          <bdi class="alias-text" lang={alias.lang}>
            {alias.text}
          </bdi>
          {alias.lang && (
            <>
              {' '}
              <span class="flag" title={t('opt_alias_language')}>
                {alias.lang}
              </span>
            </>
          )}
          {alias.caseSensitive && (
            <>
              {' '}
              <span class="flag" title={t('opt_alias_case_sensitive_hint')}>
                {t('opt_alias_case_sensitive')}
              </span>
            </>
          )}
          {alias.needsContext && (
            <>
              {' '}
              <span class="flag" title={t('opt_alias_needs_context_hint')}>
                {t('opt_alias_needs_context')}
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
