/**
 * Dossier's settings: their shape, defaults and the one parser every context uses.
 *
 * Kept in browser.storage.local under SETTINGS_KEY, as written by the options page and the popup;
 * content scripts read them there and follow storage.onChanged. Stored data is parsed field by
 * field: a field that is missing or invalid (an older version, a hand edit, a bug) falls back to
 * its default on its own, so one bad value never resets the rest, and parsing never throws.
 *
 * Hand-written rather than a zod schema on purpose: every page loads the content script, and zod
 * (even zod/mini) would add about 32 kB to its 56 kB (see commit 888c97e, which took zod out).
 */
import { ENTITY_TYPES, type EntityType } from '../dataset/entity-types';
import { DEFAULT_COLORS, isHexColor } from './colors';
import { MAX_SITES, normalizeHost } from './sites';

export const SETTINGS_KEY = 'settings';

/**
 * How highlights look: an underline in the type's colour, a tint behind the text in it, or no
 * mark at all until the pointer rests on one or it has keyboard focus (the text stays hoverable).
 */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** Every mention of an entity, or only its first one on the page. */
export const MENTION_MODES = ['every', 'first'] as const;
export type MentionMode = (typeof MENTION_MODES)[number];

/** Annotate every site except those listed, or only the sites listed. */
export const SITE_MODES = ['everywhere-except', 'only'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

export const POPOVER_DELAY = { min: 0, max: 2000, step: 50, default: 300 } as const;

export interface SiteSettings {
  mode: SiteMode;
  /** Sites left out in `everywhere-except` mode. */
  except: string[];
  /** The sites annotated in `only` mode. Kept apart from `except`, so switching modes loses neither. */
  only: string[];
}

export interface Settings {
  style: HighlightStyle;
  /** #rrggbb per entity type. */
  colors: Record<EntityType, string>;
  mentions: MentionMode;
  /** Which entity types are annotated. */
  types: Record<EntityType, boolean>;
  sites: SiteSettings;
  /** How long the pointer rests on a highlight before its popover opens. */
  popoverDelayMs: number;
}

export function defaultSettings(): Settings {
  return {
    style: 'underline',
    colors: { ...DEFAULT_COLORS },
    mentions: 'every',
    types: Object.fromEntries(ENTITY_TYPES.map((type) => [type, true])) as Record<EntityType, boolean>,
    sites: { mode: 'everywhere-except', except: [], only: [] },
    popoverDelayMs: POPOVER_DELAY.default,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function perType<T>(value: unknown, read: (v: unknown) => T | undefined, fallback: Record<EntityType, T>): Record<EntityType, T> {
  const source = isRecord(value) ? value : {};
  return Object.fromEntries(ENTITY_TYPES.map((type) => [type, read(source[type]) ?? fallback[type]])) as Record<EntityType, T>;
}

function siteList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const entries = new Set<string>();
  for (const item of value) {
    const entry = typeof item === 'string' ? normalizeHost(item) : null;
    if (entry) entries.add(entry);
    if (entries.size >= MAX_SITES) break;
  }
  return [...entries];
}

function delay(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return POPOVER_DELAY.default;
  return Math.min(POPOVER_DELAY.max, Math.max(POPOVER_DELAY.min, Math.round(value)));
}

/** Settings from whatever was stored (or nothing): never throws; invalid fields take their default. */
export function parseSettings(raw: unknown): Settings {
  try {
    return parseFields(raw);
  } catch {
    // Only a proxy or a throwing getter gets here; storage holds plain data.
    return defaultSettings();
  }
}

function parseFields(raw: unknown): Settings {
  const d = defaultSettings();
  const o = isRecord(raw) ? raw : {};
  const sites = isRecord(o.sites) ? o.sites : {};
  return {
    style: oneOf(o.style, HIGHLIGHT_STYLES, d.style),
    colors: perType(o.colors, (v) => (isHexColor(v) ? v.toLowerCase() : undefined), d.colors),
    mentions: oneOf(o.mentions, MENTION_MODES, d.mentions),
    types: perType(o.types, (v) => (typeof v === 'boolean' ? v : undefined), d.types),
    sites: { mode: oneOf(sites.mode, SITE_MODES, d.sites.mode), except: siteList(sites.except), only: siteList(sites.only) },
    popoverDelayMs: delay(o.popoverDelayMs),
  };
}

/** The entity types annotated, or null for all of them (the common case, which needs no filter). */
export function enabledTypes(settings: Settings): Set<EntityType> | null {
  const on = ENTITY_TYPES.filter((type) => settings.types[type]);
  return on.length === ENTITY_TYPES.length ? null : new Set(on);
}
