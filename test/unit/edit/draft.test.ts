/** The editor's form model: loading and saving an entity unchanged gives the same entity; errors land on their fields. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../lib/dataset/schema';
import { fixtureV1 } from '../db/fixtures';

// `t` reads browser.i18n at call time; in Node it answers with the key and its substitutions.
beforeAll(() => {
  (globalThis as { browser?: unknown }).browser = {
    i18n: { getMessage: (key: string, subs?: string | string[]) => [key, ...([] as string[]).concat(subs ?? [])].join('|') },
  };
});

const { checkAll } = await import('../../../components/options/editor/check');
const draft = await import('../../../components/options/editor/draft');
const { fieldId, localize, valueAt } = await import('../../../components/options/editor/errors');
const { slugify } = await import('../../../components/options/editor/slug');

const seed = DatasetSchema.parse(JSON.parse(readFileSync('seeds/dossier-seed.json', 'utf8')));
const cardOf = (entity: (typeof seed.entities)[number]) => ({ entity, datasetId: 'x', claims: [], related: [], organizations: {} });

describe('editor drafts', () => {
  it('round-trip every seed entity and claim unchanged (so an untouched save writes nothing)', () => {
    for (const entity of [...seed.entities, ...DatasetSchema.parse(fixtureV1()).entities])
      expect(draft.draftToEntity(draft.entityToDraft(cardOf(entity))), entity.id).toEqual(entity);
    for (const claim of seed.claims) {
      const self = claim.entities.at(-1)!;
      expect(draft.draftToClaim(self, draft.claimToDraft(self, claim, new Map(), '')), claim.id).toEqual(claim);
    }
  });

  it('trim text and leave out empty optional fields and false flags', () => {
    const d = draft.entityToDraft(cardOf(seed.entities[0]!));
    const edited = { ...d, name: '  Spaced  ', summary: ' ', country: 'ua', aliases: [{ ...draft.emptyAlias(), text: ' Alias ', lang: ' ' }], links: [] };
    const entity = draft.draftToEntity(edited);
    expect(entity).toMatchObject({ name: 'Spaced', country: 'UA', aliases: [{ text: 'Alias' }] });
    expect(entity).not.toHaveProperty('summary');
    expect(entity).not.toHaveProperty('links');
  });

  it('put client-side errors at the form paths and control ids of their fields', () => {
    const d = { ...draft.entityToDraft(cardOf(seed.entities[0]!)), name: '', type: '' as const, aliases: [{ ...draft.emptyAlias(), text: 'A\u0007b' }] };
    const claim = { ...draft.newClaimDraft(''), text: 'Said so.', quote: 'q'.repeat(301) };
    const errors = checkAll(d, [claim]);
    expect(errors.map((e) => e.path).sort()).toEqual(['$.aliases[0].text', '$.claims[0].quote', '$.claims[0].sourceId', '$.name', '$.type']);
    expect(Object.fromEntries(errors.map((e) => [e.path, e.message]))).toMatchObject({
      '$.name': 'edit_err_required',
      '$.aliases[0].text': 'edit_err_plain_text',
      '$.claims[0].quote': 'edit_err_too_long|300',
      '$.claims[0].sourceId': 'edit_err_pick_source',
      '$.type': 'edit_err_type',
    });
    expect(fieldId('$.aliases[0].text')).toBe('edit-aliases-0-text');
    expect(fieldId('$.claims[2].source.title')).toBe('edit-claims-2-source-title');
    expect(valueAt({ a: [{ b: 'x' }] }, '$.a[0].b')).toBe('x');
  });

  it('translate the background\'s messages and pass unknown ones through', () => {
    expect(localize({ path: '$.related[1].id', message: 'refers to entity "x", which does not exist' }, {})).toBe('edit_err_missing_entity');
    expect(localize({ path: '$.id', message: 'the id "nato" is already taken by another entity' }, {})).toBe('edit_err_id_taken');
    expect(localize({ path: '$.related[0].id', message: 'must be a kebab-case slug such as "dmytro-kuleba"' }, { related: [{ id: '' }] })).toBe('edit_err_pick_entity');
    expect(localize({ path: '$', message: 'disk full' }, {})).toBe('disk full');
  });

  it('suggest ids from names in any script', () => {
    expect(slugify('Dmytro Kuleba')).toBe('dmytro-kuleba');
    expect(slugify('Дмитро Кулеба')).toBe('dmytro-kuleba');
    expect(slugify('Škoda Auto a.s.')).toBe('skoda-auto-a-s');
    expect(slugify('Ukroboronprom’s unit')).toBe('ukroboronproms-unit');
    expect(slugify('  !!  ')).toBe('');
  });
});
