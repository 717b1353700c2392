/**
 * The snippet library's reads and writes: list, edit note and tags, delete with an undo bundle,
 * restore, import. Each write is one Dexie transaction; a full disk (QuotaExceededError) aborts it
 * whole and comes back as a SnippetStorageFullError with a message people can act on.
 */
import type { ValidationError } from '../dataset/validate';
import type { SnippetImportResult, SnippetImportSummary } from '../messages/protocol';
import { jsonPath } from '../dataset/validate';
import { isNewer, parseSnippetFile } from '../snippets/import';
import { STORAGE_FULL_ERROR } from '../snippets/library';
import { SnippetSchema, type Snippet } from '../snippets/schema';
import type { DossierDb } from './database';

export class SnippetStorageFullError extends Error {
  constructor() {
    super(`${STORAGE_FULL_ERROR} the browser has no space left for Dossier, so nothing was saved. Free some disk space, or delete snippets you no longer need, and try again.`);
    this.name = 'SnippetStorageFullError';
  }
}

/** Dexie wraps the DOMException (`inner`), sometimes twice (a failed transaction's AbortError). */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: unknown; inner?: unknown } | undefined, depth = 0; e && depth < 5; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  }
  return false;
}

/** Runs a write; a quota failure (which rolled the transaction back) becomes a clear message. */
export async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isQuotaError(error)) throw new SnippetStorageFullError();
    throw error;
  }
}

export function listSnippets(db: DossierDb): Promise<Snippet[]> {
  return db.snippets.toArray();
}

export type SnippetSaveResult = { ok: true; value: Snippet } | { ok: false; errors: ValidationError[] };

/** Changes a snippet's note and tags (nothing else), checked with SnippetSchema first. */
export async function updateSnippet(db: DossierDb, id: string, patch: { note: string; tags: string[] }, now = new Date()): Promise<SnippetSaveResult> {
  return writing(() =>
    db.transaction('rw', db.snippets, async () => {
      const existing = await db.snippets.get(id);
      if (!existing) return { ok: false as const, errors: [{ path: '$.id', message: 'this snippet no longer exists' }] };
      const candidate = { ...existing, note: patch.note, tags: patch.tags, updatedAt: now.toISOString() };
      const parsed = SnippetSchema.safeParse(candidate);
      if (!parsed.success) return { ok: false as const, errors: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) };
      await db.snippets.put(parsed.data);
      return { ok: true as const, value: parsed.data };
    }),
  );
}

export interface SnippetUndo {
  snippets: Snippet[];
}

/** Deletes snippets by id; the answer holds them as they were, for `restoreSnippets`. */
export async function deleteSnippets(db: DossierDb, ids: readonly string[]): Promise<SnippetUndo> {
  return writing(() =>
    db.transaction('rw', db.snippets, async () => {
      const rows = (await db.snippets.bulkGet([...ids])).filter((s): s is Snippet => s !== undefined);
      await db.snippets.bulkDelete(rows.map((s) => s.id));
      return { snippets: rows };
    }),
  );
}

/** Puts deleted snippets back, after checking each one again (the bundle came through a message). */
export async function restoreSnippets(db: DossierDb, rows: readonly unknown[]): Promise<number> {
  const snippets = rows.map((row, i) => {
    const parsed = SnippetSchema.safeParse(row);
    if (!parsed.success) throw new Error(`cannot restore snippet ${i + 1}: ${jsonPath(parsed.error.issues[0]?.path ?? [])} ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  });
  await writing(() => db.transaction('rw', db.snippets, () => db.snippets.bulkPut(snippets)));
  return snippets.length;
}

/**
 * Imports an export file: validated whole before anything is written, then applied in one
 * transaction. A snippet whose id is already in the library replaces it only if it was changed
 * more recently (updatedAt, else savedAt); otherwise the library's copy is kept.
 */
export async function importSnippets(db: DossierDb, text: string): Promise<SnippetImportResult> {
  const check = parseSnippetFile(text);
  if (!check.ok) return check;
  const incoming = check.snippets;
  return writing(() =>
    db.transaction('rw', db.snippets, async () => {
      const existing = await db.snippets.bulkGet(incoming.map((s) => s.id));
      const summary: SnippetImportSummary = { total: incoming.length, added: 0, replaced: 0, kept: 0 };
      const writes: Snippet[] = [];
      incoming.forEach((snippet, i) => {
        const current = existing[i];
        if (!current) summary.added++;
        else if (isNewer(snippet, current)) summary.replaced++;
        else return void summary.kept++;
        writes.push(snippet);
      });
      await db.snippets.bulkPut(writes);
      return { ok: true as const, summary };
    }),
  );
}
