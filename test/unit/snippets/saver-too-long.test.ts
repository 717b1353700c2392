// @vitest-environment jsdom
/** Review fix: a selection longer than a snippet may hold is refused with its own reason. */
import { describe, expect, it, vi } from 'vitest';
import { SnippetSaver } from '../../../lib/page/snippet-saver';
import { MAX_QUOTE } from '../../../lib/snippets/capture';

function saverFor(send = vi.fn()) {
  const announce = vi.fn();
  const saver = new SnippetSaver({
    context: () => ({ doc: document, href: 'https://news.example.com/a', entitiesIn: async () => [] }),
    send,
    show: () => undefined,
    announce,
  });
  return { saver, announce, send };
}

function rangeOverParagraph(): Range {
  const text = document.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, (text as Text).data.length);
  return range;
}

describe('saving a selection that is too long', () => {
  it('says the selection is too long (not that nothing is selected) and sends nothing', async () => {
    document.body.innerHTML = `<p>${'word '.repeat(Math.ceil(MAX_QUOTE / 5) + 10)}</p>`;
    const { saver, announce, send } = saverFor();
    const outcome = await saver.saveSelection(rangeOverParagraph());
    expect(outcome).toMatchObject({ ok: false, reason: 'too-long' });
    expect(announce).toHaveBeenCalledWith(outcome);
    expect(send).not.toHaveBeenCalled();
  });

  it('still reports an empty selection as empty', async () => {
    document.body.innerHTML = '<p>   </p><p>text</p>';
    const { saver } = saverFor();
    expect(await saver.saveSelection(rangeOverParagraph())).toMatchObject({ ok: false, reason: 'empty' });
  });
});
