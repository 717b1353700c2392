/**
 * Finds mentions of lexicon terms in a run of text. Per word of text: hash it and probe the
 * table; only while the words so far begin some term does it extend to the next word. The cost
 * is a few probes per word however many terms the lexicon has, and no strings are built.
 */
import { ENTITY_TYPES, type EntityType } from '../dataset/entity-types';
import { base64ToBytes } from './base64';
import { lowerSameLength } from './fold';
import { finish1, hashKey, mix1, SEED_INSENSITIVE, SEED_SENSITIVE, start1 } from './hash';
import { LEXICON_FORMAT, type Lexicon } from './lexicon';
import { CASE_BIT, CONTEXT_BIT, ENTITY_MASK, probe, scan1, SEEN_CASE_HINT, SEEN_LOOK_ON, SEEN_TERM } from './table';
import { separatorKey, stripFormat } from './tokenize';
import { WordSpans } from './word-spans';

export interface Mention {
  start: number;
  end: number;
  entityId: string;
  entityType: EntityType;
}

/**
 * Which entities were named in full before the text being matched; context-gated aliases count
 * only for these. `add` is called for each ungated mention as it is found. A Set<number> will
 * do for plain text; the annotator answers from positions in the document.
 */
export interface SeenEntities {
  has(entity: number): boolean;
  add(entity: number): void;
}

export class Matcher {
  private readonly table: Uint32Array;
  private readonly ids: string[];
  private readonly types: string;
  private readonly maxWords: number;
  /** Scratch for find(): the words of the run being matched, and candidates by word count. */
  private readonly spans = new WordSpans();
  private readonly hits: number[][] = [];

  constructor(lexicon: Lexicon) {
    if (lexicon.format !== LEXICON_FORMAT) throw new Error(`unknown lexicon format ${String(lexicon.format)}`);
    const bytes = base64ToBytes(lexicon.table);
    this.table = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    this.ids = lexicon.ids ? lexicon.ids.split('\n') : [];
    this.types = lexicon.types;
    this.maxWords = lexicon.maxWords;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The id of an entity as `SeenEntities` numbers it (numbers differ between cut lexicons). */
  entityId(entity: number): string {
    return this.ids[entity]!;
  }

  /**
   * Mentions in `text`, in order, without overlaps; the longest term that counts wins. `seen` is
   * read and updated: an ungated mention makes later gated aliases of that entity count.
   */
  find(text: string, seen: SeenEntities): Mention[] {
    // Words are never folded (only separators are), so offsets and keys come from the text as is.
    const spans = this.spans;
    spans.read(text);
    const { starts, ends, plain, count } = spans;
    const table = this.table;
    // The run in lower case, made only when a word beyond ASCII is hashed (most runs have none);
    // ASCII lowers on its own, and a whole-run toLowerCase per run was a string per paragraph.
    let lower: string | null = null;
    const mentions: Mention[] = [];
    // Candidate values by number of words, reused across positions.
    const hits = this.hits;
    for (let i = 0; i < count; i++) {
      // Only h1 is kept up word by word; h2 and the exact-case hash are computed when h1 hits,
      // which for most words of a page it never does.
      let h1 = start1(SEED_INSENSITIVE);
      let words = 0;
      for (let n = 0; n < this.maxWords && i + n < count; n++) {
        const t = i + n;
        if (n > 0) {
          const from = ends[t - 1]!;
          const to = starts[t]!;
          if (to - from === 1 && text.charCodeAt(from) === 0x20) h1 = mix1(h1, 0x20);
          else {
            const sep = separatorKey(text, from, to);
            for (let k = 0; k < sep.length; k++) h1 = mix1(h1, sep.charCodeAt(k));
          }
        }
        if (plain[t]) {
          // hash.ts's mix1, written out: the page's code runs cold, and a call per character
          // costs more there than the rest of the loop.
          for (let k = starts[t]!, end = ends[t]!; k < end; k++) {
            let u = text.charCodeAt(k);
            if (u >= 0x80) u = (lower ??= lowerSameLength(text)).charCodeAt(k);
            else if (u >= 0x41 && u <= 0x5a) u |= 0x20;
            h1 = Math.imul(h1 ^ u, 0x01000193) >>> 0;
          }
        } else {
          const key = lowerSameLength(stripFormat(text, starts[t]!, ends[t]!));
          for (let k = 0; k < key.length; k++) h1 = mix1(h1, key.charCodeAt(k));
        }
        const found = (hits[n] ??= []);
        found.length = 0;
        words = n + 1;
        const seenHere = scan1(table, finish1(h1));
        if (seenHere === 0) break;
        if (seenHere & SEEN_TERM) {
          const insensitive = hashKey(spanKey(text, spans, i, t, true), SEED_INSENSITIVE);
          probe(table, insensitive.h1, insensitive.h2, 0, found);
        }
        if (seenHere & SEEN_CASE_HINT) {
          const exact = hashKey(spanKey(text, spans, i, t, false), SEED_SENSITIVE);
          probe(table, exact.h1, exact.h2, CASE_BIT, found, true);
        }
        if (!(seenHere & SEEN_LOOK_ON)) break;
      }
      for (let n = words - 1; n >= 0; n--) {
        const found = hits[n]!;
        if (!found.length) continue;
        const entity = pick(found, seen);
        if (entity === undefined) continue;
        mentions.push({
          start: starts[i]!,
          end: ends[i + n]!,
          entityId: this.ids[entity]!,
          entityType: ENTITY_TYPES[this.types.charCodeAt(entity) - 97]!,
        });
        i += n;
        break;
      }
    }
    return mentions;
  }
}

/** The separator between two words as it stands in keys: usually one space. */
function separatorOf(text: string, from: number, to: number): string {
  return to - from === 1 && text.charCodeAt(from) === 0x20 ? ' ' : separatorKey(text, from, to);
}

/** The key of words first..last as the lexicon compiler makes it (lexicon.ts termKey). */
function spanKey(text: string, spans: WordSpans, first: number, last: number, lowerCase: boolean): string {
  let key = '';
  for (let t = first; t <= last; t++) {
    if (t > first) key += separatorOf(text, spans.ends[t - 1]!, spans.starts[t]!);
    const start = spans.starts[t]!;
    const end = spans.ends[t]!;
    key += spans.plain[t] ? text.slice(start, end) : stripFormat(text, start, end);
  }
  return lowerCase ? lowerSameLength(key) : key;
}

/** The first candidate that counts here: ungated, or gated with its entity already seen. */
function pick(values: readonly number[], seen: SeenEntities): number | undefined {
  for (const value of values) {
    const entity = value & ENTITY_MASK;
    if (!(value & CONTEXT_BIT)) {
      seen.add(entity);
      return entity;
    }
    if (seen.has(entity)) return entity;
  }
  return undefined;
}
