/**
 * A sample sentence highlighted exactly as pages will be: the same generated style sheet, the
 * same mark attributes; types switched off and, with "first mention only", repeats stay plain.
 */
import { useMemo } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../../lib/dataset/entity-types';
import { highlightCss } from '../../../lib/settings/highlight-css';
import type { Settings } from '../../../lib/settings/settings';
import { t } from '../../i18n';

/** "[type:text]" marks a name in the translated sample sentence. */
const NAME = /\[([a-z-]+):([^\]]+)\]/g;

export function HighlightPreview({ settings }: { settings: Settings }) {
  const css = useMemo(() => highlightCss(settings), [settings]);
  const sentence = t('set_preview_text');
  const parts: (string | { type: EntityType; text: string; key: number })[] = [];
  const seen = new Set<string>();
  let last = 0;
  for (const match of sentence.matchAll(NAME)) {
    parts.push(sentence.slice(last, match.index));
    const type = match[1] as EntityType;
    const text = match[2]!;
    const shown = ENTITY_TYPES.includes(type) && settings.types[type] && !(settings.mentions === 'first' && seen.has(text));
    seen.add(text);
    parts.push(shown ? { type, text, key: match.index } : text);
    last = match.index + match[0].length;
  }
  parts.push(sentence.slice(last));
  return (
    <section class="set-preview" aria-labelledby="set-preview-title" data-testid="settings-preview">
      <h3 id="set-preview-title">{t('set_preview')}</h3>
      <style>{css}</style>
      <p class="set-preview-text">
        {parts.map((part) =>
          typeof part === 'string' ? (
            part
          ) : (
            <mark key={part.key} class="dossier-mark" data-entity-id="preview" data-entity-type={part.type}>
              {part.text}
            </mark>
          ),
        )}
      </p>
      <p class="set-hint">{t('set_preview_hint')}</p>
    </section>
  );
}
