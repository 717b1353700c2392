/** Loads what the editor needs for an existing entity: its card, its claims whole, and names for them. */
import { claimVersion, entityVersion, stableJson } from '../../../lib/db/edit-checks';
import type { Client } from '../../../lib/messages/client';
import { claimToDraft, draftToClaim, entityToDraft, type ClaimDraft, type EntityDraft } from './draft';

export interface LoadedEntity {
  draft: EntityDraft;
  claims: ClaimDraft[];
  /** Where the entity came from: a dataset id, or "user". */
  datasetId: string;
  /** That dataset's name (its id for "user"). */
  datasetName: string;
  /** entityVersion of the entity as loaded: saves are based on it (see saveEntity's `basedOn`). */
  version: string;
}

/** The name of an installed dataset, or its id when it cannot be had. */
export async function datasetName(client: Client, id: string): Promise<string> {
  const overview = await client({ type: 'dataset.overview' }).catch(() => null);
  return overview?.datasets.find((d) => d.id === id)?.name ?? id;
}

/** null when there is no such entity. */
export async function loadEntity(client: Client, id: string): Promise<LoadedEntity | null> {
  const [card, { claims }] = await Promise.all([client({ type: 'entity.card', id }), client({ type: 'claim.list', entityId: id })]);
  if (!card) return null;
  const draft = entityToDraft(card);
  // Names of the other entities the claims are about; ids stand in if they cannot be had.
  const others = [...new Set(claims.flatMap((c) => c.entities))].filter((e) => e !== id);
  const names = new Map<string, string>();
  if (others.length) {
    const brief = await client({ type: 'entity.brief', ids: others }).catch(() => ({ entities: [] }));
    for (const e of brief.entities) names.set(e.id, e.name);
  }
  const drafts = claims.map((c) => {
    const d = claimToDraft(id, c, names, '');
    return { ...d, initial: stableJson(draftToClaim(id, d)), version: claimVersion(c) };
  });
  return { draft, claims: drafts, version: entityVersion(card.entity), datasetId: card.datasetId, datasetName: card.datasetId === 'user' ? 'user' : await datasetName(client, card.datasetId) };
}
