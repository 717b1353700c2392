/**
 * A generated entity before the dataset-wide passes decide which aliases it keeps. Each alias says
 * how it may be shared with other entities, which is how the generator keeps every ungated name
 * and alias pointing at exactly one entity (see registry.ts).
 */
import type { EntityType } from '../dataset/schema';

export type AliasKind =
  /** Must be unique (the name's other scripts): on a clash the whole entity is drawn again. */
  | 'required'
  /** Kept only if unique (spelling variants): dropped on a clash. */
  | 'optional'
  /** A surname or acronym: plain when no other entity uses it, else needsContext. */
  | 'auto'
  /** A short form that is always needsContext; dropped if it is another entity's plain name. */
  | 'gated';

export interface DraftAlias {
  text: string;
  kind: AliasKind;
  caseSensitive?: boolean;
  lang?: string;
}

export interface Draft {
  type: EntityType;
  name: string;
  aliases: DraftAlias[];
  country?: string;
  /** A few words describing the entity, for its summary ("German aerospace company"). */
  descriptor: string;
}

/** Adds an alias unless its text is the name or already an alias. */
export function pushAlias(draft: Draft, alias: DraftAlias): void {
  if (alias.text === draft.name || draft.aliases.some((a) => a.text === alias.text)) return;
  draft.aliases.push(alias);
}

/** Initials of the capitalised words (Hartmann Defence Systems GmbH → HDS), or null if too short. */
export function acronym(words: readonly string[]): string | null {
  const letters = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
  return letters.length >= 2 && letters.length <= 5 ? letters.join('') : null;
}
