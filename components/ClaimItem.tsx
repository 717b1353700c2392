/** One claim with its verbatim quote and where the quote comes from. */
import type { ClaimView } from '../lib/messages/protocol';
import { formatLocalPartialDate } from './localDate';

export function ClaimItem({ claim, testId }: { claim: ClaimView; testId?: string }) {
  const source = claim.source;
  const cite = [source?.publisher, source?.date ? formatLocalPartialDate(source.date) : undefined].filter(Boolean).join(', ');
  return (
    <li class="claim" data-testid={testId} data-claim-id={claim.id}>
      <p class="claim-text">
        <bdi>{claim.text}</bdi>
        {claim.date && <span class="claim-date"> ({formatLocalPartialDate(claim.date)})</span>}
      </p>
      <blockquote>
        <bdi>{claim.quote}</bdi>
      </blockquote>
      {source && (
        <p class="source">
          <cite>
            <bdi>{source.title}</bdi>
          </cite>
          {cite && (
            <span class="source-meta">
              {' — '}
              <bdi>{cite}</bdi>
            </span>
          )}
        </p>
      )}
    </li>
  );
}
