/** The error messages of one field, referenced by the field's aria-describedby. */
import { errorId } from './errors';
import { isolateQuoted } from '../quotedText';

export function FieldErrors({ path, errors }: { path: string; errors: readonly string[] }) {
  if (!errors.length) return null;
  return (
    <p class="ed-field-error" id={errorId(path)}>
      {errors.map((message, i) => (
        <span key={i}>{isolateQuoted(message)}</span>
      ))}
    </p>
  );
}
