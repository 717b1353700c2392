/** A labelled select bound to a path of the form. */
import { FieldErrors } from './FieldErrors';
import { useField } from './formContext';

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField(props: { path: string; label: string; value: string; options: readonly SelectOption[]; onChange(value: string): void; required?: boolean; class?: string }) {
  const field = useField(props.path);
  return (
    <div class={`ed-field ${props.class ?? ''}`}>
      <label for={field.id}>
        {props.label}
        {props.required && <span class="ed-required-mark" aria-hidden="true"> *</span>}
      </label>
      <select id={field.id} value={props.value} required={props.required} onChange={(e) => props.onChange(e.currentTarget.value)} {...field.aria}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors path={props.path} errors={field.errors} />
    </div>
  );
}
