/**
 * What makes generated entities look like real dataset rows besides their names: ids, summaries,
 * roles and relations, and a few claims with sources. All references point at generated ids.
 */
import type { Claim, Entity, Source } from '../dataset/schema';
import type { Rng } from './random';

const SPECIAL: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd' };

/** Kebab-case ASCII slug of a Latin-script name. */
export function slugify(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/[łßøæœđ]/g, (c) => SPECIAL[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100).replace(/-+$/, '') || 'entity';
}

/** Unique slugs: the second "klaus-muller" is "klaus-muller-2". */
export function uniqueIds(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = slugify(name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

const ROLE_TITLES = ['Chief Executive Officer', 'Director General', 'Chair of the Supervisory Board', 'Head of Procurement', 'Chief Engineer', 'Deputy Minister', 'Head of Department', 'Founder', 'Spokesperson', 'Board Member', 'Senior Adviser'];

/** Gives some people a role in an organisation and some entities a related entity. */
export function addRolesAndRelations(rng: Rng, entities: Entity[]): void {
  const bodies = entities.filter((e) => e.type !== 'person');
  if (!bodies.length) return;
  for (const entity of entities) {
    if (entity.type === 'person' && rng.chance(0.35)) {
      const org = rng.pick(bodies);
      const start = `${rng.range(2005, 2024)}-${String(rng.range(1, 12)).padStart(2, '0')}`;
      entity.roles.push({ title: rng.pick(ROLE_TITLES), organizationId: org.id, start, ...(rng.chance(0.2) ? { former: true } : {}) });
      entity.related.push({ id: org.id, relation: 'works for' });
    } else if (entity.type !== 'person' && rng.chance(0.15)) {
      const other = rng.pick(bodies);
      if (other.id !== entity.id) entity.related.push({ id: other.id, relation: rng.pick(['partner of', 'supplier to', 'subsidiary of', 'member of']) });
    }
  }
}

const PUBLISHERS = ['The Kyiv Independent', 'Ukrainska Pravda', 'Kyiv Post', 'Defense News', 'Breaking Defense', 'Rzeczpospolita', 'Der Spiegel', 'Le Monde', 'Financial Times', 'Euromaidan Press', 'Hromadske', 'Reuters'];
const CLAIMS: [string, string][] = [
  ['{a} signed a supply contract with {b}.', 'The contract with {b} covers deliveries over the next three years.'],
  ['{a} announced plans to expand production together with {b}.', 'We will expand production together with our partners at {b}.'],
  ['{a} joined the supervisory board of {b}.', '{a} will join the supervisory board of {b} next month.'],
  ['{a} was named in an audit of {b}.', 'The audit of {b} names {a} among the responsible parties.'],
  ['{a} opened a new facility with support from {b}.', 'The new facility was opened with the support of {b}.'],
];

/** About one claim per ten entities, one source per three claims. */
export function makeClaimsAndSources(rng: Rng, entities: readonly Entity[]): { claims: Claim[]; sources: Source[] } {
  const claimCount = Math.floor(entities.length / 10);
  const sourceCount = claimCount ? Math.max(1, Math.floor(claimCount / 3)) : 0;
  const sources: Source[] = [];
  for (let i = 0; i < sourceCount; i++) {
    const year = rng.range(2019, 2025);
    const date = `${year}-${String(rng.range(1, 12)).padStart(2, '0')}-${String(rng.range(1, 28)).padStart(2, '0')}`;
    const subject = rng.pick(entities).name;
    sources.push({
      id: `source-${i + 1}`,
      title: `${subject}: what we know about the latest defence contracts`.slice(0, 300),
      publisher: rng.pick(PUBLISHERS),
      date,
      url: `https://news.example.org/${year}/${slugify(subject)}-${i + 1}`,
    });
  }
  const claims: Claim[] = [];
  for (let i = 0; i < claimCount; i++) {
    const a = rng.pick(entities);
    let b = rng.pick(entities);
    if (b.id === a.id) b = entities[(entities.indexOf(a) + 1) % entities.length]!;
    const [text, quote] = rng.pick(CLAIMS);
    const fill = (s: string, max: number) => s.replace('{a}', a.name).replace('{b}', b.name).slice(0, max).trim();
    const source = rng.pick(sources);
    claims.push({
      id: `claim-${i + 1}`,
      entities: a.id === b.id ? [a.id] : [a.id, b.id],
      text: fill(text, 400),
      ...(source.date ? { date: source.date } : {}),
      sourceId: source.id,
      quote: fill(quote, 300),
    });
  }
  return { claims, sources };
}
