// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/match/matcher';
import { compileLexicon } from '../../../lib/match/lexicon';
import { Matcher } from '../../../lib/match/matcher';
import { Annotator } from '../../../lib/page/annotator';
import { generateDataset } from '../../../lib/synthetic/generate';
import { generateArticle, generateCards } from '../../../lib/synthetic/prose';
import { allowedOwners, markedPart, termIndex, termsOf } from './plant';

const dataset = generateDataset({ entities: 1000, seed: 99 });
const matcher = new Matcher(compileLexicon(dataset.entities));
const index = termIndex(dataset);
/** Names and plain aliases: what the generated prose plants. */
const names = dataset.entities.flatMap((e) => termsOf(e).filter((t) => !t.gated).map((t) => t.text));

let annotator: Annotator | null = null;
afterEach(() => {
  annotator?.stop();
  annotator = null;
  document.body.innerHTML = '';
});

/** Runs the page pipeline over `html`; returns each mention's marked text and entity, in order. */
async function annotate(html: string): Promise<{ text: string; entityId: string }[]> {
  document.body.innerHTML = html;
  const found: { text: string; entityId: string }[] = [];
  annotator = new Annotator({
    matcher,
    delayMs: 0,
    onMark: (el: HTMLElement, mention: Mention, first: boolean) => {
      // A mention split over inline elements is several marks: the first starts it.
      if (first) found.push({ text: el.textContent ?? '', entityId: mention.entityId });
      else found[found.length - 1]!.text += el.textContent ?? '';
    },
  });
  annotator.start();
  await new Promise((r) => setTimeout(r, 0));
  while (annotator.busy) await new Promise((r) => setTimeout(r, 5));
  return found;
}

function expectMentions(found: { text: string; entityId: string }[], planted: { text: string }[]): void {
  expect(found.map((f) => f.text)).toEqual(planted.map((p) => markedPart(p.text).text));
  // Planted texts are names and plain aliases: each has its one entity whatever came before.
  found.forEach((f, i) => expect(allowedOwners(index, planted[i]!.text, new Set())).toContain(f.entityId));
}

describe('Annotator over generated news prose', () => {
  it('marks every planted name, including names split across inline elements, and nothing else', async () => {
    const article = generateArticle({ words: 3000, seed: 5, names, markup: true });
    expect(article.mentions.length).toBeGreaterThan(40);
    expect(article.html).toMatch(/<(a|em)[^>]*>[^<]+<\/(a|em)> (<span class="name">)?[^<]/);
    const text = document.createElement('div');
    text.innerHTML = article.html;
    const before = text.textContent;
    expectMentions(await annotate(article.html), article.mentions);
    expect(document.body.textContent).toBe(before);
  });

  it('marks the planted names of feed cards', async () => {
    const cards = generateCards({ cards: 20, wordsPerCard: 120, seed: 6, names, markup: true });
    expectMentions(await annotate(cards.map((c) => c.html).join('')), cards.flatMap((c) => c.mentions));
  });
});
