// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { commonAncestor, FLOOD, RootQueue } from '../../../lib/page/root-queue';

describe('RootQueue', () => {
  it('keeps the outermost of nested roots', () => {
    document.body.innerHTML = '<main><section><p id="p">x</p></section></main>';
    const q = new RootQueue();
    q.add(document.getElementById('p')!);
    q.add(document.querySelector('section')!);
    q.add(document.getElementById('p')!);
    expect(q.size).toBe(1);
    expect(q.take(() => true)).toBe(document.querySelector('section'));
  });

  it('folds a flood of changes into one rescan of their common ancestor', () => {
    document.body.innerHTML = '<main><div id="feed"></div><aside></aside></main>';
    const feed = document.getElementById('feed')!;
    const q = new RootQueue();
    for (let i = 0; i <= FLOOD; i++) {
      const card = document.createElement('article');
      feed.append(card);
      q.add(card);
    }
    expect(q.size).toBe(1);
    expect(q.take(() => true)).toBe(feed);
  });

  it('skips roots the page removed meanwhile', () => {
    document.body.innerHTML = '<p id="a">a</p><p id="b">b</p>';
    const q = new RootQueue();
    q.add(document.getElementById('a')!);
    q.add(document.getElementById('b')!);
    document.getElementById('a')!.remove();
    expect(q.take(() => true)?.id).toBe('b');
    expect(q.take(() => true)).toBeNull();
  });

  it('finds the lowest common ancestor', () => {
    document.body.innerHTML = '<div id="x"><p><b id="b1">1</b></p><p><i id="i1">2</i></p></div>';
    expect(commonAncestor([document.getElementById('b1')!, document.getElementById('i1')!]).id).toBe('x');
  });
});
