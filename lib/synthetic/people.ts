/**
 * People: Ukrainian and Russian names (romanised, with their Cyrillic forms and spelling
 * variants as aliases) and German, French, Polish and English names.
 */
import { cyrillize, type Culture } from './cyrillize';
import { pushAlias, type Draft } from './draft';
import { pickWeighted, type Rng } from './random';
import { romanise, type Romanisation } from './translit';
import { ENGLISH, FRENCH, GERMAN, POLISH, type WesternCulture } from './words/western';
import { RU_GIVEN, RU_PATRONYMIC, RU_SURNAMES, UK_GIVEN, UK_PATRONYMIC, UK_SURNAMES, type SurnameFamily } from './words/slavic';

const CYRILLIC_INITIALS = [...'АБВГДЄЗІКЛМНОПРСТФХЮЯ'];
const LATIN_INITIALS = [...'ABCDEFGHJKLMNOPRSTVW'];

const ROLES = ['defence industry executive', 'engineer', 'politician', 'official', 'military officer', 'entrepreneur', 'analyst', 'journalist', 'diplomat', 'procurement manager', 'researcher', 'lawyer'];

function slavicSurname(rng: Rng, families: readonly SurnameFamily[], female: boolean): string {
  // Weighted by family size, so each surname is about as likely as any other.
  const family = pickWeighted(rng, families, families.map((f) => f.stems.length));
  return rng.pick(family.stems) + (female ? family.f : family.m);
}

/**
 * `decorate` > 0 adds a middle initial: the last resort when redrawing keeps hitting taken names.
 */
function slavicPerson(rng: Rng, russian: boolean, decorate: number): Draft {
  const female = rng.chance(0.4);
  const given = russian ? RU_GIVEN : UK_GIVEN;
  const first = rng.pick(female ? given.f : given.m);
  const surname = slavicSurname(rng, russian ? RU_SURNAMES : UK_SURNAMES, female);
  const patronymic = rng.pick(russian ? RU_PATRONYMIC : UK_PATRONYMIC)[female ? 1 : 0];
  const middle = decorate > 0 ? `${rng.pick(CYRILLIC_INITIALS)}. ` : '';
  const systems: Romanisation[] = russian ? ['ru-press', 'ru-standard'] : ['uk-press', 'uk-official', 'uk-double-y'];
  const system = rng.chance(0.55) ? systems[0]! : systems[1]!;
  const other = systems.find((s) => s !== system && romanise(`${first} ${surname}`, s) !== romanise(`${first} ${surname}`, system));
  const lang = russian ? 'ru' : 'uk';
  // Russian-style names often carry the patronymic in the English form too.
  const withPatronymic = russian && rng.chance(0.3);
  const cyrillic = withPatronymic ? `${first} ${patronymic} ${surname}` : `${first} ${middle}${surname}`;
  const draft: Draft = {
    type: 'person',
    name: romanise(cyrillic, system),
    aliases: [],
    country: russian ? 'RU' : 'UA',
    descriptor: `${russian ? 'Russian' : 'Ukrainian'} ${rng.pick(ROLES)}`,
  };
  pushAlias(draft, { text: cyrillic, kind: 'required', lang });
  if (withPatronymic) pushAlias(draft, { text: romanise(`${first} ${surname}`, system), kind: 'optional' });
  if (other) pushAlias(draft, { text: romanise(`${first} ${middle}${surname}`, other), kind: 'optional' });
  pushAlias(draft, { text: romanise(surname, system), kind: 'auto' });
  if (!withPatronymic && rng.chance(0.4)) pushAlias(draft, { text: `${first} ${patronymic} ${surname}`, kind: 'optional', lang });
  else pushAlias(draft, { text: surname, kind: 'auto', lang });
  return draft;
}

const WESTERN: [WesternCulture, Culture, string][] = [
  [GERMAN, 'de', 'German'],
  [FRENCH, 'fr', 'French'],
  [POLISH, 'pl', 'Polish'],
  [ENGLISH, 'en', 'British'],
];

export function westernSurname(rng: Rng, culture: WesternCulture, female = false): string {
  let surname = rng.chance(0.55) ? rng.pick(culture.surnames) : rng.pick(culture.prefixes) + rng.pick(culture.suffixes);
  if (female && culture.feminine) {
    const ending = Object.keys(culture.feminine).find((e) => surname.endsWith(e));
    if (ending) surname = surname.slice(0, -ending.length) + culture.feminine[ending]!;
  }
  return surname;
}

/** Plain-ASCII spelling, as names appear in many English-language sources. */
function asciiSpelling(text: string, culture: Culture): string {
  const special: Record<string, string> = culture === 'de' ? { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' } : { ł: 'l', Ł: 'L' };
  return text
    .replace(/[äöüßÄÖÜłŁ]/g, (c) => special[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

function westernPerson(rng: Rng, decorate: number): Draft {
  const [culture, code, nationality] = pickWeighted(rng, WESTERN, [15, 10, 12, 18]);
  const female = rng.chance(0.4);
  const given = culture.given[female ? 'f' : 'm'];
  const first = rng.pick(given);
  const surname = westernSurname(rng, culture, female);
  let middle = '';
  if (decorate > 0 || rng.chance(0.1)) middle = `${rng.pick(LATIN_INITIALS)}. `;
  else if (rng.chance(0.12)) middle = `${rng.pick(given.filter((g) => g !== first))} `;
  const country = rng.pick(culture.country);
  const draft: Draft = {
    type: 'person',
    name: `${first} ${middle}${surname}`,
    aliases: [],
    country,
    descriptor: `${nationality} ${rng.pick(ROLES)}`,
  };
  if (middle) pushAlias(draft, { text: `${first} ${surname}`, kind: 'optional' });
  pushAlias(draft, { text: surname, kind: 'auto' });
  pushAlias(draft, { text: `${first[0]}. ${surname}`, kind: 'optional' });
  const ascii = asciiSpelling(draft.name, code);
  if (ascii !== draft.name) pushAlias(draft, { text: ascii, kind: 'optional' });
  // Ukrainian and Russian media write foreign names in Cyrillic, each in its own way.
  pushAlias(draft, { text: cyrillize(`${first} ${surname}`, code, 'uk'), kind: 'optional', lang: 'uk' });
  if (rng.chance(0.4)) pushAlias(draft, { text: cyrillize(`${first} ${surname}`, code, 'ru'), kind: 'optional', lang: 'ru' });
  return draft;
}

/** A person; about 45% with Ukrainian or Russian names. */
export function drawPerson(rng: Rng, decorate: number): Draft {
  const r = rng.next();
  if (r < 0.3) return slavicPerson(rng, false, decorate);
  if (r < 0.45) return slavicPerson(rng, true, decorate);
  return westernPerson(rng, decorate);
}
