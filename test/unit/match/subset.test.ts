import { describe, expect, it } from 'vitest';
import type { Alias, EntityType } from '../../../lib/dataset/schema';
import { compileLexicon, type Lexicon, type LexiconEntity } from '../../../lib/match/lexicon';
import { Matcher } from '../../../lib/match/matcher';
import { answerLexicon, buildSubsetIndex, cutLexicon, lexiconFor, wholeLexicon } from '../../../lib/match/subset';
import { WordFilterReader } from '../../../lib/match/word-filter';
import { wordHashes } from '../../../lib/match/words';
import { generateDataset } from '../../../lib/synthetic/generate';
import { generateArticle } from '../../../lib/synthetic/prose';
import { createRng } from '../../../lib/synthetic/random';

const entity = (id: string, name: string, aliases: Alias[] = [], type: EntityType = 'person'): LexiconEntity => ({ id, type, name, aliases });

/** Hand-made terms for the rules the matcher has: case, context, scripts, separators. */
const HAND_MADE: LexiconEntity[] = [
  entity('nato', 'North Atlantic Treaty Organization', [{ text: 'NATO', caseSensitive: true }], 'alliance'),
  entity('who', 'World Health Organization', [{ text: 'WHO', caseSensitive: true }], 'organization'),
  entity('lloyd-austin', 'Lloyd Austin', [{ text: 'Austin', needsContext: true }]),
  entity('austin-texas', 'Austin, Texas', [{ text: 'Austin' }], 'place'),
  entity('volodymyr-zelensky', 'Volodymyr Zelensky', [{ text: 'Зеленський' }, { text: 'Володимир Зеленський' }]),
  entity('mariana-bezuhla', 'Mariana Bezuhla', [{ text: "Мар'яна Безугла" }]),
  entity('hans-christoph-atzpodien', 'Hans-Christoph Atzpodien'),
  entity('o-neill', "Tip O'Neill"),
  entity('rheinmetall', 'Rheinmetall', [], 'company'),
  entity('rheinmetall-kassel', 'Rheinmetall Landsysteme Kassel GmbH', [], 'company'),
  entity('odos', 'ΟΔΟΣ Αθηνών', [], 'place'),
];

const find = (lexicon: Lexicon, text: string) => new Matcher(lexicon).find(text, new Set());
const cut = (full: Lexicon, text: string) => lexiconFor(full, wordHashes(text));

describe('cutting the lexicon to a text’s words', () => {
  const full = compileLexicon(HAND_MADE);

  it('finds in a text exactly what the full lexicon finds', () => {
    const texts = [
      'NATO and Nato met WHO, who said nothing; North  Atlantic Treaty\u00a0Organization too.',
      'Austin, Texas. Then Lloyd Austin spoke, and later Austin again.',
      'Austin first, then Lloyd Austin.',
      'Зеленський and Володимир Зеленський; Мар’яна Безугла and МАР\'ЯНА БЕЗУГЛА.',
      'Hans–Christoph Atzpodien, hans-christoph atzpodien, Tip O’Neill, TIP O`NEILL.',
      'Rheinmetall Landsysteme said; Rheinmetall Landsysteme Kassel GmbH did; Rhein\u00admetall.',
      'οδος αθηνών, ΟΔΟΣ ΑΘΗΝΏΝ, Οδός Αθηνών.',
    ];
    for (const text of texts) {
      const sub = cut(full, text);
      expect(find(sub, text), text).toEqual(find(full, text));
      expect(find(full, text).length, text).toBeGreaterThan(0);
    }
  });

  it('keeps only the terms, hints and entities the words allow', () => {
    const sub = cut(full, 'Lloyd Austin met NATO');
    expect(sub.ids.split('\n')).toEqual(['nato', 'lloyd-austin', 'austin-texas']);
    expect(sub.terms).toBe(4); // NATO, Lloyd Austin, Austin (gated), Austin
    expect(sub.ofTerms).toBe(full.terms);
    expect(sub.parts).toBeUndefined();
    expect(find(sub, 'Lloyd Austin met NATO, then Austin').map((m) => m.entityId)).toEqual(['lloyd-austin', 'nato', 'lloyd-austin']);
    // "Rheinmetall Landsysteme" alone: the longer term is not there, nor its hints.
    const partial = cut(full, 'Rheinmetall Landsysteme');
    expect(partial.ids).toBe('rheinmetall');
    expect(partial.maxWords).toBe(1);
  });

  it('answers a text without known words with an empty lexicon that still knows the full size', () => {
    const sub = cut(full, 'nothing to see here');
    expect(sub).toMatchObject({ ids: '', types: '', terms: 0, ofTerms: full.terms });
    expect(find(sub, 'nothing to see here')).toEqual([]);
  });

  it('answers a lexicon without parts (an old cache) whole, and survives JSON', () => {
    const { parts: _, ...old } = full;
    expect(buildSubsetIndex(old)).toBeNull();
    expect(lexiconFor(old, wordHashes('NATO'))).toBe(old);
    const sub = JSON.parse(JSON.stringify(cut(full, 'Володимир Зеленський'))) as Lexicon;
    expect(find(sub, 'Володимир Зеленський').map((m) => m.entityId)).toEqual(['volodymyr-zelensky']);
  });

  it('matches the full lexicon on generated articles, a small part of its size', () => {
    const dataset = generateDataset({ entities: 3000, seed: 7 });
    const big = compileLexicon([...dataset.entities, ...HAND_MADE]);
    const index = buildSubsetIndex(big)!;
    const rng = createRng(11);
    // Every name and alias, gated ones too, in the case and separators pages use.
    const names = [...dataset.entities, ...HAND_MADE].flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]);
    const vary = (name: string) => {
      const r = rng.int(6);
      if (r === 0) return name.toUpperCase();
      if (r === 1) return name.toLowerCase();
      if (r === 2) return name.replace(/ /g, '\u00a0').replace(/'/g, '’').replace(/-/g, '–');
      return name;
    };
    let terms = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const article = generateArticle({ words: 800, seed, names: names.map(vary), markup: false, density: 1 / 12 });
      const text = article.html.replace(/<[^>]+>/g, ' ');
      const sub = cutLexicon(index, wordHashes(text));
      const expected = find(big, text);
      expect(expected.length).toBeGreaterThan(20);
      expect(find(sub, text)).toEqual(expected);
      terms += sub.terms;
    }
    expect(terms / 12).toBeLessThan(big.terms / 20);
  }, 60_000); // compiles a 3,000-entity lexicon: seconds on a busy 2-core machine
});

describe('lexicon.get', () => {
  it('takes the page’s words as 32-bit hashes, bounded', async () => {
    const { RequestSchema } = await import('../../../lib/messages/protocol');
    const { MAX_PAGE_WORDS } = await import('../../../lib/match/words');
    expect(RequestSchema.parse({ type: 'lexicon.get', words: wordHashes('Lloyd Austin') })).toMatchObject({ type: 'lexicon.get', words: wordHashes('Lloyd Austin') });
    expect(RequestSchema.parse({ type: 'lexicon.get' })).toEqual({ type: 'lexicon.get' });
    for (const words of [[-1], [2 ** 32], [1.5], ['1'], new Array(MAX_PAGE_WORDS + 1).fill(1)])
      expect(RequestSchema.safeParse({ type: 'lexicon.get', words }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'lexicon.get', words: [], extra: 1 }).success).toBe(false);
  });
});

describe('answerLexicon', () => {
  const full = compileLexicon(HAND_MADE);

  it('answers a small lexicon whole, without the parts it is cut from, the same object each time', () => {
    const whole = answerLexicon(full, {});
    expect(whole.parts).toBeUndefined();
    expect(whole.ofTerms).toBeUndefined();
    expect(whole.terms).toBe(full.terms);
    expect(answerLexicon(full, {})).toBe(whole);
    expect(wholeLexicon(full)).toBe(whole);
    expect(new Matcher(whole).find('Lloyd Austin', new Set()).map((m) => m.entityId)).toEqual(['lloyd-austin']);
  });

  it('answers a large lexicon asked without words with the empty cut, which asks for them', () => {
    const empty = answerLexicon(full, {}, 0);
    expect(empty.terms).toBe(0);
    expect(empty.ofTerms).toBe(full.terms);
    expect(answerLexicon(full, { whole: true }, 0)).toBe(wholeLexicon(full));
    // It carries a filter of the full lexicon's words: every word of every term passes.
    const sieve = new WordFilterReader(empty.wordFilter!);
    for (const e of HAND_MADE) for (const text of [e.name, ...e.aliases.map((x) => x.text)]) for (const w of wordHashes(text)) expect(sieve.mayHave(w)).toBe(true);
    expect(answerLexicon(full, {}, 0)).toBe(empty);
    expect(answerLexicon(full, { words: wordHashes('Lloyd Austin') }, 0).ids.split('\n')).toContain('lloyd-austin');
  });

  it('accepts `whole` in the request, and nothing else', async () => {
    const { RequestSchema } = await import('../../../lib/messages/protocol');
    expect(RequestSchema.parse({ type: 'lexicon.get', whole: true })).toEqual({ type: 'lexicon.get', whole: true });
    expect(RequestSchema.safeParse({ type: 'lexicon.get', whole: false }).success).toBe(false);
  });
});
