/**
 * Highlight colours: one per entity type, as #rrggbb. The defaults have at least 4:1 contrast
 * against both white and black, so an underline in them stays visible on light and dark pages
 * (WCAG asks 3:1 for non-text indicators); `contrastRatio` lets the settings page warn about
 * a chosen colour that does not.
 */
import type { EntityType } from '../dataset/entity-types';

export const DEFAULT_COLORS: Readonly<Record<EntityType, string>> = {
  person: '#2f6fdb',
  company: '#c2610c',
  organization: '#0e8a7e',
  'government-body': '#7e57d6',
  alliance: '#3d8b37',
  media: '#c2417a',
  place: '#8a7a14',
  event: '#d13b3b',
};

const HEX = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `rgba(r, g, b, alpha)` of a #rrggbb colour. */
export function rgba(hex: string, alpha: number): string {
  const [r, g, b] = hexToRgb(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = hexToRgb(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The least contrast a highlight colour should have against a light and a dark page. */
export const MIN_MARK_CONTRAST = 3;

/** Which page backgrounds (white, near-black) a colour is too faint on, as an underline. */
export function weakContrast(hex: string): { light: boolean; dark: boolean } {
  return { light: contrastRatio(hex, '#ffffff') < MIN_MARK_CONTRAST, dark: contrastRatio(hex, '#121212') < MIN_MARK_CONTRAST };
}
