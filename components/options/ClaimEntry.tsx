import type { ClaimView } from '../../lib/messages/protocol';
import { formatPartialDate } from './format';

/** One sourced claim: the statement, its date, the supporting quote, and where the quote comes from. */
export function ClaimEntry({ claim }: { claim: ClaimView }) {
  const { source } = claim;
  return (
    <li class="claim" data-testid="claim" data-claim-id={claim.id}>
      <p class="claim-text">
        {claim.date && (
          <>
            <time class="claim-date" dateTime={claim.date}>
              {formatPartialDate(claim.date)}
            </time>
            {' · '}
          </>
        )}
        {claim.text}
      </p>
      <blockquote cite={source?.url}>
        <p>{claim.quote}</p>
      </blockquote>
      <p class="source muted">
        {source ? (
          <>
            Source:{' '}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer" class="source-title">
                {source.title}
              </a>
            ) : (
              <cite class="source-title">{source.title}</cite>
            )}
            {source.publisher && <>, {source.publisher}</>}
            {source.author && <>, {source.author}</>}
            {source.date && (
              <>
                , <time dateTime={source.date}>{formatPartialDate(source.date)}</time>
              </>
            )}
          </>
        ) : (
          'Source missing from the database.'
        )}
      </p>
    </li>
  );
}
