/**
 * Choosing an entity by name: a combobox (ARIA 1.2 pattern) that searches with `entity.search`
 * as one types. Arrow keys move through the suggestions, Enter picks one, Escape closes them.
 * Typing clears the choice until a suggestion is picked, so only existing entities are chosen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../../lib/messages/client';
import type { EntityListItem } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { typeLabel } from '../format';
import type { PickedEntity } from './draft';
import { fieldId } from './errors';
import { FieldErrors } from './FieldErrors';
import { useField } from './formContext';
import './picker.css';

const LIMIT = 8;
const DEBOUNCE_MS = 150;

export interface EntityPickerProps {
  client: Client;
  path: string;
  label: string;
  value: PickedEntity;
  onChange(value: PickedEntity): void;
  /** Ids never offered (the entity being edited). */
  exclude?: readonly string[];
  required?: boolean;
  /** Clears the input after a pick (for adding to a list). */
  clearOnPick?: boolean;
}

export function EntityPicker(props: EntityPickerProps) {
  const { client, value } = props;
  const [query, setQuery] = useState(value.name);
  const [options, setOptions] = useState<EntityListItem[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const chosenId = `${fieldId(props.path)}-chosen`;
  const field = useField(props.path, value.id ? chosenId : undefined);
  const listId = `${field.id}-list`;

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (text: string) => {
    clearTimeout(timer.current);
    const ticket = ++latest.current;
    timer.current = setTimeout(() => {
      client({ type: 'entity.search', query: text, limit: LIMIT + (props.exclude?.length ?? 0), offset: 0 }).then(
        (r) => {
          if (ticket !== latest.current) return;
          setOptions(r.results.filter((e) => !props.exclude?.includes(e.id)).slice(0, LIMIT));
          setActive(-1);
          setOpen(true);
        },
        () => ticket === latest.current && setOptions([]),
      );
    }, DEBOUNCE_MS);
  };

  const pick = (item: EntityListItem) => {
    props.onChange({ id: item.id, name: item.name });
    setQuery(props.clearOnPick ? '' : item.name);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return search(query);
      const n = options.length;
      if (n) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter') {
      // Never submits the form: Enter here means "pick".
      e.preventDefault();
      const item = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (open && item) pick(item);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const expanded = open && query.trim() !== '';
  return (
    <div class="ed-field ed-picker">
      <label for={field.id}>
        {props.label}
        {props.required && <span class="ed-required-mark" aria-hidden="true"> *</span>}
      </label>
      <input
        id={field.id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setQuery(text);
          if (value.id || value.name !== text) props.onChange(props.clearOnPick ? { id: '', name: '' } : { id: '', name: text });
          if (text.trim()) search(text);
          else setOpen(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        {...field.aria}
      />
      <ul id={listId} role="listbox" class="ed-picker-options" hidden={!expanded} aria-label={props.label}>
        {expanded && options.length === 0 && (
          <li class="ed-picker-empty" role="presentation">
            {t('edit_picker_none')}
          </li>
        )}
        {expanded &&
          options.map((item, i) => (
            <li
              key={item.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'ed-active' : ''}
              // mousedown, not click: the input must not lose focus (and close the list) first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(item);
              }}
            >
              <bdi class="ed-picker-name">{item.name}</bdi> <span class="type-badge">{typeLabel(item.type)}</span>
            </li>
          ))}
      </ul>
      <span class="ed-visually-hidden" role="status">
        {expanded ? t('edit_picker_count', String(options.length)) : ''}
      </span>
      {value.id && !props.clearOnPick && (
        <p class="ed-hint" id={chosenId}>
          {t('edit_picker_chosen', value.id)}
        </p>
      )}
      <FieldErrors path={props.path} errors={field.errors} />
    </div>
  );
}
