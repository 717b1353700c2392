import { describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset } from '../../../lib/dataset/schema';
import { compileLexicon } from '../../../lib/match/lexicon';
import { Matcher } from '../../../lib/match/matcher';
import { generateDataset } from '../../../lib/synthetic/generate';
import { JOINING_WORDS, nameKey, nameWords } from '../../../lib/synthetic/keys';
import { createRng } from '../../../lib/synthetic/random';
import { FILLER_WORDS } from '../../../lib/synthetic/words/filler';
import { allowedOwners, plant, termIndex, termsOf, type Term } from './plant';

const cache = new Map<number, Dataset>();
function dataset(entities: number): Dataset {
  let d = cache.get(entities);
  if (!d) cache.set(entities, (d = generateDataset({ entities, seed: 20251125 })));
  return d;
}

describe('generateDataset', () => {
  it('is deterministic: the same seed gives the same JSON, another seed another dataset', () => {
    const a = JSON.stringify(generateDataset({ entities: 300, seed: 7 }));
    expect(JSON.stringify(generateDataset({ entities: 300, seed: 7 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ entities: 300, seed: 8 }))).not.toBe(a);
  });

  it('gives a valid dataset of the requested size', () => {
    const d = dataset(1000);
    expect(() => DatasetSchema.parse(d)).not.toThrow();
    expect(d.entities).toHaveLength(1000);
    expect(d.claims).toHaveLength(100);
    expect(d.sources.length).toBeGreaterThan(0);
    expect(generateDataset({ entities: 0, seed: 1 }).entities).toEqual([]);
  });

  it('has 3–4 aliases an entity on average, a realistic mix of types and scripts', () => {
    const d = dataset(10_000);
    const aliases = d.entities.flatMap((e) => e.aliases);
    expect(aliases.length / d.entities.length).toBeGreaterThanOrEqual(2.8);
    expect(aliases.length / d.entities.length).toBeLessThanOrEqual(4);
    const share = (n: number) => n / d.entities.length;
    expect(share(d.entities.filter((e) => e.type === 'person').length)).toBeGreaterThan(0.5);
    const slavic = d.entities.filter((e) => e.type === 'person' && (e.country === 'UA' || e.country === 'RU')).length;
    expect(slavic / d.entities.filter((e) => e.type === 'person').length).toBeCloseTo(0.45, 1);
    expect(aliases.some((a) => /\p{Script=Cyrillic}/u.test(a.text))).toBe(true);
    expect(aliases.some((a) => a.caseSensitive)).toBe(true);
    expect(aliases.some((a) => a.needsContext)).toBe(true);
  });

  it('never gives two entities the same name, nor the same plain alias', () => {
    const d = dataset(10_000);
    const owner = new Map<string, string>();
    for (const e of d.entities)
      for (const t of termsOf(e).filter((t) => !t.gated)) {
        const key = nameKey(t.text);
        expect(owner.get(key) ?? e.id, `"${t.text}" of ${e.id}`).toBe(e.id);
        owner.set(key, e.id);
      }
    // A needsContext alias never shadows another entity's plain name either.
    for (const e of d.entities) for (const t of termsOf(e).filter((t) => t.gated)) expect(owner.has(nameKey(t.text))).toBe(false);
  });

  it('keeps filler words out of names: prose can never contain or extend a name by accident', () => {
    const d = dataset(10_000);
    const words = new Set<string>();
    for (const e of d.entities)
      for (const t of termsOf(e)) {
        // Case-sensitive acronyms (WAS, SHE) never match lower-case or capitalised filler.
        if (t.caseSensitive) continue;
        const w = nameWords(t.text);
        w.forEach((x) => words.add(x));
        expect(JOINING_WORDS.has(w[0]!) || JOINING_WORDS.has(w[w.length - 1]!), t.text).toBe(false);
      }
    expect(FILLER_WORDS.filter((w) => words.has(w) && !JOINING_WORDS.has(w))).toEqual([]);
  });
});

/** Plants ~300 names and aliases and requires the matcher to find exactly those. */
function checkMatcher(entities: number): void {
  const d = dataset(entities);
  const matcher = new Matcher(compileLexicon(d.entities));
  const index = termIndex(d);
  const rng = createRng(entities);
  const terms: Term[] = [];
  while (terms.length < 300) {
    const entity = rng.pick(d.entities);
    const term = rng.pick(termsOf(entity));
    // A needsContext alias counts only after the entity's name, so the name goes first.
    if (term.gated) terms.push(termsOf(entity)[0]!);
    terms.push(term);
  }
  const { text, planted } = plant(terms, rng);
  const found = matcher.find(text, new Set());
  const seen = new Set<string>();
  const expected = planted.map((p) => {
    const allowed = allowedOwners(index, p.text, seen);
    const entityId = found.find((f) => f.start === p.start)?.entityId ?? '';
    if (!p.term.gated && allowed.has(entityId)) seen.add(entityId);
    return { text: p.text, start: p.start, end: p.end, entityId: allowed.has(entityId) ? entityId : [...allowed].join('|') };
  });
  const actual = found.map((f) => ({ text: text.slice(f.start, f.end), start: f.start, end: f.end, entityId: f.entityId }));
  // Compared as text too, so a failure shows which name went wrong.
  expect(actual.map((a) => `${a.text} → ${a.entityId}`)).toEqual(expected.map((e) => `${text.slice(e.start, e.end)} → ${e.entityId}`));
  expect(actual).toEqual(expected.map((e) => ({ ...e, text: text.slice(e.start, e.end) })));
  expect(planted.filter((p) => p.term.gated).length).toBeGreaterThan(10);
  expect(planted.filter((p) => p.term.caseSensitive).length).toBeGreaterThan(3);
}

describe('Matcher over generated datasets', () => {
  it('finds every planted name and alias of a 1k dataset, with its entity, and nothing else', () => checkMatcher(1000));
  it('finds every planted name and alias of a 10k dataset, with its entity, and nothing else', () => checkMatcher(10_000), 30_000);
});
