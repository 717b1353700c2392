// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { captureRange, CONTEXT, quoteAt } from '../../../lib/snippets/capture';
import { offsetAt, piecesFor, readPageText } from '../../../lib/snippets/page-text';
import { sentenceAround } from '../../../lib/snippets/sentence';
import { CONTEXT_CHARS } from '../../../lib/snippets/schema';

function page(html: string) {
  document.body.innerHTML = html;
  return readPageText(document.body);
}

/** A Range over the first occurrence of `text` inside the element matching `selector`. */
function rangeOver(selector: string, text: string): Range {
  const el = document.querySelector(selector)!;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(text);
    if (at >= 0) {
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + text.length);
      return r;
    }
  }
  throw new Error(`no ${text}`);
}

describe('page text', () => {
  it('collapses white space, breaks blocks with one newline and joins inline elements', () => {
    const pt = page('<h1>  Title\n </h1>\n<p>One   <b>two</b>\n three<br>four</p><ul><li>a</li><li> b </li></ul>');
    expect(pt.text).toBe('Title\nOne two three\nfour\na\nb');
  });

  it('leaves out scripts, styles, hidden content, editable regions and our own UI', () => {
    const pt = page(
      '<p>kept</p><script>x()</script><style>p{}</style><noscript>ns</noscript><template>tpl</template>' +
        '<p hidden>gone</p><p style="display:none">none</p><textarea>typed</textarea><div contenteditable="true">edit</div>' +
        '<dossier-popover>ui</dossier-popover><dossier-snippet-ui>ui</dossier-snippet-ui><p>also kept</p>',
    );
    expect(pt.text).toBe('kept\nalso kept');
  });

  it('keeps non-breaking spaces', () => {
    expect(page('<p>Dmytro\u00a0Kuleba</p>').text).toBe('Dmytro\u00a0Kuleba');
  });

  it('maps offsets to text nodes and back, through collapsed white space', () => {
    const pt = page('<p>\n   alpha   beta <i>gamma</i></p>');
    expect(pt.text).toBe('alpha beta gamma');
    const start = pt.text.indexOf('beta');
    const pieces = piecesFor(pt, start, pt.text.length);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['beta ', 'gamma']);
    const text = pieces[0]!.node;
    expect(offsetAt(pt, text, text.data.indexOf('beta'))).toBe(start);
    expect(offsetAt(pt, document.querySelector('p')!, 1)).toBe(pt.text.indexOf('gamma'));
  });

  it('our marks do not change the text', () => {
    const before = page('<p>One two <b>three</b> four</p>').text;
    document.querySelector('b')!.innerHTML = '<mark class="dossier-snippet">th</mark>ree';
    expect(readPageText(document.body).text).toBe(before);
  });
});

describe('captureRange', () => {
  it('gives the quote, CONTEXT_CHARS of context each side and the position', () => {
    expect(CONTEXT).toBe(CONTEXT_CHARS);
    const pt = page(
      '<p>Long before the meeting, the minister told reporters that allied gunmakers could share production lines across borders within a year, officials said.</p>',
    );
    const q = captureRange(pt, rangeOver('p', 'allied gunmakers could share production lines'))!;
    expect(q.quote).toBe('allied gunmakers could share production lines');
    expect(q.prefix).toBe(' the minister told reporters that '.slice(-CONTEXT));
    expect(q.prefix).toHaveLength(CONTEXT);
    expect(q.suffix).toBe(' across borders within a year, o');
    expect(q.suffix).toHaveLength(CONTEXT);
    expect(pt.text.slice(q.position.start, q.position.end)).toBe(q.quote);
  });

  it('spans inline elements and blocks, and trims white space at the ends', () => {
    const pt = page('<p id="a">First <a href="#">linked words</a> here.</p>\n<p id="b">Second para.</p>');
    const r = document.createRange();
    r.setStart(document.querySelector('#a a')!.firstChild!, 7);
    r.setEnd(document.querySelector('#b')!.firstChild!, 6);
    expect(captureRange(pt, r)!.quote).toBe('words here.\nSecond');
    const whole = document.createRange();
    whole.selectNodeContents(document.querySelector('#a')!);
    whole.setEnd(document.querySelector('#b')!, 0);
    const q = captureRange(pt, whole)!;
    expect(q.quote).toBe('First linked words here.');
    expect(q.prefix).toBe('');
    expect(q.suffix).toBe('\nSecond para.');
  });

  it('is empty for a selection of white space only, and at the page edges context is short', () => {
    const pt = page('<p>abc</p>');
    expect(quoteAt(pt, 0, 0)).toBeNull();
    expect(quoteAt(pt, 0, 3)).toEqual({ quote: 'abc', prefix: '', suffix: '', position: { start: 0, end: 3 } });
  });
});

describe('sentenceAround', () => {
  const text = 'Intro line\nFirst one. He pointed to Rheinmetall as the first to commit. Then more! End';
  it('takes the sentence holding the mention, inside its block', () => {
    const at = text.indexOf('Rheinmetall');
    const s = sentenceAround(text, at, at + 'Rheinmetall'.length);
    expect(text.slice(s.start, s.end)).toBe('He pointed to Rheinmetall as the first to commit.');
  });
  it('stops at block boundaries', () => {
    const at = text.indexOf('line');
    const s = sentenceAround(text, at, at + 4);
    expect(text.slice(s.start, s.end)).toBe('Intro line');
  });
});
