import { describe, expect, it } from 'vitest';
import type { Alias, EntityType } from '../../../lib/dataset/schema';
import { compileLexicon, termKey } from '../../../lib/match/lexicon';
import { Matcher } from '../../../lib/match/matcher';

const entity = (id: string, name: string, aliases: Alias[] = [], type: EntityType = 'person') => ({ id, type, name, aliases });

const matcher = new Matcher(
  compileLexicon([
    entity('nato', 'North Atlantic Treaty Organization', [{ text: 'NATO', caseSensitive: true }], 'alliance'),
    entity('rheinmetall', 'Rheinmetall', [], 'company'),
    entity('donald-trump', 'Donald Trump', [{ text: 'Trump' }]),
    entity('volodymyr-zelensky', 'Volodymyr Zelensky', [
      { text: 'Zelensky' },
      { text: 'Zelenskyy' },
      { text: 'Володимир Зеленський', lang: 'uk' },
      { text: 'Зеленський', lang: 'uk' },
    ]),
    entity('lloyd-austin', 'Lloyd Austin', [{ text: 'Austin', needsContext: true }]),
    entity('dmytro-kuleba', 'Dmytro Kuleba', [{ text: 'Kuleba' }]),
    entity('ukroboronprom', 'Ukroboronprom', [{ text: 'Укроборонпром', lang: 'uk' }], 'company'),
    entity('hans-christoph-atzpodien', 'Hans-Christoph Atzpodien'),
    entity('mariana-bezuhla', 'Mariana Bezuhla', [{ text: "Мар'яна Безугла", lang: 'uk' }]),
  ]),
);

const find = (text: string) => matcher.find(text, new Set()).map((m) => [text.slice(m.start, m.end), m.entityId]);

describe('termKey', () => {
  it('folds case, apostrophes, dashes and space runs', () => {
    expect(termKey('Zelensky’s  Office')).toBe("zelensky's office");
    expect(termKey('Hans–Christoph')).toBe('hans-christoph');
    expect(termKey('NATO', true)).toBe('NATO');
  });
});

describe('Matcher rules', () => {
  it('never matches a name touching a letter or digit on either side', () => {
    expect(find('Natoli and NATOs met the rheinmetallurgy trumpet player; NATO2 and 2NATO too')).toEqual([]);
    expect(find('Зеленськийй and Кулебаа are not names')).toEqual([]);
  });

  it('matches at punctuation, start and end of text', () => {
    expect(find('NATO, Rheinmetall.')).toEqual([
      ['NATO', 'nato'],
      ['Rheinmetall', 'rheinmetall'],
    ]);
  });

  it('is case-insensitive except for case-sensitive aliases', () => {
    expect(find('RHEINMETALL and rheinmetall; nato is not NATO')).toEqual([
      ['RHEINMETALL', 'rheinmetall'],
      ['rheinmetall', 'rheinmetall'],
      ['NATO', 'nato'],
    ]);
    expect(find('the north atlantic treaty organization')).toEqual([['north atlantic treaty organization', 'nato']]);
  });

  it('marks only the name in a possessive', () => {
    expect(find('Zelensky’s office and Zelensky\'s aides')).toEqual([
      ['Zelensky', 'volodymyr-zelensky'],
      ['Zelensky', 'volodymyr-zelensky'],
    ]);
  });

  it('treats curly and straight apostrophes, dashes and non-breaking spaces alike', () => {
    expect(find('Мар’яна Безугла')).toEqual([['Мар’яна Безугла', 'mariana-bezuhla']]);
    expect(find('Hans–Christoph Atzpodien')).toEqual([['Hans–Christoph Atzpodien', 'hans-christoph-atzpodien']]);
    expect(find('Dmytro\u00a0Kuleba')).toEqual([['Dmytro\u00a0Kuleba', 'dmytro-kuleba']]);
    expect(find('Dmytro \n  Kuleba')).toEqual([['Dmytro \n  Kuleba', 'dmytro-kuleba']]);
  });

  it('matches Cyrillic names with boundaries in Cyrillic', () => {
    expect(find('Президент Володимир Зеленський і Укроборонпром.')).toEqual([
      ['Володимир Зеленський', 'volodymyr-zelensky'],
      ['Укроборонпром', 'ukroboronprom'],
    ]);
  });

  it('prefers the longest name', () => {
    expect(find('Volodymyr Zelensky said')).toEqual([['Volodymyr Zelensky', 'volodymyr-zelensky']]);
  });

  it('ignores soft hyphens and zero-width characters inside a word', () => {
    expect(find('Rhein\u00admetall and Kule\u200bba')).toEqual([
      ['Rhein\u00admetall', 'rheinmetall'],
      ['Kule\u200bba', 'dmytro-kuleba'],
    ]);
  });

  it('counts a context-gated alias only after the full name appeared', () => {
    expect(find('Austin, Texas')).toEqual([]);
    expect(find('Lloyd Austin arrived. Austin said')).toEqual([
      ['Lloyd Austin', 'lloyd-austin'],
      ['Austin', 'lloyd-austin'],
    ]);
    const seen = new Set<number>();
    expect(matcher.find('Austin first', seen)).toEqual([]);
    matcher.find('Lloyd Austin', seen);
    expect(matcher.find('then Austin', seen).map((m) => m.entityId)).toEqual(['lloyd-austin']);
  });

  it('does not match across differing separators', () => {
    expect(find('Dmytro, Kuleba')).toEqual([['Kuleba', 'dmytro-kuleba']]);
  });
});

describe('compiled lexicon', () => {
  it('survives the JSON round trip of an extension message', () => {
    const lexicon = compileLexicon([entity('kyiv', 'Kyiv', [{ text: 'Kiev' }, { text: 'Київ' }], 'place')]);
    const m = new Matcher(JSON.parse(JSON.stringify(lexicon)));
    expect(m.find('Kiev, Київ and Kyiv', new Set()).map((x) => x.entityId)).toEqual(['kyiv', 'kyiv', 'kyiv']);
  });

  it('keeps entities that share an alias in dataset order, skipping a gated one not yet seen', () => {
    const m = new Matcher(
      compileLexicon([
        entity('lloyd-austin', 'Lloyd Austin', [{ text: 'Austin', needsContext: true }]),
        entity('austin-texas', 'Austin, Texas', [{ text: 'Austin' }], 'place'),
      ]),
    );
    expect(m.find('Austin', new Set()).map((x) => x.entityId)).toEqual(['austin-texas']);
    expect(m.find('Lloyd Austin met Austin', new Set()).map((x) => x.entityId)).toEqual(['lloyd-austin', 'lloyd-austin']);
  });

  it('backs off to a shorter term when a longer one only shares its first words', () => {
    const m = new Matcher(compileLexicon([entity('a', 'Rheinmetall Landsysteme Kassel GmbH'), entity('b', 'Rheinmetall', [], 'company')]));
    expect(m.find('Rheinmetall Landsysteme said', new Set()).map((x) => x.entityId)).toEqual(['b']);
  });

  it('holds an empty dataset', () => {
    expect(new Matcher(compileLexicon([])).find('anything at all', new Set())).toEqual([]);
  });
});

describe('character classes', () => {
  it('treats letters of every script, combining marks and astral letters as word characters', () => {
    const m = new Matcher(compileLexicon([entity('x', 'Ελλάδα'), entity('y', 'Café\u0301'), entity('z', '𝐀𝐁')]));
    expect(m.find('Ελλάδα, Café\u0301 and 𝐀𝐁.', new Set()).map((x) => x.entityId)).toEqual(['x', 'y', 'z']);
    expect(m.find('ΕλλάδαΣ 𝐀𝐁𝐂', new Set())).toEqual([]);
  });
});
