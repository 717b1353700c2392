import { t } from '../i18n';
import { SECTION_HREFS, type Section } from './route';

const SECTIONS: { section: Section; key: string }[] = [
  { section: 'entities', key: 'opt_nav_entities' },
  { section: 'snippets', key: 'lib_nav_snippets' },
  { section: 'datasets', key: 'opt_nav_datasets' },
  { section: 'settings', key: 'opt_nav_settings' },
];

/** The options page's sections, the current one marked for sight and for assistive technology. */
export function OptionsNav({ current }: { current: Section }) {
  return (
    <nav class="site-nav" aria-label={t('opt_nav_label')}>
      <ul>
        {SECTIONS.map(({ section, key }) => (
          <li key={section}>
            <a href={SECTION_HREFS[section]} aria-current={section === current ? 'page' : undefined} data-testid={`nav-${section}`}>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
