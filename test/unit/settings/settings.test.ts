import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../lib/dataset/entity-types';
import { contrastRatio, DEFAULT_COLORS, weakContrast } from '../../../lib/settings/colors';
import { highlightCss } from '../../../lib/settings/highlight-css';
import { defaultSettings, enabledTypes, parseSettings } from '../../../lib/settings/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, or for anything that is not an object', () => {
    for (const raw of [undefined, null, 42, 'settings', [], true]) expect(parseSettings(raw)).toEqual(defaultSettings());
  });

  it('has sensible defaults: underline, every mention, every type, every site, 300 ms', () => {
    const d = defaultSettings();
    expect(d.style).toBe('underline');
    expect(d.mentions).toBe('every');
    expect(Object.values(d.types).every(Boolean)).toBe(true);
    expect(d.sites).toEqual({ mode: 'everywhere-except', except: [], only: [] });
    expect(d.popoverDelayMs).toBe(300);
    expect(Object.keys(d.colors).sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('keeps every valid field as stored', () => {
    const stored = {
      style: 'background',
      colors: { ...DEFAULT_COLORS, person: '#112233' },
      mentions: 'first',
      types: { ...defaultSettings().types, place: false },
      sites: { mode: 'only', except: ['a.com'], only: ['news.example.org'] },
      popoverDelayMs: 750,
    };
    expect(parseSettings(stored)).toEqual(stored);
    // What parse returns parses to itself.
    expect(parseSettings(parseSettings(stored))).toEqual(parseSettings(stored));
  });

  it('replaces each invalid field by its default on its own, keeping the rest', () => {
    const s = parseSettings({
      style: 'sparkles',
      colors: { person: 'blue', company: '#ABCDEF', media: 7 },
      mentions: 'first',
      types: { person: 'no', place: false },
      sites: { mode: 'sometimes', except: ['ok.com', 'not a host', 3, 'OK.com'], only: 'x' },
      popoverDelayMs: '500',
    });
    expect(s.style).toBe('underline');
    expect(s.colors.person).toBe(DEFAULT_COLORS.person);
    expect(s.colors.company).toBe('#abcdef');
    expect(s.colors.media).toBe(DEFAULT_COLORS.media);
    expect(s.mentions).toBe('first');
    expect(s.types.person).toBe(true);
    expect(s.types.place).toBe(false);
    expect(s.sites).toEqual({ mode: 'everywhere-except', except: ['ok.com'], only: [] });
    expect(s.popoverDelayMs).toBe(300);
  });

  it('clamps and rounds the popover delay into 0–2000 ms', () => {
    expect(parseSettings({ popoverDelayMs: -5 }).popoverDelayMs).toBe(0);
    expect(parseSettings({ popoverDelayMs: 99_999 }).popoverDelayMs).toBe(2000);
    expect(parseSettings({ popoverDelayMs: 412.6 }).popoverDelayMs).toBe(413);
    expect(parseSettings({ popoverDelayMs: Number.NaN }).popoverDelayMs).toBe(300);
    expect(parseSettings({ popoverDelayMs: Infinity }).popoverDelayMs).toBe(300);
  });

  it('never throws, whatever is stored', () => {
    const hostile = Object.create(null) as Record<string, unknown>;
    hostile.sites = { except: new Array(5000).fill('x.com'), only: [{}, null] };
    hostile.colors = [];
    expect(() => parseSettings(hostile)).not.toThrow();
    expect(parseSettings(hostile).sites.except).toEqual(['x.com']);
    const getterThrows = { get style(): string { throw new Error('no'); } };
    expect(parseSettings(getterThrows)).toEqual(defaultSettings());
  });
});

describe('enabledTypes', () => {
  it('is null while every type is on, so no filter runs', () => {
    expect(enabledTypes(defaultSettings())).toBeNull();
  });
  it('lists the types left on', () => {
    const s = defaultSettings();
    s.types.person = false;
    s.types.event = false;
    const on = enabledTypes(s)!;
    expect(on.has('person')).toBe(false);
    expect(on.has('company')).toBe(true);
    expect(on.size).toBe(ENTITY_TYPES.length - 2);
  });
});

describe('default colours', () => {
  it('have at least 4:1 contrast against white and black, so underlines show on light and dark pages', () => {
    for (const type of ENTITY_TYPES) {
      const c = DEFAULT_COLORS[type];
      expect(contrastRatio(c, '#ffffff'), `${type} on white`).toBeGreaterThanOrEqual(4);
      expect(contrastRatio(c, '#000000'), `${type} on black`).toBeGreaterThanOrEqual(4);
      expect(weakContrast(c)).toEqual({ light: false, dark: false });
    }
  });
  it('are all different', () => {
    expect(new Set(Object.values(DEFAULT_COLORS)).size).toBe(ENTITY_TYPES.length);
  });
  it('flags a colour too faint on one side', () => {
    expect(weakContrast('#ffff66')).toEqual({ light: true, dark: false });
    expect(weakContrast('#101040')).toEqual({ light: false, dark: true });
  });
});

describe('highlightCss', () => {
  it('gives each type its colour, only through background-color and box-shadow', () => {
    const s = defaultSettings();
    s.colors.person = '#123456';
    const css = highlightCss(s);
    expect(css).toContain('[data-entity-type="person"]{background-color:transparent !important;box-shadow:inset 0 -0.14em 0 #123456 !important}');
    for (const type of ENTITY_TYPES) expect(css).toContain(`[data-entity-type="${type}"]`);
    const properties = new Set([...css.matchAll(/([a-z-]+):[^;{}]+ !important/g)].map((m) => m[1]));
    expect([...properties].sort()).toEqual(['background-color', 'box-shadow']);
  });

  it('tints the background in the background style, and shows nothing at rest in the none style', () => {
    const s = defaultSettings();
    s.colors.company = '#ff0000';
    s.style = 'background';
    expect(highlightCss(s)).toContain('[data-entity-type="company"]{background-color:rgba(255, 0, 0, 0.26) !important;box-shadow:none !important}');
    s.style = 'none';
    const css = highlightCss(s);
    expect(css).toContain('[data-entity-type="company"]{background-color:transparent !important;box-shadow:none !important}');
    // Still found by pointer and keyboard.
    expect(css).toMatch(/\[data-entity-type="company"\]:hover,[^{]*:focus-visible[^{]*\{background-color:rgba\(255, 0, 0, 0.16\)/);
  });
});
