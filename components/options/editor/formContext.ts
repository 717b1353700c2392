/** The errors of the form being edited, for its fields to show beside themselves. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { errorId, fieldId, type ErrorMap } from './errors';

export const FormErrors = createContext<ErrorMap>(new Map());

export interface FieldA11y {
  id: string;
  errors: readonly string[];
  /** Props for the control: aria-invalid and aria-describedby (hint, then errors). */
  aria: { 'aria-invalid'?: 'true'; 'aria-describedby'?: string };
}

/** The control id, errors and ARIA props of the field at `path`; `hintId` is described first. */
export function useField(path: string, hintId?: string): FieldA11y {
  const errors = useContext(FormErrors).get(path) ?? [];
  const describedBy = [hintId, errors.length ? errorId(path) : undefined].filter(Boolean).join(' ');
  return {
    id: fieldId(path),
    errors,
    aria: { ...(errors.length ? { 'aria-invalid': 'true' as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) },
  };
}
