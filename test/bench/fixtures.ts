/**
 * The benchmark's inputs: datasets (the bundled seed and synthetic ones), their lexicons compiled
 * in Node (timed), and the pages — news articles and an infinite-scroll feed — with names of
 * the dataset planted at about one mention per 40 words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../lib/dataset/schema';
import { compileLexicon } from '../../lib/match/lexicon';
import { generateDataset } from '../../lib/synthetic/generate';
import { generateArticle, generateCards } from '../../lib/synthetic/prose';
import { ENTITY_COUNTS, type BenchConfig, type DatasetKey } from './config';
import { PROJECT_ROOT } from './paths';
import type { Samples } from './stats';

export interface BenchDataset {
  key: DatasetKey;
  dataset: Dataset;
  /** Every distinct name and alias: the naive variant's keywords. */
  keywords: string[];
  /** Names and plain aliases: what pages mention. */
  plantable: string[];
  /** JSON of the whole compiled lexicon as every tab received it before lexicons were cut (no parts). */
  lexiconJson: string;
  /** JSON of the compiled lexicon with its parts: what the background keeps and cuts from. */
  fullJson: string;
  generateMs: number;
}

function loadDataset(key: DatasetKey, seed: number): { dataset: Dataset; ms: number } {
  const start = performance.now();
  const dataset =
    key === 'seed'
      ? (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds/dossier-seed.json'), 'utf8')) as Dataset)
      : generateDataset({ entities: ENTITY_COUNTS[key], seed });
  return { dataset, ms: performance.now() - start };
}

/**
 * Loads every dataset and compiles each lexicon `compileReps` times, interleaved (each round
 * compiles every dataset once), recording "<key>/compileMs".
 */
export function prepareDatasets(config: BenchConfig, samples: Samples): BenchDataset[] {
  const out: BenchDataset[] = config.datasets.map((key) => {
    const { dataset, ms } = loadDataset(key, config.seed);
    const keywords = [...new Set(dataset.entities.flatMap((e) => [e.name, ...(e.aliases ?? []).map((a) => a.text)]))];
    const plantable = dataset.entities.flatMap((e) => [e.name, ...(e.aliases ?? []).filter((a) => !a.needsContext).map((a) => a.text)]);
    return { key, dataset, keywords, plantable, lexiconJson: '', fullJson: '', generateMs: ms };
  });
  for (let rep = 0; rep < config.compileReps; rep++)
    for (const d of out) {
      const start = performance.now();
      const lexicon = compileLexicon(d.dataset.entities);
      samples.add(`${d.key}/compileMs`, performance.now() - start);
      if (!d.lexiconJson) {
        d.fullJson = JSON.stringify(lexicon);
        const { parts: _, ...wire } = lexicon;
        d.lexiconJson = JSON.stringify(wire);
      }
    }
  return out;
}

const STYLE = 'body{font:17px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em}nav a{margin-right:1em}.card{border-bottom:1px solid #ccc;padding:1em 0}';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style><script src="/bench.js"></script></head><body>${body}</body></html>`;
}

const CHROME = {
  header: '<header><nav><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a><a href="/opinion">Opinion</a></nav></header>',
  footer: '<footer><p>© 2025 The Daily Example. All rights reserved.</p></footer>',
};

export interface ArticlePage {
  html: string;
  planted: number;
  words: number;
}

export function articlePage(d: BenchDataset, words: number, seed: number): ArticlePage {
  const article = generateArticle({ words, seed: seed + words, names: d.plantable, markup: true });
  return { html: page(`Article, ${words} words`, `${CHROME.header}<main>${article.html}</main>${CHROME.footer}`), planted: article.mentions.length, words: article.words };
}

export interface FeedPage {
  html: string;
  /** Planted mentions per batch. */
  planted: number[];
}

/** A feed page that starts empty; its cards wait in a JSON script, one array per batch. */
export function feedPage(d: BenchDataset, config: BenchConfig): FeedPage {
  const { batches, cardsPerBatch, wordsPerCard } = config.scroll;
  const cards = generateCards({ cards: batches * cardsPerBatch, wordsPerCard, seed: config.seed + 7, names: d.plantable, markup: true });
  const byBatch = Array.from({ length: batches }, (_, b) => cards.slice(b * cardsPerBatch, (b + 1) * cardsPerBatch));
  // "</" would end the script element early.
  const json = JSON.stringify(byBatch.map((batch) => batch.map((c) => c.html))).replace(/<\//g, '<\\/');
  return {
    html: page('Feed', `${CHROME.header}<main id="feed"></main><script type="application/json" id="cards">${json}</script>${CHROME.footer}`),
    planted: byBatch.map((batch) => batch.reduce((n, c) => n + c.mentions.length, 0)),
  };
}
