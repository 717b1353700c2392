/**
 * What the extension would highlight on saved pages, per entity: a maintainer's check for false
 * positives before publishing. Uses the extension's own pieces, not a copy of them: the page is
 * read into runs by lib/page/runs.ts (same skipped elements, same block boundaries) and matched
 * by lib/match. Runs are read in document order from the body, so context-gated aliases count
 * exactly when the annotator would count them on a page that does not change.
 */
import type { Entity } from '../dataset/schema';
import { compileLexicon } from '../match/lexicon';
import { Matcher } from '../match/matcher';
import { RunReader } from '../page/runs';

export interface PageMention {
  entityId: string;
  entityType: Entity['type'];
  /** The text as it stands on the page. */
  text: string;
  /** The sentence around it, white space collapsed, the mention in [[double brackets]]. */
  context: string;
}

export interface PageScan {
  page: string;
  mentions: PageMention[];
}

export interface EntityMentions {
  entityId: string;
  name: string;
  type: Entity['type'];
  count: number;
  /** On how many of the pages. */
  pages: number;
  /** The first few, with the page each is on. */
  examples: (PageMention & { page: string })[];
}

export interface ScanReport {
  pages: { page: string; mentions: number }[];
  /** Entities mentioned at least once, most mentioned first. */
  entities: EntityMentions[];
  /** How many entities the dataset has that no page mentions. */
  unmentioned: number;
}

/** Characters of context either side of a mention. */
const CONTEXT = 50;
export const EXAMPLES = 3;

function contextOf(text: string, start: number, end: number): string {
  // Whole words only: cut at the first space inside the window on each side.
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0) from = Math.min(start, text.slice(from, start).search(/\s|$/) + from);
  if (to < text.length) to = Math.max(end, text.slice(end, to).search(/\s\S*$/) + end);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const before = squash(text.slice(from, start)).trimStart();
  const after = squash(text.slice(end, to)).trimEnd();
  return `${from > 0 ? '…' : ''}${before}[[${squash(text.slice(start, end))}]]${after}${to < text.length ? '…' : ''}`;
}

/** A matcher for the dataset's entities, compiled as the background compiles it. */
export function matcherFor(entities: readonly Entity[]): Matcher {
  return new Matcher(compileLexicon(entities));
}

/** Every mention on one parsed page, in document order. */
export function scanDocument(doc: Document, matcher: Matcher, page = ''): PageScan {
  const root = doc.body ?? doc.documentElement;
  const mentions: PageMention[] = [];
  if (!root) return { page, mentions };
  const seen = new Set<number>();
  const reader = new RunReader(root, doc);
  for (let run = reader.next(); run; run = reader.next()) {
    for (const m of matcher.find(run.text, seen))
      mentions.push({ entityId: m.entityId, entityType: m.entityType, text: run.text.slice(m.start, m.end), context: contextOf(run.text, m.start, m.end) });
  }
  return { page, mentions };
}

/** Mentions per entity over all pages, most mentioned first (then by id, for a stable report). */
export function summarizeScans(scans: readonly PageScan[], entities: readonly Entity[]): ScanReport {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const found = new Map<string, EntityMentions & { pageSet: Set<string> }>();
  for (const scan of scans)
    for (const mention of scan.mentions) {
      let row = found.get(mention.entityId);
      if (!row) {
        const name = byId.get(mention.entityId)?.name ?? mention.entityId;
        row = { entityId: mention.entityId, name, type: mention.entityType, count: 0, pages: 0, examples: [], pageSet: new Set() };
        found.set(mention.entityId, row);
      }
      row.count++;
      row.pageSet.add(scan.page);
      if (row.examples.length < EXAMPLES) row.examples.push({ ...mention, page: scan.page });
    }
  const rows = [...found.values()].map(({ pageSet, ...row }) => ({ ...row, pages: pageSet.size }));
  rows.sort((a, b) => b.count - a.count || (a.entityId < b.entityId ? -1 : 1));
  return {
    pages: scans.map((s) => ({ page: s.page, mentions: s.mentions.length })),
    entities: rows,
    unmentioned: entities.length - rows.length,
  };
}
