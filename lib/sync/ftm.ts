/**
 * FollowTheMoney (FtM) entity JSON lines → a Dossier dataset. FtM is the data model of Aleph and
 * OpenSanctions: one entity per line, `{"id", "schema", "properties": {"name": [...], ...}}` with
 * every property a list of strings.
 *
 * Only what FtM states is carried over; nothing is made up to fill our fields:
 *   name → name (the record's caption when it is one of the names); further names and `alias`
 *   → aliases (never `weakAlias`: FtM marks those as too weak to match text on); `position` →
 *   roles; `country` → country; `summary`, else `description` → summary; https `sourceUrl` → links.
 * No claims are made: a claim needs a verbatim quote from its source, and an FtM summary is the
 * data publisher's own wording, not a passage we can show came from the `sourceUrl` page. Records
 * of other schemata (Ownership, Directorship, Sanction…) are skipped and reported.
 */
import type { Alias, Dataset, Entity, EntityType, Role } from '../dataset/schema';
import { SCHEMA_VERSION } from '../dataset/schema';
import { validateDataset, type ValidationError } from '../dataset/validate';
import { httpsUrl, looksLikeAcronym, propertyValues, shorten, SlugAllocator, slugify } from './ftm-values';

/** The FtM schemata imported, and what they become. LegalEntity (person or company, unknown) is the generic organisation. */
export const FTM_TYPES: Readonly<Record<string, EntityType>> = {
  Person: 'person',
  Company: 'company',
  Organization: 'organization',
  PublicBody: 'government-body',
  LegalEntity: 'organization',
};

export interface FtmOptions {
  id: string;
  name: string;
  /** Defaults to "1.0.0". */
  version?: string;
  /** Defaults to now. */
  publishedAt?: string;
}

export interface SkippedLine {
  line: number;
  reason: string;
}

export type FtmResult = { ok: true; value: Dataset; skipped: SkippedLine[] } | { ok: false; errors: ValidationError[] };

interface FtmRecord {
  line: number;
  ftmId: string;
  schema: string;
  properties: Record<string, unknown>;
  caption?: string;
}

const LIMITS = { name: 160, alias: 120, aliases: 200, role: 160, roles: 50, summary: 1000, links: 20 };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the lines; a line that is not JSON stops the import (the file is damaged), other oddities skip the record. */
function readRecords(text: string, skipped: SkippedLine[]): { records: FtmRecord[]; errors: ValidationError[] } {
  const records: FtmRecord[] = [];
  const errors: ValidationError[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      errors.push({ path: `line ${line}: $`, message: `not valid JSON: ${(e as Error).message}` });
      return;
    }
    if (!isObject(value) || typeof value.id !== 'string' || typeof value.schema !== 'string' || !isObject(value.properties)) {
      skipped.push({ line, reason: 'not an FtM entity (needs "id", "schema" and "properties")' });
      return;
    }
    if (!(value.schema in FTM_TYPES)) {
      skipped.push({ line, reason: `schema ${value.schema} is not imported` });
      return;
    }
    const earlier = seen.get(value.id);
    if (earlier !== undefined) {
      skipped.push({ line, reason: `FtM id "${value.id}" already appeared on line ${earlier}` });
      return;
    }
    seen.set(value.id, line);
    const caption = typeof value.caption === 'string' ? value.caption : undefined;
    records.push({ line, ftmId: value.id, schema: value.schema, properties: value.properties, caption });
  });
  return { records, errors };
}

function aliasesOf(names: string[], name: string, props: Record<string, unknown>): Alias[] {
  const texts = [...names, ...propertyValues(props, 'alias')].filter((t) => t !== name && t.length <= LIMITS.alias);
  return [...new Set(texts)].slice(0, LIMITS.aliases).map((text) => (looksLikeAcronym(text) ? { text, caseSensitive: true } : { text }));
}

function rolesOf(props: Record<string, unknown>): Role[] {
  return propertyValues(props, 'position')
    .filter((t) => t.length <= LIMITS.role)
    .slice(0, LIMITS.roles)
    .map((title) => ({ title }));
}

function countryOf(props: Record<string, unknown>): string | undefined {
  const code = propertyValues(props, 'country').find((c) => /^[a-z]{2}$/i.test(c) && c.toLowerCase() !== 'zz');
  return code?.toUpperCase();
}

/** Builds the entities. */
class Converter {
  readonly entities: Entity[] = [];
  private readonly entityIds = new SlugAllocator();

  constructor(private readonly skipped: SkippedLine[]) {}

  add(record: FtmRecord): void {
    const props = record.properties;
    const names = propertyValues(props, 'name');
    const fitting = names.filter((n) => n.length <= LIMITS.name);
    const name = fitting.find((n) => n === record.caption) ?? fitting[0];
    if (!name) {
      this.skipped.push({ line: record.line, reason: names.length ? 'every name is longer than 160 characters' : 'no name' });
      return;
    }
    const id = this.entityIds.take(slugify(record.ftmId) || slugify(name) || 'entity', record.ftmId);
    const text = propertyValues(props, 'summary')[0] ?? propertyValues(props, 'description')[0];
    const urls = propertyValues(props, 'sourceUrl').flatMap((u) => httpsUrl(u) ?? []);
    const entity: Entity = {
      id,
      type: FTM_TYPES[record.schema]!,
      name,
      aliases: aliasesOf(names, name, props),
      roles: rolesOf(props),
      related: [],
    };
    if (text) entity.summary = shorten(text, LIMITS.summary);
    const country = countryOf(props);
    if (country) entity.country = country;
    if (urls.length) entity.links = urls.slice(0, LIMITS.links).map((url) => ({ url }));
    this.entities.push(entity);
  }
}

export function ftmToDataset(text: string, options: FtmOptions): FtmResult {
  const skipped: SkippedLine[] = [];
  const { records, errors } = readRecords(text.startsWith('\uFEFF') ? text.slice(1) : text, skipped);
  if (errors.length) return { ok: false, errors };
  const converter = new Converter(skipped);
  for (const record of records) converter.add(record);
  const result = validateDataset({
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    name: options.name,
    version: options.version ?? '1.0.0',
    publishedAt: options.publishedAt ?? new Date().toISOString(),
    entities: converter.entities,
    claims: [],
    sources: [],
  });
  if (!result.ok) return result;
  skipped.sort((a, b) => a.line - b.line);
  return { ok: true, value: result.value, skipped };
}
