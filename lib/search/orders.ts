/** The entity index's precomputed orders: permutations of entity numbers, built once per index. */

/** The user's own rows sort after every installed dataset's. */
const USER_DATASET_ID = 'user';

/** Names the way people read them, whatever the script; ties by id so the order is stable. */
export function nameOrder(names: readonly string[], ids: readonly string[]): Uint32Array {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const numbers = Array.from({ length: names.length }, (_, i) => i);
  numbers.sort((a, b) => collator.compare(names[a]!, names[b]!) || (ids[a]! < ids[b]! ? -1 : 1));
  return Uint32Array.from(numbers);
}

/** A rank for each dataset (by its position in `datasetIds`): by name, the user's own last. */
export function datasetRanks(datasetIds: readonly string[], names: ReadonlyMap<string, string>): Uint16Array {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const label = (id: string) => names.get(id) ?? id;
  const ranked = datasetIds
    .map((id, d) => ({ id, d }))
    .sort((a, b) => Number(a.id === USER_DATASET_ID) - Number(b.id === USER_DATASET_ID) || collator.compare(label(a.id), label(b.id)));
  const rankOf = new Uint16Array(datasetIds.length);
  ranked.forEach(({ d }, rank) => (rankOf[d] = rank));
  return rankOf;
}

/** `order` regrouped by `group` (small integers), keeping the order within each group: a counting sort. */
export function stableGroup(order: Uint32Array, group: (e: number) => number): Uint32Array {
  let groups = 0;
  for (const e of order) groups = Math.max(groups, group(e) + 1);
  const starts = new Uint32Array(groups + 1);
  for (const e of order) starts[group(e) + 1]!++;
  for (let g = 1; g <= groups; g++) starts[g]! += starts[g - 1]!;
  const out = new Uint32Array(order.length);
  for (const e of order) out[starts[group(e)]!++] = e;
  return out;
}

/** The inverse permutation: where each entity stands in `order`. */
export function positions(order: Uint32Array): Uint32Array {
  const position = new Uint32Array(order.length);
  order.forEach((e, i) => (position[e] = i));
  return position;
}
