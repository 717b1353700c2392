/** Canonical form of a dataset file: schema key order, top-level lists sorted by id, two-space JSON. */
import type { Dataset } from './schema';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function canonicalDataset(dataset: Dataset): Dataset {
  return {
    ...dataset,
    entities: [...dataset.entities].sort(byId),
    claims: [...dataset.claims].sort(byId),
    sources: [...dataset.sources].sort(byId),
  };
}

export function formatDataset(dataset: Dataset): string {
  return JSON.stringify(canonicalDataset(dataset), null, 2) + '\n';
}
