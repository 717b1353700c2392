/** The in-page card for one entity: who or what it is, its role, sourced claims and related entities. */
import type { EntityCard } from '../lib/messages/protocol';
import { currentRole } from '../lib/dataset/labels';
import { ClaimItem } from './ClaimItem';
import { t } from './i18n';
import { formatLocalPartialDate } from './localDate';
import { typeLabel } from './typeLabel';

export interface EntityPopoverProps {
  card: EntityCard;
  onSelectRelated(id: string): void;
  onOpenOptions(id: string): void;
  onBack?: () => void;
  onClose(): void;
  /** Saves the sentence around the highlight the popover was opened on as a snippet. */
  onSaveSnippet?: () => void;
}

const CLAIMS_SHOWN = 3;

export function EntityPopover({ card, onSelectRelated, onOpenOptions, onBack, onClose, onSaveSnippet }: EntityPopoverProps) {
  const { entity } = card;
  const role = currentRole(entity.roles);
  const org = role?.organizationId ? card.organizations[role.organizationId] : undefined;
  const headingId = `dossier-name-${entity.id}`;
  return (
    <div class="panel" role="dialog" aria-labelledby={headingId} data-testid="popover" data-entity-id={entity.id}>
      <header class="head">
        {onBack && (
          <button type="button" class="icon" onClick={onBack} aria-label={t('pop_back')} data-testid="popover-back">
            ‹
          </button>
        )}
        <div class="titles">
          <h2 id={headingId} data-testid="popover-name">
            <bdi>{entity.name}</bdi>
          </h2>
          <p class="type" data-testid="popover-type">
            {typeLabel(entity.type)}
            {entity.country ? ` · ${entity.country}` : ''}
          </p>
        </div>
        <button type="button" class="icon" onClick={onClose} aria-label={t('pop_close')} data-testid="popover-close">
          ×
        </button>
      </header>
      <div class="body">
        {role && (
          <p class="role" data-testid="popover-role">
            <bdi>{role.title}</bdi>
            {org && (
              <>
                , <bdi>{org.name}</bdi>
              </>
            )}
            {role.start ? ` (${t('pop_since', formatLocalPartialDate(role.start))})` : ''}
          </p>
        )}
        {entity.summary && (
          <p class="summary" data-testid="popover-summary">
            <bdi>{entity.summary}</bdi>
          </p>
        )}
        {card.claims.length > 0 && (
          <section aria-labelledby={`${headingId}-claims`}>
            <h3 id={`${headingId}-claims`}>
              {t('pop_claims')} <span class="count">{card.claims.length}</span>
            </h3>
            <ul class="claims">
              {card.claims.slice(0, CLAIMS_SHOWN).map((claim) => (
                <ClaimItem key={claim.id} claim={claim} testId="popover-claim" />
              ))}
            </ul>
            {card.claims.length > CLAIMS_SHOWN && (
              <button type="button" class="link" onClick={() => onOpenOptions(entity.id)}>
                {t('pop_all_claims', String(card.claims.length))}
              </button>
            )}
          </section>
        )}
        {card.related.length > 0 && (
          <section aria-labelledby={`${headingId}-related`}>
            <h3 id={`${headingId}-related`}>{t('pop_related')}</h3>
            <ul class="related">
              {card.related.map((r) => (
                <li key={r.id}>
                  <button type="button" class="chip" data-testid="popover-related" data-entity-id={r.id} onClick={() => onSelectRelated(r.id)}>
                    <bdi class="rel">{r.relation}</bdi> <bdi>{r.name}</bdi>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <footer class="foot">
        {onSaveSnippet && (
          <button type="button" class="secondary" data-testid="popover-save-snippet" onClick={onSaveSnippet}>
            {t('snip_popover_save')}
          </button>
        )}
        <button type="button" class="primary" data-testid="popover-open-options" onClick={() => onOpenOptions(entity.id)}>
          {t('pop_open')}
        </button>
      </footer>
    </div>
  );
}
