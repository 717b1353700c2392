/** Summary statistics for benchmark samples. */

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(values: readonly number[]): Summary | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length) return null;
  return { n: finite.length, median: percentile(finite, 50), p95: percentile(finite, 95), min: Math.min(...finite), max: Math.max(...finite) };
}

/** Samples by key ("1k/20000/ours/matchMs"), appended in the order they were measured. */
export class Samples {
  private readonly data = new Map<string, number[]>();

  add(key: string, value: number | null | undefined): void {
    if (value === null || value === undefined || !Number.isFinite(value)) return;
    const list = this.data.get(key);
    if (list) list.push(value);
    else this.data.set(key, [value]);
  }

  get(key: string): number[] {
    return this.data.get(key) ?? [];
  }

  summary(key: string): Summary | null {
    return summarise(this.get(key));
  }

  toJSON(): Record<string, { samples: number[] } & Partial<Summary>> {
    const out: Record<string, { samples: number[] } & Partial<Summary>> = {};
    for (const [key, samples] of this.data) out[key] = { ...summarise(samples), samples: samples.map((v) => Math.round(v * 1000) / 1000) };
    return out;
  }
}

/** `items` rotated left by `by`: each repetition starts at a different variant. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  if (!items.length) return [];
  const k = ((by % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
