/**
 * Orders found mentions so the ones on screen are wrapped first, then those below the fold
 * nearest first, then those above. All rects are read in one go, before any write, so the
 * browser lays the page out once.
 */
import type { TextRun } from './runs';

export function byViewport<T extends { run: TextRun }>(items: readonly T[], win: Window): T[] {
  const height = win.innerHeight;
  const scored = items.map((item, index) => {
    const el = item.run.nodes[0]?.parentElement;
    const rect = el?.getBoundingClientRect();
    let score: number;
    if (!rect || (rect.width === 0 && rect.height === 0)) score = 3 * height + index;
    else if (rect.bottom >= 0 && rect.top <= height) score = 0;
    else if (rect.top > height) score = rect.top - height;
    else score = 2 * height - rect.bottom;
    return { item, score, index };
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.map((s) => s.item);
}
