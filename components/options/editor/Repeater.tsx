/**
 * An editable list of rows (aliases, roles, links…): add, remove and move up or down, by keyboard
 * too. Focus follows the action: into a new row, onto a moved row's button, onto "Add" after a
 * removal. Rows are keyed, so `render` gets each row's index for its paths.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';
import { FieldErrors } from './FieldErrors';
import { fieldId } from './errors';
import { useField } from './formContext';

export interface RepeaterProps<T extends { key: number }> {
  /** Path of the list, e.g. `$.aliases`. */
  path: string;
  legend: string;
  items: readonly T[];
  onChange(items: T[]): void;
  create(): T;
  addLabel: string;
  /** "Alias 2": names a row for screen readers and its buttons. */
  itemLabel(index: number): string;
  render(item: T, index: number, update: (patch: Partial<T>) => void): ComponentChildren;
  /** Shown when there are no rows. */
  empty?: string;
}

/** Focuses an element by id once the next render is on screen. */
function focusSoon(id: string, fallbackId?: string) {
  setTimeout(() => (document.getElementById(id) ?? (fallbackId ? document.getElementById(fallbackId) : null))?.focus(), 0);
}

export function Repeater<T extends { key: number }>(props: RepeaterProps<T>) {
  const { items, onChange } = props;
  const list = useField(props.path);
  const addId = `${fieldId(props.path)}-add`;
  const set = (next: T[]) => onChange(next);

  const move = (index: number, delta: -1 | 1) => {
    const to = index + delta;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item!);
    set(next);
    const key = item!.key;
    // At the top or bottom the button pressed is disabled; the other one takes focus.
    const edge = to === 0 || to === items.length - 1;
    focusSoon(edge ? `row-${key}-${delta < 0 ? 'down' : 'up'}` : `row-${key}-${delta < 0 ? 'up' : 'down'}`);
  };

  return (
    <fieldset class="ed-repeater" id={list.id} tabIndex={-1} {...list.aria}>
      <legend>{props.legend}</legend>
      <FieldErrors path={props.path} errors={list.errors} />
      {items.length === 0 && props.empty && <p class="muted ed-empty">{props.empty}</p>}
      {items.length > 0 && (
        <ol class="ed-rows">
          {items.map((item, i) => (
            <li key={item.key} class="ed-row" data-row-key={item.key} role="group" aria-label={props.itemLabel(i)}>
              <div class="ed-row-fields">{props.render(item, i, (patch) => set(items.map((x) => (x.key === item.key ? { ...x, ...patch } : x))))}</div>
              <div class="ed-row-tools">
                <button type="button" class="ed-icon-button" id={`row-${item.key}-up`} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('edit_move_up', props.itemLabel(i))} title={t('edit_move_up', props.itemLabel(i))}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  class="ed-icon-button"
                  id={`row-${item.key}-down`}
                  disabled={i === items.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={t('edit_move_down', props.itemLabel(i))}
                  title={t('edit_move_down', props.itemLabel(i))}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  class="ed-text-button ed-danger-text"
                  onClick={() => {
                    set(items.filter((x) => x.key !== item.key));
                    focusSoon(addId);
                  }}
                  aria-label={t('edit_remove_item', props.itemLabel(i))}
                >
                  {t('edit_remove')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        class="ed-secondary"
        id={addId}
        onClick={() => {
          const row = props.create();
          set([...items, row]);
          setTimeout(() => document.querySelector<HTMLElement>(`[data-row-key="${row.key}"] :is(input, select, textarea)`)?.focus(), 0);
        }}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
