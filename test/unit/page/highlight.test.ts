// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/match/matcher';
import { unwrapMarks, wrapMentions } from '../../../lib/page/highlight';
import { RunReader } from '../../../lib/page/runs';

const mention = (text: string, name: string, id: string, from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, entityId: id, entityType: 'person' };
};

describe('wrapMentions', () => {
  it('wraps mentions in any node of a run, across nodes, and leaves untouched nodes alone', () => {
    document.body.innerHTML = '<p>On <a href="#">Monday</a> <b>Dmytro</b> Kul<i>eba</i> met <em>the</em> press and <span>Umerov</span>.</p>';
    const run = new RunReader(document.body).next()!;
    const mentions = [mention(run.text, 'Dmytro Kuleba', 'a'), mention(run.text, 'Umerov', 'b')];
    const firsts: string[] = [];
    const count = wrapMentions(run, mentions, (el, m, first) => first && firsts.push(`${m.entityId}:${el.textContent}`));
    expect(count).toBe(4);
    expect(firsts).toEqual(['a:Dmytro', 'b:Umerov']);
    const marks = [...document.querySelectorAll('mark.dossier-mark')].map((m) => `${m.getAttribute('data-entity-id')}:${m.textContent}`);
    expect(marks).toEqual(['a:Dmytro', 'a: Kul', 'a:eba', 'b:Umerov']);
    expect(document.body.textContent).toBe('On Monday Dmytro Kuleba met the press and Umerov.');
    unwrapMarks(document.body);
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.textContent).toBe('On Monday Dmytro Kuleba met the press and Umerov.');
  });

  it('wraps a mention that starts exactly where a node starts', () => {
    document.body.innerHTML = '<p>say <b>NATO</b> now</p>';
    const run = new RunReader(document.body).next()!;
    wrapMentions(run, [mention(run.text, 'NATO', 'n')]);
    expect(document.querySelector('b')!.innerHTML).toBe('<mark class="dossier-mark" data-entity-id="n" data-entity-type="person">NATO</mark>');
  });
});
