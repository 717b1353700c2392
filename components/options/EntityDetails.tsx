import type { ComponentChildren, Ref } from 'preact';
import type { EntityCard } from '../../lib/messages/protocol';
import { IsolatedText } from '../IsolatedText';
import { t } from '../i18n';
import { AliasList } from './AliasList';
import { ClaimEntry } from './ClaimEntry';
import { EntityGraph } from './EntityGraph';
import { EntityTimeline } from './EntityTimeline';
import { countryName, typeLabel } from './format';
import { RoleList } from './RoleList';
import { entityHref } from './route';
import { webHref } from './webHref';

interface Props {
  card: EntityCard;
  headingRef: Ref<HTMLHeadingElement>;
  /** The name of the dataset the entity came from, when it is installed. */
  datasetName: string | undefined;
  /** Controls shown beside the heading (edit, delete). */
  actions: ComponentChildren;
}

/** Everything known about one entity: facts, where it came from, roles, names, a timeline and the sourced claims, related entities and links. */
export function EntityDetails({ card, headingRef, datasetName, actions }: Props) {
  const { entity, claims, related, organizations } = card;
  return (
    <>
      <header class="entity-header">
        <div class="entity-title">
          <h2 ref={headingRef} tabIndex={-1} data-testid="entity-name">
            <bdi>{entity.name}</bdi>
          </h2>
          <div class="entity-actions">{actions}</div>
        </div>
        <p class="entity-meta">
          <span class="type-badge" data-testid="entity-type">
            {typeLabel(entity.type)}
          </span>
          {entity.country && (
            <span class="country" data-testid="entity-country">
              {countryName(entity.country)} <abbr title={t('opt_country_code')}>({entity.country})</abbr>
            </span>
          )}
          <span class="provenance" data-testid="entity-origin">
            {card.datasetId === 'user' ? t('opt_origin_user') : <IsolatedText msg="opt_origin_dataset" values={[datasetName ?? card.datasetId]} />}
            {card.userEdited && (
              <>
                {' '}
                <span class="flag edited" data-testid="entity-edited">
                  {t('opt_origin_edited')}
                </span>
              </>
            )}
          </span>
        </p>
        {entity.summary && (
          <p class="summary" data-testid="entity-summary">
            <bdi>{entity.summary}</bdi>
          </p>
        )}
      </header>

      {entity.roles.length > 0 && (
        <section aria-labelledby="roles-heading">
          <h3 id="roles-heading">{t('opt_roles_heading')}</h3>
          <RoleList roles={entity.roles} organizations={organizations} />
        </section>
      )}

      <section aria-labelledby="names-heading">
        <h3 id="names-heading">{t('opt_names_heading')}</h3>
        <AliasList name={entity.name} aliases={entity.aliases} />
      </section>

      <EntityTimeline claims={claims} />

      <section aria-labelledby="claims-heading">
        <h3 id="claims-heading">{t('opt_claims_heading')}</h3>
        {claims.length === 0 ? (
          <p class="muted"><IsolatedText msg="opt_claims_none" values={[entity.name]} /></p>
        ) : (
          <ol class="claims">
            {claims.map((claim) => (
              <ClaimEntry key={claim.id} claim={claim} />
            ))}
          </ol>
        )}
      </section>

      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h3 id="related-heading">{t('opt_related_heading')}</h3>
          <EntityGraph card={card} />
          <ul class="related">
            {related.map((r, i) => (
              <li key={i}>
                <bdi class="relation">{r.relation}</bdi>{' '}
                <a href={entityHref(r.id)} data-testid="related-entity" data-entity-id={r.id}>
                  <bdi>{r.name}</bdi>
                </a>{' '}
                <span class="type-badge">{typeLabel(r.type)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {entity.links && entity.links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h3 id="links-heading">{t('opt_links_heading')}</h3>
          <ul class="links">
            {entity.links.map((link) => (
              <li key={link.url}>
                <a href={webHref(link.url)} target="_blank" rel="noopener noreferrer">
                  <bdi>{link.title ?? link.url}</bdi>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p class="muted entity-id">
        {t('opt_entity_id')} <code>{entity.id}</code>
      </p>
    </>
  );
}
