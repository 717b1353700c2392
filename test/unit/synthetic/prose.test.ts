import { describe, expect, it } from 'vitest';
import { generateArticle, generateCards } from '../../../lib/synthetic/prose';

const names = ['Klaus Hartmann', 'Volyn Armour Works', 'Андрій Коваленко', "Patrick O'Connor", 'HDS', 'Smith & Sons Ltd.'];

describe('generateArticle', () => {
  it('is deterministic and plants about one mention per 40 words', () => {
    const a = generateArticle({ words: 4000, seed: 3, names, markup: true });
    expect(generateArticle({ words: 4000, seed: 3, names, markup: true })).toEqual(a);
    expect(a.words).toBeGreaterThanOrEqual(4000);
    expect(a.mentions.length).toBeGreaterThan(4000 / 60);
    expect(a.mentions.length).toBeLessThan(4000 / 25);
  });

  it('writes paragraphs, headings and inline markup, escaping names', () => {
    const a = generateArticle({ words: 2000, seed: 4, names, markup: true });
    expect(a.html).toMatch(/<h2>/);
    expect(a.html.match(/<p>/g)!.length).toBeGreaterThan(10);
    for (const tag of ['a', 'em', 'strong', 'span']) expect(a.html).toContain(`</${tag}>`);
    expect(a.html).toContain('Smith &amp; Sons Ltd.');
    expect(a.html).not.toContain('Smith & Sons');
  });

  it('writes plain paragraphs without markup', () => {
    const a = generateArticle({ words: 1000, seed: 4, names, markup: false });
    expect(a.html.replace(/<\/?(article|p|h1|h2)>/g, '')).not.toMatch(/<\w/);
  });

  it('leaves filler words that are words of the planted names out of the prose', () => {
    const a = generateArticle({ words: 3000, seed: 5, names: ['Good Morning Holdings'], markup: false, density: 1 / 1000 });
    expect(a.html.replace(/Good Morning Holdings/g, '').toLowerCase()).not.toMatch(/\b(good|morning)\b/);
  });
});

describe('generateCards', () => {
  it('gives cards with their own mentions', () => {
    const cards = generateCards({ cards: 20, wordsPerCard: 100, seed: 1, names, markup: true });
    expect(cards).toHaveLength(20);
    expect(cards.every((c) => c.html.startsWith('<article class="card"><h3>'))).toBe(true);
    expect(cards.reduce((n, c) => n + c.mentions.length, 0)).toBeGreaterThan(20);
  });
});
