// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { collectPageWords, WordCoverage } from '../../../lib/match/page-words';
import { eachWord, wordHashes } from '../../../lib/match/words';
import { hashKey, SEED_INSENSITIVE } from '../../../lib/match/hash';
import { RunReader } from '../../../lib/page/runs';
import { generateArticle } from '../../../lib/synthetic/prose';

afterEach(() => {
  document.body.innerHTML = '';
});

const hash = (word: string) => wordHashes(word)[0]!;
const words = (html: string) => {
  document.body.innerHTML = html;
  return collectPageWords(document.body);
};

describe('word hashes', () => {
  it('are the matcher’s lower-case single-word h1', () => {
    expect(hash('Zelensky')).toBe(hashKey('zelensky', SEED_INSENSITIVE).h1);
    expect(hash('Київ')).toBe(hashKey('київ', SEED_INSENSITIVE).h1);
  });

  it('split words as the tokenizer does and drop format characters', () => {
    expect(wordHashes('Zelensky’s  Rhein\u00admetall, Hans–Christoph\u00a0NATO2')).toEqual(['zelensky', 's', 'rheinmetall', 'hans', 'christoph', 'nato2'].map(hash));
  });

  it('give a Greek word one hash whichever sigma lower case gives it', () => {
    expect(hash('ΟΔΟΣ')).toBe(hash('οδοσ'));
    expect(hash('οδος')).toBe(hash('ΟΔΟΣ'));
  });
});

describe('collectPageWords', () => {
  it('takes the words the annotator reads, not those of scripts and styles', () => {
    const found = words('<p>Minister Kuleba</p><script>var secret = 1</script><style>p { color: red }</style><textarea>typed</textarea>');
    expect(found).toEqual(new Set(['minister', 'kuleba'].map(hash)));
  });

  it('takes a word split over text nodes both whole and in pieces', () => {
    const found = words('<p>Zel<b>ensky</b> said</p><ul><li>One</li><li>Two</li></ul>');
    for (const w of ['zelensky', 'zel', 'ensky', 'said', 'one', 'two']) expect(found.has(hash(w)), w).toBe(true);
  });

  it('covers every word of every run the annotator reads on a generated article', () => {
    const article = generateArticle({ words: 2000, seed: 3, names: ['Hans-Christoph Atzpodien', 'Володимир Зеленський', "Tip O'Neill"], markup: true });
    const found = words(`<main>${article.html}</main><footer>©\u00a02025 <em>The</em>Daily</footer>`);
    const reader = new RunReader(document.body);
    let checked = 0;
    for (let run = reader.next(); run; run = reader.next())
      eachWord(run.text, (h) => {
        checked++;
        expect(found.has(h)).toBe(true);
      });
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('WordCoverage', () => {
  it('finds the words a text has beyond those covered, until it covers all', () => {
    const coverage = new WordCoverage(wordHashes('Lloyd Austin'));
    const out = new Set<number>();
    coverage.missing('Austin met Kuleba and KULEBA', out);
    expect(out).toEqual(new Set(['met', 'kuleba', 'and'].map(hash)));
    coverage.add(out);
    const none = new Set<number>();
    coverage.missing('Austin met Kuleba', none);
    expect(none.size).toBe(0);
    expect(new WordCoverage().complete).toBe(true);
    coverage.coverAll();
    coverage.missing('anything new', none);
    expect(none.size).toBe(0);
  });
});
