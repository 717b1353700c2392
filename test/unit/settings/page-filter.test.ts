// @vitest-environment jsdom
/** The page pipeline with the settings' mention filter: entity types, first mention only. */
import { afterEach, describe, expect, it } from 'vitest';
import type { EntityType } from '../../../lib/dataset/entity-types';
import { compileLexicon } from '../../../lib/match/lexicon';
import { Matcher } from '../../../lib/match/matcher';
import { Annotator } from '../../../lib/page/annotator';
import { prepareMark } from '../../../lib/page/mark-attributes';
import { createMentionFilter } from '../../../lib/page/mention-filter';
import { mentionCount, pageSummary } from '../../../lib/page/page-summary';

const matcher = new Matcher(
  compileLexicon([
    { id: 'dmytro-kuleba', type: 'person', name: 'Dmytro Kuleba', aliases: [{ text: 'Kuleba' }] },
    { id: 'nato', type: 'alliance', name: 'NATO', aliases: [] },
    { id: 'kyiv', type: 'place', name: 'Kyiv', aliases: [] },
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
  while (annotator?.busy) await new Promise((r) => setTimeout(r, 5));
}

function start(html: string, opts: { types?: EntityType[]; firstOnly?: boolean }): Promise<void> {
  document.body.innerHTML = html;
  const a: Annotator = new Annotator({
    matcher,
    delayMs: 0,
    onMark: prepareMark,
    filter: createMentionFilter({ types: opts.types ? new Set(opts.types) : null, firstOnly: opts.firstOnly ?? false, requeue: (n) => a.refresh(n) }),
  });
  annotator = a;
  a.start();
  return settle();
}

/** Marks as "text@id", in document order, with the id of the paragraph they are in. */
function marks(): string[] {
  return [...document.querySelectorAll<HTMLElement>('mark.dossier-mark')].map(
    (m) => `${m.closest('p')?.id ?? ''}:${m.textContent}@${m.dataset.entityId}`,
  );
}

describe('entity type filter', () => {
  it('highlights only the types asked for', async () => {
    await start('<p id="a">Kuleba visited NATO in Kyiv.</p>', { types: ['alliance', 'place'] });
    expect(marks()).toEqual(['a:NATO@nato', 'a:Kyiv@kyiv']);
  });

  it('with no filter, everything', async () => {
    await start('<p id="a">Kuleba visited NATO in Kyiv.</p>', {});
    expect(marks()).toHaveLength(3);
  });
});

describe('first mention only', () => {
  it('keeps the first mention of each entity in document order, all marks of a split one', async () => {
    await start(
      '<p id="a">Minister <a href="#">Dmytro</a> Kuleba and NATO. Kuleba again.</p><p id="b">NATO and Kyiv, Kuleba.</p><p id="c">Kyiv.</p>',
      { firstOnly: true },
    );
    expect(marks()).toEqual(['a:Dmytro@dmytro-kuleba', 'a: Kuleba@dmytro-kuleba', 'a:NATO@nato', 'b:Kyiv@kyiv']);
    expect(mentionCount(document)).toBe(3);
    expect(document.body.textContent).toBe('Minister Dmytro Kuleba and NATO. Kuleba again.NATO and Kyiv, Kuleba.Kyiv.');
  });

  it('combines with the type filter', async () => {
    await start('<p id="a">Kuleba, Kuleba, NATO, NATO.</p>', { types: ['alliance'], firstOnly: true });
    expect(marks()).toEqual(['a:NATO@nato']);
  });

  it('moves the highlight up when the page adds an earlier mention', async () => {
    await start('<main><p id="b">Later, NATO met.</p></main>', { firstOnly: true });
    expect(marks()).toEqual(['b:NATO@nato']);
    const earlier = document.createElement('p');
    earlier.id = 'a';
    earlier.textContent = 'First NATO.';
    document.querySelector('main')!.prepend(earlier);
    await settle();
    await settle();
    expect(marks()).toEqual(['a:NATO@nato']);
  });

  it('moves the highlight down when the page removes the name from the first mention', async () => {
    await start('<p id="a">First NATO.</p><p id="b">Then Kyiv.</p><p id="c">NATO again.</p>', { firstOnly: true });
    expect(marks()).toEqual(['a:NATO@nato', 'b:Kyiv@kyiv']);
    document.getElementById('a')!.textContent = 'First nothing.';
    await settle();
    await settle();
    expect(marks()).toEqual(['b:Kyiv@kyiv', 'c:NATO@nato']);
  });

  it('shows the next mention once the paragraph of the first is gone and the page changes again', async () => {
    await start('<main><p id="a">First NATO.</p><p id="c">NATO again.</p></main>', { firstOnly: true });
    document.getElementById('a')!.remove();
    const added = document.createElement('p');
    added.id = 'd';
    added.textContent = 'Unrelated.';
    document.querySelector('main')!.append(added);
    await settle();
    await settle();
    expect(marks()).toEqual(['c:NATO@nato']);
  });

  it('puts the page back as it was when stopped', async () => {
    const html = '<p id="a">NATO, NATO.</p><p id="b">NATO.</p>';
    await start(html, { firstOnly: true });
    annotator!.stop();
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('pageSummary', () => {
  it('counts mentions (not marks) per entity, in order of first appearance', async () => {
    await start('<p>NATO met <b>Dmytro</b> Kuleba in Kyiv.</p><p>Kuleba and NATO, NATO.</p>', {});
    expect(pageSummary(document)).toEqual([
      { id: 'nato', type: 'alliance', count: 3 },
      { id: 'dmytro-kuleba', type: 'person', count: 2 },
      { id: 'kyiv', type: 'place', count: 1 },
    ]);
    expect(mentionCount(document)).toBe(6);
  });

  it('is empty for a page without highlights, and ignores marks that are not ours', () => {
    document.body.innerHTML = '<p><mark role="button" data-entity-id="x" data-entity-type="person">x</mark></p>';
    expect(pageSummary(document)).toEqual([]);
  });
});
