/**
 * The style sheet that gives highlights their look from the settings: style and colour per entity
 * type. The content script adopts it into the page (see lib/page/highlight-sheet.ts); the settings
 * page renders the same text for its preview, so what it shows is what pages get.
 *
 * Only background-color and box-shadow change, as in the static entrypoints/content/highlights.css:
 * layout-neutral. `:root` makes these rules outrank the static defaults.
 */
import { ENTITY_TYPES, type EntityType } from '../dataset/entity-types';
import { rgba } from './colors';
import type { HighlightStyle, Settings } from './settings';

export const MARK_RULE = ':root mark.dossier-mark.dossier-mark';

interface Look {
  background: string;
  shadow: string;
}

function looks(style: HighlightStyle, color: string): { rest: Look; active: Look } {
  const line = `inset 0 -0.14em 0 ${color}`;
  switch (style) {
    case 'background':
      return { rest: { background: rgba(color, 0.26), shadow: 'none' }, active: { background: rgba(color, 0.42), shadow: 'none' } };
    case 'none':
      // Nothing shows until the pointer rests on it or it takes focus; it still opens on hover.
      return { rest: { background: 'transparent', shadow: 'none' }, active: { background: rgba(color, 0.16), shadow: line } };
    default:
      return { rest: { background: 'transparent', shadow: line }, active: { background: rgba(color, 0.16), shadow: line } };
  }
}

function rule(selector: string, look: Look): string {
  return `${selector}{background-color:${look.background} !important;box-shadow:${look.shadow} !important}`;
}

function typeRules(type: EntityType, settings: Settings): string {
  const { rest, active } = looks(settings.style, settings.colors[type]);
  const mark = `${MARK_RULE}[data-entity-type="${type}"]`;
  return rule(mark, rest) + rule(`${mark}:hover,${mark}:focus-visible,${mark}[data-dossier-flash]`, active);
}

export function highlightCss(settings: Settings): string {
  return ENTITY_TYPES.map((type) => typeRules(type, settings)).join('\n');
}
