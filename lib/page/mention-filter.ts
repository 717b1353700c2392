/**
 * Which of the mentions found in a run are highlighted, from the settings: only entity types the
 * user wants, and with "first mention only", only the first mention of each entity on the page.
 *
 * "First" is by position in the document, as the annotator's context gating is: runs are read in
 * document order within a scan, but the page may add an earlier mention later. Then the mention
 * shown so far is no longer first, and its block is scanned again (`requeue`), where it is left
 * out. When the first mention is gone (the page removed or rewrote it), the runs whose mentions
 * were left out are read again at the end of the next scan, so the next one shows.
 */
import type { EntityType } from '../dataset/entity-types';
import type { Mention } from '../match/matcher';

export interface MentionFilter {
  /** Which of a run's mentions to wrap; `at` is the run's first text node. */
  keep(mentions: Mention[], at: Text): Mention[];
  /** A subtree is about to be read again from the top: what was found in it no longer holds. */
  rescan?(root: Node): void;
  /** Reading that subtree has finished. */
  scanned?(root: Node): void;
}

export interface MentionFilterOptions {
  /** Entity types to highlight; null for all. */
  types: ReadonlySet<EntityType> | null;
  firstOnly: boolean;
  /** Asks the annotator to read the block holding `node` again. */
  requeue(node: Node): void;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
}

/** Only the entity types asked for. */
function typeFilter(types: ReadonlySet<EntityType>): MentionFilter {
  return { keep: (mentions) => mentions.filter((m) => types.has(m.entityType)) };
}

/** Only the first mention of each entity, by document position. */
export class FirstMentionFilter implements MentionFilter {
  /** Entity → the first text node of the run holding its first mention. */
  private readonly shown = new Map<string, Text>();
  /** Entity → runs whose mentions of it were left out, to read again if the first one goes. */
  private readonly left = new Map<string, Set<Text>>();
  /** Entities whose first mention was in a subtree being read again, until it is found again. */
  private readonly orphaned = new Set<string>();

  constructor(private readonly requeue: (node: Node) => void) {}

  keep(mentions: Mention[], at: Text): Mention[] {
    const inRun = new Set<string>();
    return mentions.filter(({ entityId: id }) => {
      const place = this.shown.get(id);
      const earlier = inRun.has(id) || (place !== undefined && place !== at && place.isConnected && precedes(place, at));
      if (earlier) {
        this.leaveOut(id, at);
        return false;
      }
      // This mention comes first: the one shown so far, later in the page, has to go.
      if (place && place !== at && place.isConnected) {
        this.leaveOut(id, place);
        this.requeue(place);
      }
      this.shown.set(id, at);
      this.orphaned.delete(id);
      inRun.add(id);
      return true;
    });
  }

  private leaveOut(id: string, run: Text): void {
    const runs = this.left.get(id);
    if (runs) runs.add(run);
    else this.left.set(id, new Set([run]));
  }

  rescan(root: Node): void {
    for (const [id, place] of this.shown) {
      // In the subtree read again, or gone with what the page removed.
      if (place.isConnected && !root.contains(place)) continue;
      this.shown.delete(id);
      this.orphaned.add(id);
    }
    for (const runs of this.left.values()) for (const run of runs) if (root.contains(run)) runs.delete(run);
  }

  scanned(): void {
    for (const [id, place] of this.shown) if (!place.isConnected) this.orphaned.add(id);
    for (const id of this.orphaned) {
      if (this.shown.get(id)?.isConnected) continue;
      this.shown.delete(id);
      // Its first mention is gone: read the places left out again, the earliest will show.
      for (const run of this.left.get(id) ?? []) if (run.isConnected) this.requeue(run);
      this.left.delete(id);
    }
    this.orphaned.clear();
  }
}

/** The filter for the settings, or undefined when everything found is highlighted. */
export function createMentionFilter({ types, firstOnly, requeue }: MentionFilterOptions): MentionFilter | undefined {
  const byType = types ? typeFilter(types) : null;
  const first = firstOnly ? new FirstMentionFilter(requeue) : null;
  if (!byType || !first) return byType ?? first ?? undefined;
  return {
    keep: (mentions, at) => first.keep(byType.keep(mentions, at), at),
    rescan: (root) => first.rescan(root),
    scanned: () => first.scanned(),
  };
}
