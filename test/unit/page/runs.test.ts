// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RunReader } from '../../../lib/page/runs';

function runs(html: string): string[] {
  document.body.innerHTML = html;
  const reader = new RunReader(document.body);
  const out: string[] = [];
  for (let run = reader.next(); run; run = reader.next()) out.push(run.text);
  return out;
}

describe('RunReader', () => {
  it('joins text across inline elements', () => {
    expect(runs('<p><a href="#">Dmytro</a> <b>Kul</b>eba said</p>')).toEqual(['Dmytro Kuleba said']);
  });

  it('breaks at block boundaries and <br>', () => {
    expect(runs('<div>Dmytro<p>Kuleba</p>Umerov</div><p>one<br>two</p>')).toEqual(['Dmytro', 'Kuleba', 'Umerov', 'one', 'two']);
  });

  it('skips editable regions, form controls, code and our own UI', () => {
    expect(
      runs(
        '<p>kept</p><textarea>NATO</textarea><div contenteditable="true"><p>NATO</p></div><div contenteditable="false">kept too</div>' +
          '<script>var NATO</script><style>p{}</style><noscript>NATO</noscript><template><p>NATO</p></template>' +
          '<select><option>NATO</option></select><dossier-popover>NATO</dossier-popover><div data-dossier-ui>NATO</div>',
      ),
    ).toEqual(['kept', 'kept too']);
  });

  it('reads on after skipped elements that end their parents, at any depth', () => {
    expect(
      runs('<div><p>one <i>two<textarea>NATO</textarea></i></p><section><div><script>x</script><style>y</style></div></section>three</div><p>four</p>'),
    ).toEqual(['one two', 'three', 'four']);
  });

  it('reads nothing when the whole document is editable', () => {
    document.designMode = 'on';
    try {
      expect(runs('<p>NATO</p>')).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });
});
