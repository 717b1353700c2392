/** The entities highlighted on the page, grouped by type, each a button that shows it on the page. */
import { ENTITY_TYPES, type EntityType } from '../../lib/dataset/entity-types';
import type { EntityListItem } from '../../lib/messages/protocol';
import { t } from '../i18n';
import { typePluralLabel } from '../typeLabel';
import type { PageSummary } from './ports';

export interface EntityGroupsProps {
  entities: PageSummary['entities'];
  names: ReadonlyMap<string, EntityListItem>;
  colors: Record<EntityType, string>;
  onReveal(entityId: string): void;
}

export function EntityGroups({ entities, names, colors, onReveal }: EntityGroupsProps) {
  const nameOf = (id: string) => names.get(id)?.name ?? id;
  return (
    <div class="groups">
      {ENTITY_TYPES.map((type) => {
        const members = entities
          .filter((e) => e.type === type)
          .sort((a, b) => b.count - a.count || nameOf(a.id).localeCompare(nameOf(b.id)));
        if (!members.length) return null;
        const headingId = `group-${type}`;
        return (
          <section key={type} aria-labelledby={headingId} data-testid="popup-group" data-type={type}>
            <h2 id={headingId}>
              <span class="swatch" style={{ backgroundColor: colors[type] }} aria-hidden="true" />
              {typePluralLabel(type)}
            </h2>
            <ul>
              {members.map((e) => (
                <li key={e.id}>
                  <button type="button" class="entity" data-testid="popup-entity" data-entity-id={e.id} onClick={() => onReveal(e.id)}>
                    <bdi class="name">{nameOf(e.id)}</bdi>
                    <span class="count" data-testid="popup-entity-count" aria-hidden="true">
                      {e.count}
                    </span>
                    <span class="sr-only">{t('popup_mentions', String(e.count))}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
