/** What is highlighted on a page, read back from its marks: for the popup's list and the toolbar badge. */
import { ENTITY_TYPES, type EntityType } from '../dataset/entity-types';
import { MENTION_SELECTOR } from './mark-attributes';

export interface EntityOnPage {
  id: string;
  type: EntityType;
  /** Mentions, not marks: a name split across elements counts once. */
  count: number;
}

/** The entities highlighted under `root`, in the order they first appear, with their mention counts. */
export function pageSummary(root: ParentNode): EntityOnPage[] {
  const byId = new Map<string, EntityOnPage>();
  for (const mark of root.querySelectorAll<HTMLElement>(MENTION_SELECTOR)) {
    const id = mark.dataset.entityId;
    const type = mark.dataset.entityType as EntityType | undefined;
    if (!id || !type || !ENTITY_TYPES.includes(type)) continue;
    const entry = byId.get(id);
    if (entry) entry.count++;
    else byId.set(id, { id, type, count: 1 });
  }
  return [...byId.values()];
}

/** The number of mentions highlighted under `root`. */
export function mentionCount(root: ParentNode): number {
  return root.querySelectorAll(MENTION_SELECTOR).length;
}
