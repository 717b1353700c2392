/**
 * Exporting the database as a dataset file that imports again as it is: everything, or only what
 * the user created or edited together with what that refers to. The file is validated against
 * DatasetSchema before it is handed out, in canonical form.
 */
import { formatDataset } from '../dataset/canonical';
import { ClaimSchema, EntitySchema, SCHEMA_VERSION, SourceSchema, type Claim, type Dataset, type Entity, type Source } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { USER_DATASET_ID, type ClaimRow, type DossierDb, type EntityRow, type RowOrigin, type SourceRow } from './database';

export type ExportScope = 'all' | 'user';

export interface ExportFile {
  filename: string;
  text: string;
}

const HEADERS: Record<ExportScope, { id: string; name: string; file: string }> = {
  all: { id: 'dossier-export', name: 'Dossier export', file: 'dossier-export' },
  user: { id: 'dossier-my-entities', name: 'My Dossier entities', file: 'dossier-my-entities' },
};

/** The dataset object stored in a row: only the schema's fields, so database-only fields stay home. */
function pick<T>(fields: readonly string[], row: object): T {
  const r = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (r[f] !== undefined) out[f] = r[f];
  return out as T;
}
const ENTITY_FIELDS = Object.keys(EntitySchema.shape);
const CLAIM_FIELDS = Object.keys(ClaimSchema.shape);
const SOURCE_FIELDS = Object.keys(SourceSchema.shape);

const isUsers = (row: RowOrigin) => row.datasetId === USER_DATASET_ID || row.userEdited === true;

interface Rows {
  entities: EntityRow[];
  claims: ClaimRow[];
  sources: SourceRow[];
}

/**
 * The user's rows plus the entities and sources they refer to (claims' entities and source,
 * entities' related entities and role organisations), so the file stands on its own. Only one
 * level deep: the onward references of an entity included for a reference are dropped, or the
 * file would pull in most of the database.
 */
export function selectUserRows(rows: Rows): Rows {
  const entities = rows.entities.filter(isUsers);
  const claims = rows.claims.filter(isUsers);
  const sources = rows.sources.filter(isUsers);
  const entityIds = new Set(entities.map((e) => e.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const wantedEntities = new Set<string>();
  for (const e of entities) {
    for (const r of e.related) wantedEntities.add(r.id);
    for (const r of e.roles) if (r.organizationId) wantedEntities.add(r.organizationId);
  }
  for (const c of claims) for (const id of c.entities) wantedEntities.add(id);
  const wantedSources = new Set(claims.map((c) => c.sourceId));
  return {
    entities: [...entities, ...rows.entities.filter((e) => wantedEntities.has(e.id) && !entityIds.has(e.id))],
    claims,
    sources: [...sources, ...rows.sources.filter((s) => wantedSources.has(s.id) && !sourceIds.has(s.id))],
  };
}

/**
 * Dataset objects from rows, with every reference that would not resolve inside the file removed:
 * related entities and role organisations not in it, claims' entities not in it (a claim left
 * about no entity, or citing a missing source, is left out), and repeated aliases.
 */
export function toSelfContained(rows: Rows): Pick<Dataset, 'entities' | 'claims' | 'sources'> {
  const entityIds = new Set(rows.entities.map((e) => e.id));
  const sourceIds = new Set(rows.sources.map((s) => s.id));
  const entities = rows.entities.map((row) => {
    const e = pick<Entity>(ENTITY_FIELDS, row);
    const aliasTexts = new Set<string>();
    return {
      ...e,
      aliases: e.aliases.filter((a) => !aliasTexts.has(a.text) && aliasTexts.add(a.text)),
      roles: e.roles.map((r) => {
        if (r.organizationId === undefined || entityIds.has(r.organizationId)) return r;
        const { organizationId: _dropped, ...rest } = r;
        return rest;
      }),
      related: e.related.filter((r) => r.id !== e.id && entityIds.has(r.id)),
    };
  });
  const claims = rows.claims.flatMap((row) => {
    const c = pick<Claim>(CLAIM_FIELDS, row);
    const about = c.entities.filter((id) => entityIds.has(id));
    return about.length > 0 && sourceIds.has(c.sourceId) ? [{ ...c, entities: about }] : [];
  });
  return { entities, claims, sources: rows.sources.map((row) => pick<Source>(SOURCE_FIELDS, row)) };
}

/** "2026-11-25": the user's calendar date, as in a file name. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Builds the export file of `scope` from the database, read in one transaction. */
export async function exportDataset(db: DossierDb, scope: ExportScope, now: Date = new Date()): Promise<ExportFile> {
  const rows = await db.transaction('r', [db.entityBlocks, db.claims, db.sources], async () => ({
    entities: await db.entityRows.toArray(),
    claims: await db.claims.toArray(),
    sources: await db.sources.toArray(),
  }));
  const header = HEADERS[scope];
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    id: header.id,
    name: header.name,
    version: '1.0.0',
    publishedAt: now.toISOString(),
    ...toSelfContained(scope === 'user' ? selectUserRows(rows) : rows),
  };
  // Every row was valid when it was stored; checking the whole file once more means a file that
  // would not import again is never handed out.
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    const first = checked.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
    throw new Error(`the export would not be a valid dataset (${checked.errors.length} problems): ${first.join('; ')}`);
  }
  return { filename: `${header.file}-${localDate(now)}.json`, text: formatDataset(checked.value) };
}
