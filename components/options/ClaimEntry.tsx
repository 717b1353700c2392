import type { ClaimView } from '../../lib/messages/protocol';
import { t } from '../i18n';
import { formatPartialDate } from './format';
import { webHref } from './webHref';

/** The element id of a claim on the entity view, for the timeline to scroll to. */
export function claimElementId(claimId: string): string {
  return `claim-${claimId}`;
}

/** One sourced claim: the statement, its date, the supporting quote, and where the quote comes from. */
export function ClaimEntry({ claim }: { claim: ClaimView }) {
  const { source } = claim;
  return (
    // tabIndex -1: the timeline moves focus here, so keyboard and screen-reader users land on the claim.
    <li class="claim" id={claimElementId(claim.id)} tabIndex={-1} data-testid="claim" data-claim-id={claim.id}>
      <p class="claim-text">
        {claim.date && (
          <>
            <time class="claim-date" dateTime={claim.date}>
              {formatPartialDate(claim.date)}
            </time>
            {' · '}
          </>
        )}
        <bdi>{claim.text}</bdi>
      </p>
      <blockquote cite={webHref(source?.url)}>
        <p>
          <bdi>{claim.quote}</bdi>
        </p>
      </blockquote>
      <p class="source muted">
        {source ? (
          <>
            {t('opt_claim_source')}{' '}
            {webHref(source.url) ? (
              <a href={webHref(source.url)} target="_blank" rel="noopener noreferrer" class="source-title">
                <bdi>{source.title}</bdi>
              </a>
            ) : (
              <cite class="source-title">
                <bdi>{source.title}</bdi>
              </cite>
            )}
            {source.publisher && (
              <>
                , <bdi>{source.publisher}</bdi>
              </>
            )}
            {source.author && (
              <>
                , <bdi>{source.author}</bdi>
              </>
            )}
            {source.date && (
              <>
                , <time dateTime={source.date}>{formatPartialDate(source.date)}</time>
              </>
            )}
          </>
        ) : (
          t('opt_claim_source_missing')
        )}
      </p>
    </li>
  );
}
