/**
 * Finds mentions of lexicon terms in a block of text. The lexicon is indexed by first word, so the
 * cost is one map lookup per word of text however many terms there are; the longest term wins.
 */
import type { EntityType } from '../dataset/schema';
import { foldPunctuation, lowerSameLength } from './fold';
import { CASE_SENSITIVE, NEEDS_CONTEXT, type Lexicon } from './lexicon';
import { separatorKey, tokenize } from './tokenize';

export interface Mention {
  start: number;
  end: number;
  entityId: string;
  entityType: EntityType;
}

/** Entities already named on the page; context-gated aliases count only for these. */
export type SeenEntities = Set<number>;

interface Candidate {
  entity: number;
  gated: boolean;
}

export class Matcher {
  readonly lexicon: Lexicon;
  private readonly insensitive = new Map<string, Candidate[]>();
  private readonly sensitive = new Map<string, Candidate[]>();
  /** Lower-cased first word → the most words any term starting with it has. */
  private readonly firstWord = new Map<string, number>();

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
    for (const [key, entity, flags] of lexicon.terms) {
      const map = flags & CASE_SENSITIVE ? this.sensitive : this.insensitive;
      const candidate = { entity, gated: (flags & NEEDS_CONTEXT) !== 0 };
      const list = map.get(key);
      if (list) list.push(candidate);
      else map.set(key, [candidate]);
      const words = tokenize(key);
      const first = lowerSameLength(words[0]!.key);
      this.firstWord.set(first, Math.max(this.firstWord.get(first) ?? 0, words.length));
    }
  }

  /**
   * Mentions in `text`, in order, without overlaps. `seen` is read and updated: an ungated mention
   * makes later gated aliases of the same entity count.
   */
  find(text: string, seen: SeenEntities): Mention[] {
    const folded = foldPunctuation(text);
    const tokens = tokenize(folded);
    const lower = tokens.map((t) => lowerSameLength(t.key));
    const mentions: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const longest = this.firstWord.get(lower[i]!);
      if (longest === undefined) continue;
      const max = Math.min(longest, tokens.length - i);
      // Keys of the runs of 1..max words starting at word i, exact and lower-cased.
      const exact: string[] = [];
      const folds: string[] = [];
      let e = '';
      let f = '';
      for (let n = 0; n < max; n++) {
        const t = tokens[i + n]!;
        if (n > 0) {
          const sep = separatorKey(folded.slice(tokens[i + n - 1]!.end, t.start));
          e += sep;
          f += sep;
        }
        e += t.key;
        f += lower[i + n];
        exact.push(e);
        folds.push(f);
      }
      for (let n = max - 1; n >= 0; n--) {
        const entity = this.pick(this.sensitive.get(exact[n]!), this.insensitive.get(folds[n]!), seen);
        if (entity === undefined) continue;
        mentions.push({
          start: tokens[i]!.start,
          end: tokens[i + n]!.end,
          entityId: this.lexicon.ids[entity]!,
          entityType: this.lexicon.types[entity]!,
        });
        i += n;
        break;
      }
    }
    return mentions;
  }

  /** The first candidate that counts here: ungated, or gated with its entity already seen. */
  private pick(a: Candidate[] | undefined, b: Candidate[] | undefined, seen: SeenEntities): number | undefined {
    for (const list of [a, b]) {
      if (!list) continue;
      for (const c of list) {
        if (!c.gated) {
          seen.add(c.entity);
          return c.entity;
        }
        if (seen.has(c.entity)) return c.entity;
      }
    }
    return undefined;
  }
}
