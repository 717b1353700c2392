/**
 * What the content script sends to save a snippet, and what pages get back. The background adds
 * the id and the save time and validates the whole against SnippetSchema before writing.
 * Types only (and zod-free), so the content script can import them.
 */
import type { Snippet } from './schema';

export type SnippetDraft = Omit<Snippet, 'id' | 'savedAt' | 'updatedAt' | 'placement' | 'note' | 'tags'> & {
  note?: string;
  tags?: string[];
};

/** Why a save failed: the storage is full, the draft is invalid, or it names another site. */
export type SnippetSaveFailure = 'quota' | 'invalid' | 'site';

export type SnippetSaveResult = { ok: true; snippet: Snippet } | { ok: false; reason: SnippetSaveFailure; message: string };

/** What a page needs to find one of its snippets again. */
export type PageSnippet = Pick<Snippet, 'id' | 'quote' | 'prefix' | 'suffix' | 'position'>;

export type PlacementStatus = NonNullable<Snippet['placement']>['status'];
