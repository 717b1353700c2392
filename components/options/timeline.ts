/**
 * An entity's claims in time order, for its timeline. A claim without a date of its own takes its
 * source's publication date, marked as "reported" (the claim was true by then); claims with
 * neither are listed after the dated ones.
 */
import type { ClaimView } from '../../lib/messages/protocol';

export interface TimelineItem {
  claim: ClaimView;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The date is the source's, not the claim's. */
  reported: boolean;
}

/** Claims of one date: either their own date, or their sources' (`reported`). */
export interface TimelineDay {
  date: string;
  reported: boolean;
  items: TimelineItem[];
}

export interface TimelineYear {
  year: string;
  days: TimelineDay[];
}

export interface Timeline {
  years: TimelineYear[];
  undated: ClaimView[];
}

/**
 * Oldest first; a partial date ("2024-10") before the days within it; on one date, claims dated
 * themselves before those dated by their source; otherwise the claims' own order.
 */
export function buildTimeline(claims: readonly ClaimView[]): Timeline {
  const dated: TimelineItem[] = [];
  const undated: ClaimView[] = [];
  for (const claim of claims) {
    const date = claim.date ?? claim.source?.date;
    if (date) dated.push({ claim, date, reported: claim.date === undefined });
    else undated.push(claim);
  }
  // Array.prototype.sort is stable, so equal dates keep the order the claims came in.
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.reported) - Number(b.reported)));
  const years: TimelineYear[] = [];
  for (const item of dated) {
    const year = item.date.slice(0, 4);
    let y = years[years.length - 1];
    if (!y || y.year !== year) years.push((y = { year, days: [] }));
    let day = y.days[y.days.length - 1];
    if (!day || day.date !== item.date || day.reported !== item.reported) y.days.push((day = { date: item.date, reported: item.reported, items: [] }));
    day.items.push(item);
  }
  return { years, undated };
}
