/** Read queries over the database, returning the plain data the message protocol sends. */
import type { LexiconEntity } from '../match/lexicon';
import type { ClaimView, DatasetSummary, EntityCard, RelatedView, ResponseMap } from '../messages/protocol';
import type { DatasetRow, DossierDb } from './database';
import { rowToEntity, rowToSource } from './rows';

/** Names sort the way people read them, whatever the script. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Newest first; undated claims last; ties by id so the order is stable. */
function compareClaims(a: { id: string; date?: string }, b: { id: string; date?: string }): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    // Partial dates compare as strings: "2024-03" sorts after "2024", i.e. the more precise first.
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** An entity with its claims (newest first, each with its source), related entities and role organisations. */
export async function getEntityCard(db: DossierDb, id: string): Promise<EntityCard | null> {
  return db.transaction('r', [db.entityBlocks, db.claims, db.sources], async () => {
    const row = await db.entityRows.get(id);
    if (!row) return null;
    const claimRows = (await db.claims.where('entities').equals(id).distinct().toArray()).sort(compareClaims);
    const sourceIds = unique(claimRows.map((c) => c.sourceId));
    const sources = new Map((await db.sources.bulkGet(sourceIds)).flatMap((s) => (s ? [[s.id, rowToSource(s)] as const] : [])));
    const orgIds = row.roles.flatMap((r) => (r.organizationId ? [r.organizationId] : []));
    const others = new Map(
      (await db.entityRows.bulkGet(unique([...row.related.map((r) => r.id), ...orgIds]))).flatMap((e) => (e ? [[e.id, e] as const] : [])),
    );

    const claims: ClaimView[] = claimRows.map((c) => ({
      id: c.id,
      text: c.text,
      ...(c.date !== undefined ? { date: c.date } : {}),
      quote: c.quote,
      source: sources.get(c.sourceId) ?? null,
    }));
    // Related entities missing from the database (e.g. removed by a dataset update) are left out.
    const related: RelatedView[] = row.related.flatMap((r) => {
      const other = others.get(r.id);
      return other ? [{ id: r.id, relation: r.relation, name: other.name, type: other.type }] : [];
    });
    const organizations: EntityCard['organizations'] = {};
    for (const orgId of orgIds) {
      const org = others.get(orgId);
      if (org) organizations[orgId] = { name: org.name, type: org.type };
    }
    return { entity: rowToEntity(row), datasetId: row.datasetId, claims, related, organizations };
  });
}

function toSummary(row: DatasetRow): DatasetSummary {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    publishedAt: row.publishedAt,
    installedAt: row.installedAt,
    entityCount: row.entityCount,
    claimCount: row.claimCount,
    sourceCount: row.sourceCount,
  };
}

/** Installed datasets (by name) and the number of rows of each kind in the database. */
export async function getOverview(db: DossierDb): Promise<ResponseMap['dataset.overview']> {
  return db.transaction('r', [db.entityBlocks, db.claims, db.sources, db.datasets], async () => {
    const datasets = (await db.datasets.toArray()).map(toSummary).sort((a, b) => collator.compare(a.name, b.name));
    return {
      datasets,
      entityCount: await db.entityRows.count(),
      claimCount: await db.claims.count(),
      sourceCount: await db.sources.count(),
    };
  });
}

/** What `compileLexicon` needs of every entity. */
export async function getAllLexiconEntities(db: DossierDb): Promise<LexiconEntity[]> {
  const rows = await db.entityRows.toArray();
  return rows.map(({ id, type, name, aliases }) => ({ id, type, name, aliases }));
}
