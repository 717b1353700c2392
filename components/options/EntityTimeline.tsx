import type { ClaimView } from '../../lib/messages/protocol';
import { t } from '../i18n';
import { claimElementId } from './ClaimEntry';
import { formatPartialDate } from './format';
import { buildTimeline } from './timeline';

/** Brings a claim of the claims list into view and moves focus to it. */
function showClaim(claimId: string) {
  const el = document.getElementById(claimElementId(claimId));
  if (!el) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center' });
  el.focus({ preventScroll: true });
}

function ClaimButton({ claim }: { claim: ClaimView }) {
  return (
    <button type="button" class="link-button tl-claim" onClick={() => showClaim(claim.id)} data-claim-id={claim.id}>
      <bdi>{claim.text}</bdi>
    </button>
  );
}

/**
 * An entity's claims on a date axis, oldest first, grouped by year and date; claims without any
 * date follow. Each item moves to the claim in the list below. Shown only when some claim has a date.
 */
export function EntityTimeline({ claims }: { claims: readonly ClaimView[] }) {
  const { years, undated } = buildTimeline(claims);
  if (years.length === 0) return null;
  return (
    <section aria-labelledby="timeline-heading" data-testid="entity-timeline">
      <h3 id="timeline-heading">{t('opt_timeline_heading')}</h3>
      <p class="muted small">{t('opt_timeline_help')}</p>
      <ol class="timeline">
        {years.map((year) => (
          <li key={year.year} class="tl-year">
            <span class="tl-year-label">{year.year}</span>
            <ol class="tl-days">
              {year.days.map((day) => (
                <li key={`${day.date}${day.reported}`} class="tl-day" data-testid="timeline-date">
                  <span class="tl-date">
                    <time dateTime={day.date}>{formatPartialDate(day.date)}</time>
                    {day.reported && ` · ${t('opt_timeline_reported')}`}
                  </span>
                  <ul class="tl-items">
                    {day.items.map((item) => (
                      <li key={item.claim.id}>
                        <ClaimButton claim={item.claim} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {undated.length > 0 && (
        <>
          <h4 class="tl-undated-heading">{t('opt_timeline_undated')}</h4>
          <ul class="tl-items tl-undated">
            {undated.map((claim) => (
              <li key={claim.id}>
                <ClaimButton claim={claim} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
