/**
 * A 100,000-word article for the stress test, generated the same way every time: filler words
 * from a fixed vocabulary (a seeded generator; none of them a name or alias in the seed dataset)
 * with seed-dataset names planted at known places, and the mentions it must show.
 */
import { createRng } from '../../../lib/synthetic/random';
import type { Mention } from '../../support/browser';

const VOCABULARY = (
  'the of and a to in is was for on that with as by at from it be this are were have has had not ' +
  'but which their they been more its after also new other two year years first said would about ' +
  'into over than some could only when time where most these those while during many such under ' +
  'before then both between through against since each three city region report plan budget ' +
  'council market energy supply price rail port road grain steel coal harvest weather river bridge ' +
  'school hospital museum library festival season winter summer spring autumn morning evening week ' +
  'month today yesterday later early late quiet busy long short small large local national public ' +
  'private meeting statement interview document figure survey study review forecast outcome result'
).split(' ');

/** Planted in turn; full names only, so no context gating is involved. */
const NAMES: Mention[] = [
  { text: 'Dmytro Kuleba', entityId: 'dmytro-kuleba' },
  { text: 'Rheinmetall', entityId: 'rheinmetall' },
  { text: 'Ukroboronprom', entityId: 'ukroboronprom' },
  { text: 'Kyiv', entityId: 'kyiv' },
  { text: 'NATO', entityId: 'nato' },
];

const PARAGRAPH_WORDS = 100;
/** A name goes into every PLANT_EVERY-th paragraph, at word PLANT_AT. */
const PLANT_EVERY = 40;
const PLANT_AT = 37;

export interface LongArticle {
  html: string;
  /** Mentions in document order. */
  expected: Mention[];
  words: number;
}

export function longArticle(words = 100_000): LongArticle {
  // Seeded, so the text is the same on every run.
  const rng = createRng(20_261_125);
  const expected: Mention[] = [];
  const blocks: string[] = [];
  const paragraphs = Math.ceil(words / PARAGRAPH_WORDS);
  let count = 0;
  for (let p = 0; p < paragraphs; p++) {
    if (p % 50 === 0) blocks.push(`<h2>Part ${p / 50 + 1}</h2>`);
    const out: string[] = [];
    const n = Math.min(PARAGRAPH_WORDS, words - count);
    // The last paragraph names someone too: the end of the page must be read as well.
    const plant = p % PLANT_EVERY === PLANT_EVERY - 1 || p === paragraphs - 1;
    for (let i = 0; i < n; ) {
      if (plant && i === Math.min(PLANT_AT, n - 2)) {
        const name = NAMES[expected.length % NAMES.length]!;
        expected.push(name);
        out.push(name.text);
        i += name.text.split(' ').length;
        continue;
      }
      out.push(rng.pick(VOCABULARY));
      i++;
    }
    count += n;
    blocks.push(`<p>${out.join(' ')}.</p>`);
  }
  const html =
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>A 100,000-word article — stress fixture</title>\n' +
    '<style>body { font: 17px/1.6 Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }</style>\n</head>\n' +
    `<body>\n<article id="story">\n<h1>The long read</h1>\n${blocks.join('\n')}\n</article>\n</body>\n</html>\n`;
  return { html, expected, words: count };
}
