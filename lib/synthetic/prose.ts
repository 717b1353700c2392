/**
 * News-like prose with known names planted in it, as HTML: paragraphs, headings and inline markup
 * (links, emphasis, spans), sometimes splitting a name across two inline elements the way sites
 * link a first name and leave the surname outside. Every planted mention is returned, in order,
 * so a test knows exactly what a matcher must find.
 */
import { JOINING_WORDS, nameWords } from './keys';
import { createRng, type Rng } from './random';
import { FILLER_WORDS } from './words/filler';

export interface ProseOptions {
  /** Words of prose to write (filler and planted names together). */
  words: number;
  seed: number;
  /** Mention texts to plant, drawn at random. */
  names: readonly string[];
  /** Inline markup around words and names; false gives plain paragraphs. */
  markup: boolean;
  /** Planted mentions per word of prose (default 1/40). */
  density?: number;
}

export interface PlantedMention {
  /** The name as planted (its text content in the page, markup aside). */
  text: string;
}

export interface Article {
  html: string;
  mentions: PlantedMention[];
  words: number;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const INLINE = ['em', 'strong', 'span', 'a'] as const;
type InlineTag = (typeof INLINE)[number];

function open(tag: InlineTag, rng: Rng): string {
  if (tag === 'a') return `<a href="/topic/${rng.int(1000)}">`;
  if (tag === 'span') return '<span class="highlight">';
  return `<${tag}>`;
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Writes prose a sentence at a time, planting a name every `1/density` words or so. */
export class ProseWriter {
  readonly mentions: PlantedMention[] = [];
  words = 0;
  private readonly vocabulary: string[];
  private readonly cumulative: number[];
  private untilMention: number;

  constructor(
    readonly rng: Rng,
    private readonly names: readonly string[],
    private readonly markup: boolean,
    private readonly density = 1 / 40,
  ) {
    // A filler word that is also a word of a planted name could extend that name into another one.
    const reserved = new Set(names.flatMap(nameWords));
    this.vocabulary = FILLER_WORDS.filter((w) => JOINING_WORDS.has(w) || !reserved.has(w));
    // Zipf-like: common words much more often, as in real text.
    let sum = 0;
    this.cumulative = this.vocabulary.map((_, i) => (sum += 1 / (i + 8)));
    this.untilMention = this.gap();
  }

  private gap(): number {
    const mean = 1 / this.density;
    return Math.max(2, Math.round(mean * (0.5 + this.rng.next())));
  }

  private filler(afterName: boolean): string {
    for (;;) {
      const r = this.rng.next() * this.cumulative[this.cumulative.length - 1]!;
      let lo = 0;
      let hi = this.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cumulative[mid]! < r) lo = mid + 1;
        else hi = mid;
      }
      const word = this.vocabulary[lo]!;
      // Right after a name, a joining word ("of") could read as the name going on.
      if (!afterName || !JOINING_WORDS.has(word)) return word;
    }
  }

  /** A planted name as HTML: plain, linked, emphasised, or split over two inline elements. */
  private name(text: string): string {
    this.mentions.push({ text });
    const escaped = escapeHtml(text);
    if (!this.markup) return escaped;
    const r = this.rng.next();
    const space = text.indexOf(' ');
    if (r < 0.12 && space > 0) {
      const first = escapeHtml(text.slice(0, space));
      const rest = escapeHtml(text.slice(space + 1));
      return this.rng.chance(0.5) ? `<a href="/people/${this.rng.int(1000)}">${first}</a> ${rest}` : `<em>${first}</em> <span class="name">${rest}</span>`;
    }
    if (r < 0.4) return `${open('a', this.rng)}${escaped}</a>`;
    if (r < 0.45) return `<strong>${escaped}</strong>`;
    return escaped;
  }

  /** One sentence of `length` words, as HTML. */
  sentence(length: number): string {
    const parts: string[] = [];
    let afterName = false;
    let wrapOpen: InlineTag | null = null;
    let wrapLeft = 0;
    for (let i = 0; i < length; i++) {
      if (--this.untilMention <= 0 && !afterName && this.names.length) {
        if (wrapOpen) {
          parts[parts.length - 1] += `</${wrapOpen}>`;
          wrapOpen = null;
        }
        const text = this.rng.pick(this.names);
        let html = this.name(text);
        if (this.rng.chance(0.05)) html += '’s';
        parts.push(html);
        this.words += nameWords(text).length;
        i += nameWords(text).length - 1;
        this.untilMention = this.gap();
        afterName = true;
        continue;
      }
      let word = this.filler(afterName);
      afterName = false;
      if (i === 0) word = capitalise(word);
      this.words++;
      if (this.markup && !wrapOpen && this.rng.chance(0.04)) {
        wrapOpen = this.rng.pick(INLINE);
        wrapLeft = this.rng.range(1, 3);
        word = open(wrapOpen, this.rng) + word;
      }
      if (wrapOpen && --wrapLeft <= 0) {
        word += `</${wrapOpen}>`;
        wrapOpen = null;
      }
      if (i < length - 1 && this.rng.chance(0.07)) word += ',';
      parts.push(word);
    }
    if (wrapOpen) parts[parts.length - 1] += `</${wrapOpen}>`;
    return `${parts.join(' ')}.`;
  }

  paragraph(words: number): string {
    const sentences: string[] = [];
    for (let left = words; left > 0; ) {
      const n = Math.min(left, this.rng.range(8, 24));
      sentences.push(this.sentence(n));
      left -= n;
    }
    return `<p>${sentences.join(' ')}</p>`;
  }

  heading(tag: 'h1' | 'h2' | 'h3'): string {
    const words = this.rng.range(3, 8);
    return `<${tag}>${this.sentence(words).slice(0, -1)}</${tag}>`;
  }
}

/** An article: a title, paragraphs of 40–120 words and a subheading every few paragraphs. */
export function generateArticle({ words, seed, names, markup, density }: ProseOptions): Article {
  const writer = new ProseWriter(createRng(seed), names, markup, density);
  const blocks = [writer.heading('h1')];
  let sinceHeading = 0;
  while (writer.words < words) {
    if (sinceHeading >= 4 && writer.rng.chance(0.25)) {
      blocks.push(writer.heading('h2'));
      sinceHeading = 0;
    }
    blocks.push(writer.paragraph(Math.min(words - writer.words, writer.rng.range(40, 120))));
    sinceHeading++;
  }
  return { html: `<article>\n${blocks.join('\n')}\n</article>`, mentions: writer.mentions, words: writer.words };
}

export interface CardOptions extends Omit<ProseOptions, 'words'> {
  cards: number;
  /** Words of each card's paragraphs together. */
  wordsPerCard: number;
}

export interface Card {
  html: string;
  mentions: PlantedMention[];
}

/** Feed cards for an infinite-scroll page: a headline and two or three short paragraphs each. */
export function generateCards({ cards, wordsPerCard, seed, names, markup, density }: CardOptions): Card[] {
  const writer = new ProseWriter(createRng(seed), names, markup, density);
  const out: Card[] = [];
  for (let i = 0; i < cards; i++) {
    const before = writer.mentions.length;
    const paragraphs = writer.rng.range(2, 3);
    const blocks = [writer.heading('h3')];
    for (let p = 0; p < paragraphs; p++) blocks.push(writer.paragraph(Math.ceil(wordsPerCard / paragraphs)));
    out.push({ html: `<article class="card">${blocks.join('')}</article>`, mentions: writer.mentions.slice(before) });
  }
  return out;
}
