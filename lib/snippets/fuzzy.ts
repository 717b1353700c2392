/**
 * Approximate search: where in a text does a pattern occur with the fewest edits (insertions,
 * deletions, substitutions)? Sellers' dynamic programme over one column of distances: row 0 is
 * all zeros, so a match may start anywhere in the window, and the pattern must be used whole.
 * Cost is pattern length × window length, so callers search small windows around candidates.
 */

export interface FuzzyMatch {
  start: number;
  end: number;
  /** Edits between the pattern and text[start, end). */
  distance: number;
}

/**
 * The best match of `pattern` in text[from, to) with at most `maxDistance` edits, or null. Among
 * equally good ends the one nearest `preferEnd` wins; the start is then found by running the same
 * search backwards from that end.
 */
export function fuzzyFind(
  text: string,
  pattern: string,
  from: number,
  to: number,
  maxDistance: number,
  preferEnd = to,
  /** Among equally good starts, lower is better (e.g. edits in the context before the start). */
  startCost: (start: number) => number = () => 0,
): FuzzyMatch | null {
  const m = pattern.length;
  if (m === 0) return null;
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  const ends = bestEnds(text, pattern, from, to, false);
  if (ends.distance > maxDistance) return null;
  let end = ends.positions[0]!;
  for (const p of ends.positions) if (Math.abs(p - preferEnd) < Math.abs(end - preferEnd)) end = p;
  // Backwards from `end`: the pattern reversed against the text before it.
  const starts = bestEnds(text, pattern, from, end, true);
  const cost = (p: number) => startCost(p) * (m + 1) + Math.abs(end - p - m);
  let start = starts.positions[0]!;
  for (const p of starts.positions) if (cost(p) < cost(start)) start = p;
  return { start, end, distance: ends.distance };
}

/**
 * Smallest distance of the whole pattern ending at any text position, and every position where
 * it is reached. Forward: positions are match ends in (from, to]. Backward: the pattern and
 * text[from, to) are read right to left, and positions are match starts.
 */
function bestEnds(text: string, pattern: string, from: number, to: number, backward: boolean): { distance: number; positions: number[] } {
  const m = pattern.length;
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let best = m;
  let positions: number[] = [backward ? to : from];
  const n = to - from;
  for (let k = 0; k < n; k++) {
    const c = backward ? text.charCodeAt(to - 1 - k) : text.charCodeAt(from + k);
    let diagonal = 0; // column[i - 1] before this step; row 0 stays 0 (free start)
    for (let i = 1; i <= m; i++) {
      const p = backward ? pattern.charCodeAt(m - i) : pattern.charCodeAt(i - 1);
      const up = column[i]!;
      const value = Math.min(diagonal + (p === c ? 0 : 1), up + 1, column[i - 1]! + 1);
      diagonal = up;
      column[i] = value;
    }
    const d = column[m]!;
    const at = backward ? to - 1 - k : from + k + 1;
    if (d < best) {
      best = d;
      positions = [at];
    } else if (d === best) positions.push(at);
  }
  return { distance: best, positions };
}

/** Edit distance between two short strings (context comparison). */
export function editDistance(a: string, b: string): number {
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(diagonal + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1), up + 1, row[j - 1]! + 1);
      diagonal = up;
    }
  }
  return row[b.length]!;
}
