/**
 * Companies, organisations and government bodies, with acronyms (case-sensitive), short forms
 * (needsContext) and, for Ukrainian ones, their Cyrillic names.
 */
import { acronym, pushAlias, type Draft } from './draft';
import { westernSurname } from './people';
import type { Rng } from './random';
import { romanise } from './translit';
import { ENGLISH, FRENCH, GERMAN, POLISH } from './words/western';
import { FIRM, GOVERNMENT, ORGANISATION, UA_COMPOUND, UA_PLANT } from './words/organisations';

const CULTURES = [GERMAN, FRENCH, POLISH, ENGLISH];

/** The last resort against taken names: " No. 3", as in "Kharkiv Armour Works No. 3". */
function numberSuffix(rng: Rng, decorate: number): string {
  return decorate > 0 ? ` No. ${rng.range(2, 9 + decorate * 10)}` : '';
}

/** Ukroboronprom-style: one Cyrillic compound word and its romanisations. */
function compoundCompany(rng: Rng, decorate: number): Draft {
  const no = numberSuffix(rng, decorate);
  // Sometimes two middle parts, as in Укрспецтехпром.
  const middle = rng.pick(UA_COMPOUND.middles) + (rng.chance(0.3) ? rng.pick(UA_COMPOUND.middles) : '');
  const body = rng.pick(UA_COMPOUND.starts) + middle + rng.pick(UA_COMPOUND.ends);
  const cyr = body[0]! + body.slice(1).toLowerCase() + no;
  const name = romanise(cyr, 'uk-official');
  const legal = rng.pick(UA_COMPOUND.legal);
  const draft: Draft = { type: 'company', name, aliases: [], country: 'UA', descriptor: 'Ukrainian manufacturer' };
  pushAlias(draft, { text: cyr, kind: 'required', lang: 'uk' });
  pushAlias(draft, { text: `${legal.uk} «${cyr}»`, kind: 'optional', lang: 'uk' });
  pushAlias(draft, { text: legal.en === 'State Enterprise' ? `State Enterprise ${name}` : `${name} ${legal.en}`, kind: 'optional' });
  const press = romanise(cyr, 'uk-press');
  if (press !== name) pushAlias(draft, { text: press, kind: 'optional' });
  return draft;
}

/** "Volyn Armour Works" / "Волинський бронетанковий завод". */
function plantCompany(rng: Rng, decorate: number): Draft {
  const no = numberSuffix(rng, decorate);
  const place = rng.pick(UA_PLANT.places);
  const product = rng.pick(UA_PLANT.products);
  const kind = rng.pick(UA_PLANT.kinds);
  const name = `${place.en} ${product.en} ${kind.en}${no}`;
  const cyr = `${place.uk} ${product.uk} ${kind.uk}${no}`;
  const draft: Draft = { type: 'company', name, aliases: [], country: 'UA', descriptor: 'Ukrainian state-owned plant' };
  pushAlias(draft, { text: cyr, kind: 'optional', lang: 'uk' });
  const other = UA_PLANT.kinds.find((k) => k.en !== kind.en)!;
  pushAlias(draft, { text: name.replace(kind.en, other.en), kind: 'optional' });
  const short = acronym(name.split(/[\s-]+/));
  if (short) pushAlias(draft, { text: short, kind: 'auto', caseSensitive: true });
  pushAlias(draft, { text: `${product.en} ${kind.en}`, kind: 'gated' });
  return draft;
}

/** "Hartmann Defence Systems GmbH" or "Vanguard Falcon Robotics Inc.". */
function firmCompany(rng: Rng, decorate: number): Draft {
  const no = numberSuffix(rng, decorate);
  const culture = rng.pick(CULTURES);
  const country = rng.pick(culture.country);
  const brand = rng.chance(0.25) ? `${rng.pick(FIRM.brandFirst)} ${rng.pick(FIRM.brandSecond)}` : westernSurname(rng, culture);
  const sector = rng.pick(FIRM.sectors);
  const kind = rng.pick(FIRM.kinds);
  const legal = rng.pick(FIRM.legal[country] ?? ['Ltd']);
  const base = `${brand} ${sector} ${kind}${no}`;
  const draft: Draft = { type: 'company', name: `${base} ${legal}`, aliases: [], country, descriptor: `${sector.toLowerCase()} company` };
  pushAlias(draft, { text: base, kind: 'optional' });
  const short = acronym(base.split(/[\s-]+/));
  if (short) pushAlias(draft, { text: short, kind: 'auto', caseSensitive: true });
  pushAlias(draft, { text: `${brand} ${sector}`, kind: 'gated' });
  return draft;
}

export function drawCompany(rng: Rng, decorate: number): Draft {
  const r = rng.next();
  if (r < 0.25) return compoundCompany(rng, decorate);
  if (r < 0.45) return plantCompany(rng, decorate);
  return firmCompany(rng, decorate);
}

export function drawOrganization(rng: Rng, decorate: number): Draft {
  const no = numberSuffix(rng, decorate);
  if (rng.chance(0.2)) {
    // Endowed bodies named after a person: "Konrad Hartmann Foundation", or "Hartmann Foundation".
    const culture = rng.pick(CULTURES);
    const surname = westernSurname(rng, culture);
    const founder = `${rng.pick(culture.given.m)} ${surname}`;
    const kind = rng.pick(ORGANISATION.endowed);
    const name = `${founder} ${kind}${no}`;
    const draft: Draft = { type: 'organization', name, aliases: [], descriptor: 'research and grant-making organisation' };
    pushAlias(draft, { text: `${surname} ${kind}${no}`, kind: 'optional' });
    const short = acronym(name.split(/[\s-]+/));
    if (short && short.length >= 3) pushAlias(draft, { text: short, kind: 'auto', caseSensitive: true });
    pushAlias(draft, { text: surname, kind: 'gated' });
    return draft;
  }
  const nation = rng.pick(ORGANISATION.nations);
  const body = rng.pick(ORGANISATION.bodies);
  const members = rng.pick(ORGANISATION.members);
  const name = `${nation} ${body} of ${members}${no}`;
  const country = ORGANISATION.nationCountry[nation];
  const draft: Draft = { type: 'organization', name, aliases: [], ...(country ? { country } : {}), descriptor: `${body.toLowerCase()} of ${members.toLowerCase()}` };
  const short = acronym(name.split(/\s+/));
  if (short) pushAlias(draft, { text: short, kind: 'auto', caseSensitive: true });
  pushAlias(draft, { text: `${nation} ${members} ${body}${no}`, kind: 'optional' });
  pushAlias(draft, { text: `${body} of ${members}`, kind: 'gated' });
  return draft;
}

export function drawGovernmentBody(rng: Rng, decorate: number): Draft {
  const no = numberSuffix(rng, decorate);
  const r = rng.next();
  if (r < 0.08) {
    const topic = rng.pick(GOVERNMENT.ministries);
    if (rng.chance(0.4)) {
      const name = `Ministry of ${topic.en} of Ukraine${no}`;
      const draft: Draft = { type: 'government-body', name, aliases: [], country: 'UA', descriptor: 'Ukrainian ministry' };
      pushAlias(draft, { text: `Міністерство ${topic.uk} України`, kind: 'optional', lang: 'uk' });
      pushAlias(draft, { text: `Ukrainian Ministry of ${topic.en}`, kind: 'optional' });
      pushAlias(draft, { text: `Ministry of ${topic.en}`, kind: 'gated' });
      // MoD, MoSI…: shared by every country's ministry, so only ever a short form.
      const short = acronym(topic.en.split(' '));
      pushAlias(draft, { text: `Mo${short ?? topic.en[0]}`, kind: 'gated', caseSensitive: true });
      return draft;
    }
    const [adjective, country, countryName] = rng.pick(GOVERNMENT.countries);
    const name = `${adjective} Ministry of ${topic.en}${no}`;
    const draft: Draft = { type: 'government-body', name, aliases: [], country, descriptor: `${adjective} ministry` };
    pushAlias(draft, { text: `Ministry of ${topic.en} of ${countryName}${no}`, kind: 'optional' });
    pushAlias(draft, { text: `${adjective} ${topic.en} Ministry${no}`, kind: 'optional' });
    pushAlias(draft, { text: `Ministry of ${topic.en}`, kind: 'gated' });
    return draft;
  }
  if (r < 0.2) {
    const agency = rng.pick(GOVERNMENT.agencies);
    const topic = rng.pick(GOVERNMENT.agencyTopics);
    const [adjective, country, countryName] = rng.chance(0.5) ? ['Ukrainian', 'UA', 'Ukraine'] : rng.pick(GOVERNMENT.countries);
    const name = `${adjective} ${agency} for ${topic}${no}`;
    const draft: Draft = { type: 'government-body', name, aliases: [], country, descriptor: `${adjective} state agency` };
    pushAlias(draft, { text: `${agency} for ${topic} of ${countryName}${no}`, kind: 'optional' });
    pushAlias(draft, { text: `${agency} for ${topic}`, kind: 'gated' });
    const short = acronym(name.split(/\s+/));
    if (short) pushAlias(draft, { text: short, kind: 'auto', caseSensitive: true });
    return draft;
  }
  const region = rng.pick(GOVERNMENT.regions);
  const level = rng.pick(GOVERNMENT.levels);
  if (r < 0.3) {
    const name = `${region.en} ${level.en}${no}`;
    const draft: Draft = { type: 'government-body', name, aliases: [], country: 'UA', descriptor: 'Ukrainian regional authority' };
    pushAlias(draft, { text: `${region.uk} ${level.uk}${no}`, kind: 'optional', lang: 'uk' });
    pushAlias(draft, { text: `${region.en} Oblast ${level.en.replace('Regional ', '')}`, kind: 'optional' });
    pushAlias(draft, { text: level.en, kind: 'gated' });
    return draft;
  }
  const department = rng.pick(GOVERNMENT.departments);
  const topic = rng.pick(GOVERNMENT.departmentTopics);
  const name = `${department} of ${topic} of the ${region.en} ${level.en}${no}`;
  const draft: Draft = { type: 'government-body', name, aliases: [], country: 'UA', descriptor: 'department of a Ukrainian regional authority' };
  pushAlias(draft, { text: `${region.en} ${level.en} ${department} of ${topic}${no}`, kind: 'optional' });
  pushAlias(draft, { text: `${region.en} ${department} of ${topic}`, kind: 'optional' });
  pushAlias(draft, { text: `${department} of ${topic}`, kind: 'gated' });
  return draft;
}
