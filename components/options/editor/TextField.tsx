/** A labelled text input or textarea bound to a path of the form, with an optional hint and its errors. */
import type { ComponentChildren } from 'preact';
import { FieldErrors } from './FieldErrors';
import { fieldId } from './errors';
import { useField } from './formContext';

export interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  onInput(value: string): void;
  multiline?: boolean;
  rows?: number;
  hint?: ComponentChildren;
  required?: boolean;
  readOnly?: boolean;
  type?: 'text' | 'url';
  lang?: string;
  spellcheck?: boolean;
  autoComplete?: string;
  /** Extra class for the wrapper, e.g. a width. */
  class?: string;
  /** Shown after the control, e.g. a character counter; give it `id` and list it in describedBy. */
  after?: ComponentChildren;
  describedBy?: string;
  placeholder?: string;
  onBlur?(): void;
}

export function TextField(props: TextFieldProps) {
  const hintId = props.hint ? `${fieldId(props.path)}-hint` : undefined;
  const field = useField(props.path, [hintId, props.describedBy].filter(Boolean).join(' ') || undefined);
  const common = {
    id: field.id,
    value: props.value,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onBlur: props.onBlur,
    required: props.required,
    readOnly: props.readOnly,
    lang: props.lang,
    spellcheck: props.spellcheck,
    autocomplete: props.autoComplete ?? 'off',
    placeholder: props.placeholder,
    ...field.aria,
  };
  return (
    <div class={`ed-field ${props.class ?? ''}`}>
      <label for={field.id}>
        {props.label}
        {props.required && <span class="ed-required-mark" aria-hidden="true"> *</span>}
      </label>
      {props.multiline ? <textarea {...common} rows={props.rows ?? 3} /> : <input {...common} type={props.type ?? 'text'} />}
      {props.hint && (
        <p class="ed-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.after}
      <FieldErrors path={props.path} errors={field.errors} />
    </div>
  );
}
