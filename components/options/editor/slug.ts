/** The id suggested for a new entity: a kebab-case slug of its name, Cyrillic romanised. */
import { romanise } from '../../../lib/synthetic/translit';

/** "Dmytro Kuleba" → "dmytro-kuleba", "Дмитро Кулеба" → "dmytro-kuleba", "Škoda Auto" → "skoda-auto". */
export function slugify(text: string, max = 120): string {
  return romanise(text, 'uk-official')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}
