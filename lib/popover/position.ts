/** Where to put a popover next to its anchor so it stays on screen. */

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Below the anchor when it fits, else above when that fits better; aligned with the anchor's left
 * edge and clamped to the viewport. All values are viewport coordinates.
 */
export function placePopover(anchor: Rect, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = anchor.top + anchor.height + GAP;
  const spaceBelow = viewport.height - below - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const side = size.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  let top = side === 'below' ? below : anchor.top - GAP - size.height;
  top = Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - size.height));
  let left = anchor.left;
  left = Math.max(MARGIN, Math.min(left, viewport.width - MARGIN - size.width));
  return { top: Math.round(top), left: Math.round(left), side };
}
