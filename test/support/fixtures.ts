/** The fixture pages and their expected mentions, and the bundled seed dataset for expectations. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Mention } from './browser';
import { PROJECT_ROOT } from './browser';
import { FIXTURE_PAGES } from './server';

export interface FixturePage {
  /** File name, e.g. "boundaries.html". */
  name: string;
  file: string;
  /** The mentions the page must show, in document order. */
  expected: Mention[];
}

/** Every fixture page that has a `<name>.expected.json`, sorted by name. */
export function fixturePages(): FixturePage[] {
  return readdirSync(FIXTURE_PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .flatMap((name) => {
      const file = path.join(FIXTURE_PAGES, name);
      const expectedFile = file.replace(/\.html$/, '.expected.json');
      if (!existsSync(expectedFile)) return [];
      return [{ name, file, expected: JSON.parse(readFileSync(expectedFile, 'utf8')) as Mention[] }];
    });
}

export function fixturePage(name: string): FixturePage {
  const page = fixturePages().find((p) => p.name === name);
  if (!page) throw new Error(`no fixture page ${name} with an .expected.json`);
  return page;
}

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURE_PAGES, name), 'utf8');
}

// The bundled dataset, read as plain JSON: expectations about what the UI shows come from it.
export interface SeedEntity {
  id: string;
  type: string;
  name: string;
  summary?: string;
  aliases?: { text: string }[];
  roles?: { title: string; organizationId?: string }[];
  related?: { id: string; relation: string }[];
}
export interface SeedClaim {
  id: string;
  entities: string[];
  text: string;
  quote: string;
  date?: string;
  sourceId: string;
}
export interface SeedSource {
  id: string;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
}
export interface Seed {
  entities: SeedEntity[];
  claims: SeedClaim[];
  sources: SeedSource[];
}

let seedCache: Seed | null = null;
export function seed(): Seed {
  seedCache ??= JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds', 'dossier-seed.json'), 'utf8')) as Seed;
  return seedCache;
}

export function seedEntity(id: string): SeedEntity {
  const entity = seed().entities.find((e) => e.id === id);
  if (!entity) throw new Error(`the seed dataset has no entity ${id}`);
  return entity;
}

export function seedClaimsOf(id: string): { claim: SeedClaim; source: SeedSource | undefined }[] {
  const { claims, sources } = seed();
  return claims
    .filter((c) => c.entities.includes(id))
    .map((claim) => ({ claim, source: sources.find((s) => s.id === claim.sourceId) }));
}

/** White space collapsed and trimmed, for comparing rendered text. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
