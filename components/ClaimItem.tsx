/** One claim with its verbatim quote and where the quote comes from. */
import type { ClaimView } from '../lib/messages/protocol';
import { formatLocalPartialDate } from './localDate';

export function ClaimItem({ claim, testId }: { claim: ClaimView; testId?: string }) {
  const source = claim.source;
  const cite = [source?.publisher, source?.date ? formatLocalPartialDate(source.date) : undefined].filter(Boolean).join(', ');
  return (
    <li class="claim" data-testid={testId} data-claim-id={claim.id}>
      <p class="claim-text">
        {claim.text}
        {claim.date && <span class="claim-date"> ({formatLocalPartialDate(claim.date)})</span>}
      </p>
      <blockquote>{claim.quote}</blockquote>
      {source && (
        <p class="source">
          <cite>{source.title}</cite>
          {cite && <span class="source-meta"> — {cite}</span>}
        </p>
      )}
    </li>
  );
}
