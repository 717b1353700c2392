import type { Ref } from 'preact';
import type { EntityCard } from '../../lib/messages/protocol';
import { AliasList } from './AliasList';
import { ClaimEntry } from './ClaimEntry';
import { countryName, typeLabel } from './format';
import { RoleList } from './RoleList';
import { entityHref } from './route';

/** Everything known about one entity: facts, roles, names, sourced claims, related entities and links. */
export function EntityDetails({ card, headingRef }: { card: EntityCard; headingRef: Ref<HTMLHeadingElement> }) {
  const { entity, claims, related, organizations } = card;
  return (
    <>
      <header class="entity-header">
        <h2 ref={headingRef} tabIndex={-1} data-testid="entity-name">
          {entity.name}
        </h2>
        <p class="entity-meta">
          <span class="type-badge" data-testid="entity-type">
            {typeLabel(entity.type)}
          </span>
          {entity.country && (
            <span class="country" data-testid="entity-country">
              {countryName(entity.country)} <abbr title="ISO country code">({entity.country})</abbr>
            </span>
          )}
        </p>
        {entity.summary && (
          <p class="summary" data-testid="entity-summary">
            {entity.summary}
          </p>
        )}
      </header>

      {entity.roles.length > 0 && (
        <section aria-labelledby="roles-heading">
          <h3 id="roles-heading">Roles</h3>
          <RoleList roles={entity.roles} organizations={organizations} />
        </section>
      )}

      <section aria-labelledby="names-heading">
        <h3 id="names-heading">Names</h3>
        <AliasList name={entity.name} aliases={entity.aliases} />
      </section>

      <section aria-labelledby="claims-heading">
        <h3 id="claims-heading">Claims</h3>
        {claims.length === 0 ? (
          <p class="muted">The dataset has no sourced claims about {entity.name}.</p>
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
          <h3 id="related-heading">Related</h3>
          <ul class="related">
            {related.map((r) => (
              <li key={r.id}>
                <span class="relation">{r.relation}</span>{' '}
                <a href={entityHref(r.id)} data-testid="related-entity" data-entity-id={r.id}>
                  {r.name}
                </a>{' '}
                <span class="type-badge">{typeLabel(r.type)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {entity.links && entity.links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h3 id="links-heading">Links</h3>
          <ul class="links">
            {entity.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title ?? link.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p class="muted provenance">
        {card.datasetId === 'user' ? 'Added by you.' : `From dataset “${card.datasetId}”.`}
        {' '}
        Id: <code>{entity.id}</code>
      </p>
    </>
  );
}
