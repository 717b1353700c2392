// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../lib/match/lexicon';
import { Matcher } from '../../../lib/match/matcher';
import { Annotator } from '../../../lib/page/annotator';

const matcher = new Matcher(
  compileLexicon([
    { id: 'dmytro-kuleba', type: 'person', name: 'Dmytro Kuleba', aliases: [{ text: 'Kuleba' }] },
    { id: 'nato', type: 'alliance', name: 'North Atlantic Treaty Organization', aliases: [{ text: 'NATO', caseSensitive: true }] },
    { id: 'lloyd-austin', type: 'person', name: 'Lloyd Austin', aliases: [{ text: 'Austin', needsContext: true }] },
  ]),
);

let annotator: Annotator | null = null;
afterEach(() => {
  annotator?.stop();
  annotator = null;
  document.body.innerHTML = '';
});

async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  while (annotator?.busy) await new Promise((r) => setTimeout(r, 10));
}

function marks(): [string, string][] {
  return [...document.querySelectorAll('mark.dossier-mark')].map((m) => [m.textContent ?? '', m.getAttribute('data-entity-id') ?? '']);
}

async function annotate(html: string): Promise<void> {
  document.body.innerHTML = html;
  annotator = new Annotator({ matcher, delayMs: 0 });
  annotator.start();
  await settle();
}

describe('Annotator', () => {
  it('wraps a mention split across elements in several marks with one id, text unchanged', async () => {
    const html = '<p>Minister <a href="#">Dmytro</a> Kuleba met NATO.</p>';
    await annotate(html);
    expect(marks()).toEqual([
      ['Dmytro', 'dmytro-kuleba'],
      [' Kuleba', 'dmytro-kuleba'],
      ['NATO', 'nato'],
    ]);
    expect(document.body.textContent).toBe('Minister Dmytro Kuleba met NATO.');
  });

  it('gates aliases on an earlier full name across blocks', async () => {
    await annotate('<p>Austin, Texas.</p><p>Lloyd Austin spoke.</p><p>Austin left.</p>');
    expect(marks()).toEqual([
      ['Lloyd Austin', 'lloyd-austin'],
      ['Austin', 'lloyd-austin'],
    ]);
  });

  it('gates by document position, not by the order the page changed in', async () => {
    await annotate('<p id="early">Austin, Texas.</p><main></main>');
    const later = document.createElement('p');
    later.textContent = 'Lloyd Austin spoke. Austin left.';
    document.querySelector('main')!.append(later);
    await settle();
    (document.getElementById('early')!.firstChild as Text).data = 'Austin, Texas, again.';
    await settle();
    expect(marks()).toEqual([
      ['Lloyd Austin', 'lloyd-austin'],
      ['Austin', 'lloyd-austin'],
    ]);
  });

  it('annotates added content and leaves the page as it was when stopped', async () => {
    await annotate('<main><p>NATO</p></main>');
    const p = document.createElement('p');
    p.textContent = 'Then Kuleba.';
    document.querySelector('main')!.append(p);
    await settle();
    expect(marks().map((m) => m[1])).toEqual(['nato', 'dmytro-kuleba']);
    annotator!.stop();
    expect(document.body.innerHTML).toBe('<main><p>NATO</p><p>Then Kuleba.</p></main>');
  });

  it('follows the page rewriting a text node it split', async () => {
    await annotate('<p id="t">Kuleba and NATO</p>');
    const text = document.getElementById('t')!.firstChild as Text;
    text.data = 'Now only NATO here';
    // The stale pieces go at once, before the page paints.
    await Promise.resolve();
    expect(document.getElementById('t')!.textContent).toBe('Now only NATO here');
    await settle();
    expect(marks()).toEqual([['NATO', 'nato']]);
    expect(document.getElementById('t')!.textContent).toBe('Now only NATO here');
  });

  it('cleans up after the page removes a text node it split', async () => {
    await annotate('<p id="t">Kuleba and NATO</p>');
    (document.getElementById('t')!.firstChild as Text).remove();
    await Promise.resolve();
    expect(document.getElementById('t')!.textContent).toBe('');
  });

  it('does not react to its own changes', async () => {
    await annotate('<p>NATO and Kuleba</p>');
    const before = document.body.innerHTML;
    await new Promise((r) => setTimeout(r, 100));
    expect(annotator!.busy).toBe(false);
    expect(document.body.innerHTML).toBe(before);
  });
});
