/**
 * What changed between two versions of a published dataset, by id: for a maintainer to read
 * before publishing (`npm run dataset -- diff OLD NEW`). Rows compare with the same deep equality
 * as the extension's install summary (lib/dataset/diff.ts), so "changed" means the same thing.
 */
import { sameValue } from '../dataset/diff';
import type { Dataset } from '../dataset/schema';

export interface IdChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface VersionDiff {
  /** Header fields (name, version, description…) whose value differs. */
  header: string[];
  entities: IdChanges;
  claims: IdChanges;
  sources: IdChanges;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function diffRows(before: readonly { id: string }[], after: readonly { id: string }[]): IdChanges {
  const old = new Map(before.map((row) => [row.id, row]));
  const changes: IdChanges = { added: [], changed: [], removed: [] };
  const kept = new Set<string>();
  for (const row of after) {
    kept.add(row.id);
    const was = old.get(row.id);
    if (!was) changes.added.push(row.id);
    else if (!sameValue(was, row)) changes.changed.push(row.id);
  }
  for (const row of before) if (!kept.has(row.id)) changes.removed.push(row.id);
  changes.added.sort(byId);
  changes.changed.sort(byId);
  changes.removed.sort(byId);
  return changes;
}

export function diffVersions(before: Dataset, after: Dataset): VersionDiff {
  const { entities: e1, claims: c1, sources: s1, ...head1 } = before;
  const { entities: e2, claims: c2, sources: s2, ...head2 } = after;
  const keys = [...new Set([...Object.keys(head1), ...Object.keys(head2)])].filter((k) => k !== '$schema');
  return {
    header: keys.filter((k) => !sameValue((head1 as Record<string, unknown>)[k], (head2 as Record<string, unknown>)[k])).sort(byId),
    entities: diffRows(e1, e2),
    claims: diffRows(c1, c2),
    sources: diffRows(s1, s2),
  };
}

/** True when nothing differs at all. */
export function isUnchanged(diff: VersionDiff): boolean {
  const none = (c: IdChanges) => !c.added.length && !c.changed.length && !c.removed.length;
  return !diff.header.length && none(diff.entities) && none(diff.claims) && none(diff.sources);
}
