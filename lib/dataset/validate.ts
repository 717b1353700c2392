/** Validation with readable errors: every problem with its JSON path, nothing thrown. */
import type { z } from 'zod';
import { DatasetSchema, type Dataset } from './schema';

export interface ValidationError {
  /** JSONPath-like location, e.g. `$.entities[3].aliases[0].text`. */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${acc}.${String(key)}` : `${acc}[${JSON.stringify(String(key))}]`),
    '$',
  );
}

export function toValidationErrors(error: z.ZodError): ValidationError[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

export function validateDataset(input: unknown): Validated<Dataset> {
  const result = DatasetSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toValidationErrors(result.error) };
}

/** Parses JSON text and validates it; a syntax error is reported like any other. */
export function parseDatasetJson(text: string): Validated<Dataset> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validateDataset(input);
}
