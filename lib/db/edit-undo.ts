/**
 * Undo of a deletion: puts the rows a delete answered with back, in one transaction, and forgets
 * their tombstones. The rows come back from the options page, so their shape is checked again;
 * derived fields (`names`, `words`) are recomputed rather than trusted.
 */
import { z } from 'zod';
import { ClaimSchema, EntitySchema, SourceSchema } from '../dataset/schema';
import { jsonPath } from '../dataset/validate';
import type { UndoBundle } from '../messages/protocol';
import type { DossierDb, RowOrigin } from './database';
import { toClaimRow, toEntityRow, toSourceRow } from './rows';
import { unburyRows } from './tombstones';

const Origin = { datasetId: z.string().min(1).max(200), userEdited: z.boolean().optional() };
const EntityRowSchema = EntitySchema.extend({ ...Origin, names: z.array(z.string()).optional(), words: z.array(z.string()).optional() });
const ClaimRowSchema = ClaimSchema.extend(Origin);
const SourceRowSchema = SourceSchema.extend(Origin);

function origin(row: { datasetId: string; userEdited?: boolean | undefined }): RowOrigin {
  return row.userEdited === undefined ? { datasetId: row.datasetId } : { datasetId: row.datasetId, userEdited: row.userEdited };
}

function parseAll<S extends z.ZodType>(schema: S, rows: readonly unknown[], key: string): z.output<S>[] {
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new Error(`cannot undo: ${key}[${i}] is not a stored row (${jsonPath(issue?.path ?? []).slice(1)}: ${issue?.message ?? 'invalid'})`);
  });
}

/**
 * Restores the rows of an UndoBundle as they were. References to rows deleted since are left as
 * they are: readers skip unresolved references, and restoring what the user asked for matters more.
 */
export async function applyUndo(db: DossierDb, bundle: UndoBundle): Promise<void> {
  const entities = parseAll(EntityRowSchema, bundle.entities, 'entities').map(({ datasetId, userEdited, names: _n, words: _w, ...e }) =>
    toEntityRow(e, origin({ datasetId, userEdited })),
  );
  const claims = parseAll(ClaimRowSchema, bundle.claims, 'claims').map(({ datasetId, userEdited, ...c }) => toClaimRow(c, origin({ datasetId, userEdited })));
  const sources = parseAll(SourceRowSchema, bundle.sources, 'sources').map(({ datasetId, userEdited, ...s }) =>
    toSourceRow(s, origin({ datasetId, userEdited })),
  );
  await db.transaction('rw', [db.entityBlocks, db.claims, db.sources, db.tombstones, db.cache], async () => {
    await db.sources.bulkPut(sources);
    await db.claims.bulkPut(claims);
    await db.entityRows.bulkPut(entities);
    await unburyRows(db, 'source', sources.map((r) => r.id));
    await unburyRows(db, 'claim', claims.map((r) => r.id));
    await unburyRows(db, 'entity', entities.map((r) => r.id));
    await db.cache.clear();
  });
}
