/** FollowTheMoney entity lines → a valid dataset, carrying over only what FtM states. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Entity } from '../../../lib/dataset/schema';
import { validateDataset } from '../../../lib/dataset/validate';
import { ftmToDataset, type SkippedLine } from '../../../lib/sync/ftm';
import { cleanText, looksLikeAcronym, shorten, SlugAllocator, slugify } from '../../../lib/sync/ftm-values';
import { formatSkipped } from '../../../lib/sync/report';

const fixture = readFileSync('test/fixtures/ftm/entities.ftm.jsonl', 'utf8');
const options = { id: 'ftm-example', name: 'FtM example', version: '2.0.0', publishedAt: '2026-11-25T12:00:00Z' };

function convert(text = fixture): { dataset: Dataset; skipped: SkippedLine[] } {
  const result = ftmToDataset(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { dataset: result.value, skipped: result.skipped };
}
const entity = (dataset: Dataset, id: string): Entity => {
  const found = dataset.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
};

describe('ftmToDataset', () => {
  it('gives a valid dataset with the header asked for', () => {
    const { dataset } = convert();
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset).toMatchObject({ schemaVersion: 1, ...options });
    expect(dataset.entities.map((e) => [e.id, e.type])).toEqual([
      ['nk-person1', 'person'],
      ['nk-company1', 'company'],
      ['nk-company1-0608dda3', 'company'],
      ['org-42', 'organization'],
      ['ua-body-7', 'government-body'],
      ['le-1', 'organization'],
    ]);
  });

  it('maps a Person: caption as name, other names and alias as aliases, never weakAlias; positions, country, summary, links', () => {
    const person = entity(convert().dataset, 'nk-person1');
    expect(person).toEqual({
      id: 'nk-person1',
      type: 'person',
      name: 'Marta Kovalenko',
      aliases: [{ text: 'Марта Коваленко' }, { text: 'Marta Kowalenko' }],
      summary: "Fictional deputy minister used in Dossier's FtM import tests.",
      roles: [{ title: 'Deputy Minister of Infrastructure (fictional)' }, { title: 'Member of the Example Council' }],
      country: 'UA',
      related: [],
      links: [{ url: 'https://example.org/registry/marta-kovalenko' }],
    });
    const allAliases = convert().dataset.entities.flatMap((e) => e.aliases.map((a) => a.text));
    expect(allAliases).not.toContain('Kovalenko');
    expect(allAliases).not.toContain('Northwind');
    expect(allAliases).not.toContain('Nameless');
  });

  it('matches acronyms with their case only, keeps only https source links, takes the first usable country', () => {
    const { dataset } = convert();
    const company = entity(dataset, 'nk-company1');
    expect(company.aliases).toEqual([{ text: 'NAW', caseSensitive: true }, { text: 'Northwind Armour' }]);
    expect(company.links).toEqual([{ url: 'https://example.com/companies/northwind' }]);
    expect(company.country).toBe('PL');
    expect(entity(dataset, 'ua-body-7').aliases[0]).toEqual({ text: 'SAEA', caseSensitive: true });
    // "zz" is FtM's unknown country: no country rather than a wrong one.
    expect(entity(dataset, 'nk-company1-0608dda3').country).toBeUndefined();
  });

  it('makes unique slugs from FtM ids, stable whatever the order of the file', () => {
    const { dataset } = convert();
    // The repeated record is left out: of two records with one id, the first one read wins.
    const lines = fixture.split('\n').filter((l) => !l.includes('duplicate record'));
    const reversed = convert(lines.reverse().join('\n')).dataset;
    const ids = (d: Dataset) => d.entities.map((e) => `${e.name}=${e.id}`).sort();
    // Reversed, the case-only twin comes first and keeps the plain slug; every other id is the same.
    expect(ids(reversed).filter((x) => !x.startsWith('Northwind'))).toEqual(ids(dataset).filter((x) => !x.startsWith('Northwind')));
    expect(new Set(dataset.entities.map((e) => e.id)).size).toBe(dataset.entities.length);
  });

  it('makes no claims: an FtM summary is the publisher\'s wording, not a quote from its source', () => {
    const { dataset } = convert();
    expect(dataset.claims).toEqual([]);
    expect(dataset.sources).toEqual([]);
    expect(entity(dataset, 'nk-person1').summary).toBe("Fictional deputy minister used in Dossier's FtM import tests.");
    expect(entity(dataset, 'nk-person1').links).toEqual([{ url: 'https://example.org/registry/marta-kovalenko' }]);
    expect(entity(dataset, 'ua-body-7').summary!.length).toBeGreaterThan(300);
  });

  it('skips other schemata, nameless records, repeated ids and non-entities, with their lines', () => {
    const { skipped } = convert();
    expect(skipped).toEqual([
      { line: 8, reason: 'schema Ownership is not imported' },
      { line: 9, reason: 'schema Directorship is not imported' },
      { line: 10, reason: 'schema Sanction is not imported' },
      { line: 11, reason: 'no name' },
      { line: 12, reason: 'FtM id "NK-Person1" already appeared on line 1' },
      { line: 13, reason: 'not an FtM entity (needs "id", "schema" and "properties")' },
    ]);
    expect(formatSkipped(skipped)).toContain('6 lines skipped:');
  });

  it('stops at a line that is not JSON, naming it', () => {
    const result = ftmToDataset(readFileSync('test/fixtures/ftm/broken.ftm.jsonl', 'utf8'), options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: 'line 2: $', message: expect.stringMatching(/^not valid JSON/) }]);
  });

  it('reports a bad dataset id as a validation error', () => {
    const result = ftmToDataset(fixture, { ...options, id: 'Not A Slug' });
    expect(result).toMatchObject({ ok: false, errors: [{ path: '$.id' }] });
  });

  it('defaults the version to 1.0.0 and the publication time to now', () => {
    const result = ftmToDataset('', { id: 'empty', name: 'Empty' });
    expect(result.ok && result.value.version).toBe('1.0.0');
    expect(result.ok && Date.now() - Date.parse(result.value.publishedAt)).toBeLessThan(60_000);
    expect(result.ok && result.value.entities).toEqual([]);
  });

  it('drops names and aliases too long for the schema rather than cutting them', () => {
    const long = 'N'.repeat(170);
    const line = JSON.stringify({ id: 'x', schema: 'Company', properties: { name: [long, 'Short Name'], alias: ['A'.repeat(130), 'Fine Alias'] } });
    const { dataset, skipped } = convert(line);
    expect(skipped).toEqual([]);
    expect(dataset.entities[0]).toMatchObject({ name: 'Short Name', aliases: [{ text: 'Fine Alias' }] });
    expect(convert(JSON.stringify({ id: 'y', schema: 'Person', properties: { name: [long] } })).skipped).toEqual([
      { line: 1, reason: 'every name is longer than 160 characters' },
    ]);
  });
});

describe('FtM value helpers', () => {
  it('cleans text', () => {
    expect(cleanText('  Marta\n\tKovalenko\u0007 ')).toBe('Marta Kovalenko');
  });

  it('slugifies, folding accents and dropping what is not a letter or digit', () => {
    expect(slugify('NK-2Ks8mZ')).toBe('nk-2ks8mz');
    expect(slugify('Société Générale S.A.')).toBe('societe-generale-s-a');
    expect(slugify('Марта')).toBe('');
    expect(slugify('a'.repeat(130)).length).toBe(120);
  });

  it('allocates unique slugs', () => {
    const slugs = new SlugAllocator();
    const a = slugs.take('x', 'X');
    const b = slugs.take('x', 'x');
    expect(a).toBe('x');
    expect(b).toMatch(/^x-[0-9a-f]{8}$/);
    expect(slugs.take('x', 'x')).toMatch(/^x-[0-9a-f]{8}-2$/);
  });

  it('tells acronyms from words', () => {
    expect(['NATO', 'MFA', 'EU', 'AT&T', 'NAW'].every(looksLikeAcronym)).toBe(true);
    expect(['Nato', 'A', 'NORTHWIND', 'X1'].some(looksLikeAcronym)).toBe(false);
  });

  it('shortens at a sentence, else at a word', () => {
    expect(shorten('One two three. Four five six seven.', 24)).toBe('One two three.');
    // A sentence end in the first half would lose too much: cut at a word instead.
    expect(shorten('One. Two three four five six.', 20)).toBe('One. Two three four…');
    expect(shorten('alpha beta gamma delta', 12)).toBe('alpha beta…');
    expect(shorten('short', 10)).toBe('short');
  });
});
