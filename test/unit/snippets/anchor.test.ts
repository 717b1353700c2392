import { describe, expect, it } from 'vitest';
import { anchorQuote, type QuoteSelector } from '../../../lib/snippets/anchor';
import { editDistance, fuzzyFind } from '../../../lib/snippets/fuzzy';

const CONTEXT = 32;

/** The selector a user would have saved for `quote` (the nth occurrence) in `text`. */
function saved(text: string, quote: string, nth = 0): QuoteSelector {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error('not in text');
  const end = start + quote.length;
  return { quote, prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT), position: { start, end } };
}

const ARTICLE = [
  'Ukroboronprom and Rheinmetall signed a memorandum on Tuesday in Kyiv.',
  'Under the agreement, the two companies will set up a joint venture to repair and later build armoured vehicles on Ukrainian soil.',
  'The minister said the first vehicles could roll off the line within a year, depending on financing from allied governments.',
  'Officials at NATO welcomed the deal, calling it a step towards interoperability.',
].join('\n');

const QUOTE = 'the two companies will set up a joint venture to repair and later build armoured vehicles';

describe('exact anchoring', () => {
  it('finds the quote where it was saved', () => {
    const sel = saved(ARTICLE, QUOTE);
    expect(anchorQuote(ARTICLE, sel)).toEqual({ start: sel.position.start, end: sel.position.end, status: 'exact' });
  });

  it('tells repeated quotes apart by their context', () => {
    const text = 'Alpha said: the deal is done. Beta said: the deal is done. Gamma said: the deal is done.';
    const sel = saved(text, 'the deal is done', 1);
    expect(anchorQuote(text, sel)?.start).toBe(sel.position.start);
  });

  it('and by position when the context is the same', () => {
    const text = 'x. the deal is done. x. the deal is done. x. the deal is done. x.';
    const sel = { ...saved(text, 'the deal is done', 2), prefix: 'x. ', suffix: '. x.' };
    expect(anchorQuote(text, sel)?.start).toBe(text.lastIndexOf('the deal is done'));
  });

  it('finds the quote after text was added before it (the position moved)', () => {
    const sel = saved(ARTICLE, QUOTE);
    const edited = 'UPDATE: this story was updated with comments from the ministry.\n' + ARTICLE;
    const a = anchorQuote(edited, sel)!;
    expect(a.status).toBe('exact');
    expect(edited.slice(a.start, a.end)).toBe(QUOTE);
  });
});

describe('approximate anchoring', () => {
  it('re-anchors when the text around and inside the quote was edited', () => {
    const sel = saved(ARTICLE, QUOTE);
    const edited = ARTICLE.replace('Under the agreement,', 'Under the new agreement signed this week,').replace(
      'will set up a joint venture',
      'will establish a joint venture',
    );
    const a = anchorQuote(edited, sel)!;
    expect(a.status).toBe('approximate');
    expect(edited.slice(a.start, a.end)).toBe('the two companies will establish a joint venture to repair and later build armoured vehicles');
  });

  it('re-anchors after a typo fix and changed punctuation inside the quote', () => {
    const text = 'Before. The ministre said the first vehicles could roll off the line — within a year. After.';
    const sel = saved(text, 'The ministre said the first vehicles could roll off the line — within a year.');
    const edited = 'Before it all. The minister said the first vehicles could roll off the line, within a year. After.';
    const a = anchorQuote(edited, sel)!;
    expect(a.status).toBe('approximate');
    expect(edited.slice(a.start, a.end)).toBe('The minister said the first vehicles could roll off the line, within a year.');
  });

  it('starts where the saved context ends when words were inserted near the start', () => {
    const text = 'crews together.\nIn a long interview, Dmytro Kuleba said that allied gunmakers could build shells together.';
    const sel = saved(text, 'In a long interview, Dmytro Kuleba said that allied gunmakers could build shells');
    const edited = text.replace('In a long interview,', 'In a long phone interview,').replace('could build', 'could jointly build');
    const a = anchorQuote(edited, sel)!;
    expect(edited.slice(a.start, a.end)).toBe('In a long phone interview, Dmytro Kuleba said that allied gunmakers could jointly build shells');
  });

  it('picks the edited occurrence whose context matches among similar sentences', () => {
    const text = 'In March the fund paid 10 million to the army. In April the fund paid 12 million to the army. In May the fund paid 14 million to the army.';
    const sel = saved(text, 'the fund paid 12 million to the army');
    const edited = text.replace('paid 12 million', 'paid 12.5 million');
    const a = anchorQuote(edited, sel)!;
    expect(edited.slice(a.start, a.end)).toBe('the fund paid 12.5 million to the army');
  });

  it('finds a long quote by its head and tail', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} talks about production lines and allied partners.`).join(' ');
    const text = `Intro.\n${long}\nOutro.`;
    const sel = saved(text, long);
    const edited = text.replace('Sentence number 20 talks', 'Sentence number twenty talks');
    const a = anchorQuote(edited, sel)!;
    expect(a.status).toBe('approximate');
    expect(a.start).toBe(edited.indexOf('Sentence number 0'));
    expect(a.end).toBe(edited.indexOf('\nOutro.'));
  });

  it('gives up when the text is gone', () => {
    const sel = saved(ARTICLE, QUOTE);
    const gone = ARTICLE.split('\n').filter((l) => !l.includes('joint venture')).join('\n');
    expect(anchorQuote(gone, sel)).toBeNull();
  });

  it('does not match a short quote by chance elsewhere', () => {
    const sel = saved('We met the envoy today in Kyiv.', 'the envoy');
    expect(anchorQuote('Nothing about them here, but the enemy moved at night.', sel)).toBeNull();
  });
});

describe('fuzzy search', () => {
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('finds the best window with its start and end', () => {
    const text = 'xxxx the quick brwn fox yyyy';
    expect(fuzzyFind(text, 'the quick brown fox', 0, text.length, 3)).toEqual({ start: 5, end: 23, distance: 1 });
    expect(fuzzyFind(text, 'something else entirely', 0, text.length, 3)).toBeNull();
  });
});
