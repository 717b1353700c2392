/** Entity type names in the UI language: "Person" for one, "People" for a heading over several. */
import type { EntityType } from '../lib/dataset/entity-types';
import { t } from './i18n';

function key(type: EntityType): string {
  return `type_${type.replace(/-/g, '_')}`;
}

export function typeLabel(type: EntityType): string {
  return t(key(type));
}

export function typePluralLabel(type: EntityType): string {
  return t(`${key(type)}_plural`);
}
