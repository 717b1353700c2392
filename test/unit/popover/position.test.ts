import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../lib/popover/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 380, height: 300 };

describe('placePopover', () => {
  it('goes below the highlight when it fits', () => {
    expect(placePopover({ top: 100, left: 50, width: 80, height: 20 }, size, viewport)).toEqual({ top: 126, left: 50, side: 'below' });
  });

  it('goes above when there is no room below', () => {
    const p = placePopover({ top: 700, left: 50, width: 80, height: 20 }, size, viewport);
    expect(p.side).toBe('above');
    expect(p.top + size.height).toBeLessThanOrEqual(700);
  });

  it('stays inside the viewport horizontally', () => {
    expect(placePopover({ top: 100, left: 900, width: 80, height: 20 }, size, viewport).left).toBe(1000 - 8 - 380);
    expect(placePopover({ top: 100, left: -40, width: 80, height: 20 }, size, viewport).left).toBe(8);
  });

  it('never leaves the top of a short viewport', () => {
    expect(placePopover({ top: 150, left: 0, width: 80, height: 20 }, size, { width: 1000, height: 320 }).top).toBeGreaterThanOrEqual(8);
  });
});
