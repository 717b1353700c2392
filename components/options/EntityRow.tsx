import type { EntityListItem } from '../../lib/messages/protocol';
import { IsolatedText } from '../IsolatedText';
import { t } from '../i18n';
import { typeLabel } from './format';

export const ROW_HEIGHT = 64;

/** The DOM id of the option at a position, for aria-activedescendant. */
export function rowId(index: number): string {
  return `entity-option-${index}`;
}

interface Props {
  index: number;
  total: number;
  item: EntityListItem | undefined;
  active: boolean;
  /** A short name of where the row came from, or null when every row comes from the same dataset. */
  origin: string | null;
  onChoose(index: number): void;
}

/** One option of the entity list: name (and the alias that matched), type, origin and summary; a placeholder while its page loads. */
export function EntityRow({ index, total, item, active, origin, onChoose }: Props) {
  const style = { top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` };
  if (!item)
    return (
      <div role="option" id={rowId(index)} class="row row-loading" style={style} aria-selected={active} aria-posinset={index + 1} aria-setsize={total}>
        <span class="muted">{t('opt_loading')}</span>
      </div>
    );
  return (
    <div
      role="option"
      id={rowId(index)}
      class={active ? 'row active' : 'row'}
      style={style}
      aria-selected={active}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-testid="entity-result"
      data-entity-id={item.id}
      data-entity-type={item.type}
      onClick={() => onChoose(index)}
    >
      <span class="row-line">
        <bdi class="row-name">{item.name}</bdi>
        {item.matched && (
          <span class="row-matched">
            {' '}
            <IsolatedText msg="opt_list_matched" values={[item.matched]} />
          </span>
        )}
        <span class="row-badges">
          <span class="type-badge">{typeLabel(item.type)}</span>
          {origin && <span class="flag">{origin}</span>}
        </span>
      </span>
      {item.summary && (
        <span class="row-summary">
          <bdi>{item.summary}</bdi>
        </span>
      )}
    </div>
  );
}
