/**
 * Test helper: plants names and aliases of a dataset in filler text and works out, for each,
 * which entities the matcher may rightly report, using only the dataset (never the lexicon, whose
 * shape is the matcher's business).
 */
import type { Dataset } from '../../../lib/dataset/schema';
import { JOINING_WORDS, nameKey } from '../../../lib/synthetic/keys';
import type { Rng } from '../../../lib/synthetic/random';
import { FILLER_WORDS } from '../../../lib/synthetic/words/filler';

export interface Term {
  text: string;
  entityId: string;
  gated: boolean;
  caseSensitive: boolean;
}

export interface Planted {
  text: string;
  /** Offsets of the mention: the planted text without leading or trailing punctuation. */
  start: number;
  end: number;
  term: Term;
}

export function termsOf(entity: Dataset['entities'][number]): Term[] {
  return [
    { text: entity.name, entityId: entity.id, gated: false, caseSensitive: false },
    ...entity.aliases.map((a) => ({ text: a.text, entityId: entity.id, gated: !!a.needsContext, caseSensitive: !!a.caseSensitive })),
  ];
}

/** Text → every term whose text the matcher would match there, grouped by case-insensitive key. */
export function termIndex(dataset: Dataset): Map<string, Term[]> {
  const index = new Map<string, Term[]>();
  for (const entity of dataset.entities)
    for (const term of termsOf(entity)) {
      const key = nameKey(term.text);
      const list = index.get(key);
      if (list) list.push(term);
      else index.set(key, [term]);
    }
  return index;
}

/** Entities the matcher may report for `text`, given the entities already named plainly. */
export function allowedOwners(index: Map<string, Term[]>, text: string, seen: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const term of index.get(nameKey(text)) ?? []) {
    if (term.caseSensitive && term.text !== text) continue;
    if (!term.gated || seen.has(term.entityId)) out.add(term.entityId);
  }
  return out;
}

const SEPARATORS = ['. ', ', ', '; ', ': ', '! ', '? ', ' — ', ' (', ') '];
const PLAIN_FILLER = FILLER_WORDS.filter((w) => !JOINING_WORDS.has(w));

/** 1–5 filler words; never a joining word first, which could read as continuing the name before. */
function filler(rng: Rng): string {
  const words = [rng.pick(PLAIN_FILLER)];
  for (let n = rng.int(5); n > 0; n--) words.push(rng.pick(FILLER_WORDS));
  if (rng.chance(0.3)) words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  return words.join(' ');
}

/** What the matcher marks of a planted text: from its first to its last letter or digit. */
export function markedPart(text: string): { lead: number; text: string } {
  const lead = Math.max(0, text.search(/[\p{L}\p{N}]/u));
  const end = text.search(/[\p{L}\p{N}][^\p{L}\p{N}]*$/u) + 1;
  return { lead, text: text.slice(lead, end) };
}

/** Text with each term planted in order, filler and a separator around each one. */
export function plant(terms: readonly Term[], rng: Rng): { text: string; planted: Planted[] } {
  let text = '';
  const planted: Planted[] = [];
  for (const term of terms) {
    text += `${filler(rng)} `;
    const marked = markedPart(term.text);
    const start = text.length + marked.lead;
    planted.push({ text: term.text, start, end: start + marked.text.length, term });
    text += term.text + rng.pick(SEPARATORS);
  }
  return { text: text + filler(rng) + '.', planted };
}
