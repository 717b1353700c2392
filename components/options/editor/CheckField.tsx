/** A labelled checkbox bound to a path of the form. */
import { FieldErrors } from './FieldErrors';
import { useField } from './formContext';

export function CheckField({ path, label, checked, onChange }: { path: string; label: string; checked: boolean; onChange(checked: boolean): void }) {
  const field = useField(path);
  return (
    <div class="ed-field ed-check">
      <input type="checkbox" id={field.id} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} {...field.aria} />
      <label for={field.id}>{label}</label>
      <FieldErrors path={path} errors={field.errors} />
    </div>
  );
}
