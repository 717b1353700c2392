/** A large, cheap, deterministic set of entities for the index tests (the real generator is too slow for 100,000). */
import { ENTITY_TYPES } from '../../../lib/dataset/entity-types';
import type { IndexEntity } from '../../../lib/search/entity-index';

const FIRST = [
  ['Olena', 'Олена'], ['Taras', 'Тарас'], ['Iryna', 'Ірина'], ['Bohdan', 'Богдан'], ['Yuliia', 'Юлія'], ['Andriy', 'Андрій'],
  ['Kateryna', 'Катерина'], ['Serhiy', 'Сергій'], ['Oksana', 'Оксана'], ['Mykola', 'Микола'], ['Halyna', 'Галина'], ['Yevhen', 'Євген'],
  ['Ihor', 'Ігор'], ['Nadiia', 'Надія'], ['Petro', 'Петро'], ['Zoriana', 'Зоряна'], ['Anna', 'Анна'], ['Jürgen', 'Юрґен'],
  ['Élodie', 'Елоді'], ['Søren', 'Сьорен'],
] as const;
const STEMS = ['Koval', 'Shevch', 'Bondar', 'Tkach', 'Kravch', 'Oliyn', 'Lysen', 'Moroz', 'Savch', 'Rudn', 'Marchen', 'Hnat', 'Polish', 'Zaich', 'Levch'];
const STEMS_UK = ['Ковал', 'Шевч', 'Бондар', 'Ткач', 'Кравч', 'Олійн', 'Лисен', 'Мороз', 'Савч', 'Рудн', 'Марчен', 'Гнат', 'Поліщ', 'Заїч', 'Левч'];
const ENDINGS = ['enko', 'uk', 'yshyn', 'ets', 'ovych', 'iak', 'ko', 'ii', 'an', 'ynskyi'];
const ENDINGS_UK = ['енко', 'ук', 'ишин', 'ець', 'ович', 'як', 'ко', 'ій', 'ан', 'инський'];

/** `count` entities; entity i has a name made from i's digits in three mixed bases, so names repeat rarely. */
export function syntheticEntities(count: number): IndexEntity[] {
  const out: IndexEntity[] = [];
  for (let i = 0; i < count; i++) {
    const [first, firstUk] = FIRST[i % FIRST.length]!;
    const s = Math.floor(i / FIRST.length) % STEMS.length;
    const e = Math.floor(i / (FIRST.length * STEMS.length)) % ENDINGS.length;
    const n = Math.floor(i / (FIRST.length * STEMS.length * ENDINGS.length));
    const last = `${STEMS[s]}${ENDINGS[e]}`;
    const lastUk = `${STEMS_UK[s]}${ENDINGS_UK[e]}`;
    const suffix = n ? ` ${n}` : '';
    out.push({
      id: `synthetic-${i}`,
      name: `${first} ${last}${suffix}`,
      aliases: [`${firstUk} ${lastUk}${suffix}`, `${last}${suffix}`],
      type: ENTITY_TYPES[i % 4]!,
      datasetId: i % 10 === 0 ? 'user' : `set-${i % 3}`,
    });
  }
  return out;
}
