/**
 * Reading a snippet export back: the Web Annotation JSON-LD file the library writes (an
 * AnnotationCollection, an AnnotationPage or a bare array of annotations). Each annotation's
 * `dossier:snippet` record is validated with SnippetSchema; every problem is reported with its
 * JSON path, and nothing is returned unless the whole file is valid.
 */
import { jsonPath, type ValidationError } from '../dataset/validate';
import { DOSSIER_PROPERTY } from './export-annotation';
import { SnippetSchema, type Snippet } from './schema';

export type SnippetFileCheck = { ok: true; snippets: Snippet[] } | { ok: false; errors: ValidationError[] };

/** Stops listing after this many problems: a wrong file would otherwise produce one per field. */
export const MAX_ERRORS = 200;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where the annotations are in the file, and the path to them. */
function locateItems(input: unknown): { items: unknown[]; path: (string | number)[] } | ValidationError {
  if (Array.isArray(input)) return { items: input, path: [] };
  if (isObject(input)) {
    if (input.type === 'AnnotationCollection') {
      const first = input.first;
      if (isObject(first) && Array.isArray(first.items)) return { items: first.items, path: ['first', 'items'] };
      return { path: '$.first.items', message: 'an AnnotationCollection needs its annotations in first.items' };
    }
    if (input.type === 'AnnotationPage' && Array.isArray(input.items)) return { items: input.items, path: ['items'] };
  }
  return { path: '$', message: 'not a Dossier snippet export: expected a Web Annotation collection or a list of annotations' };
}

/** The library's other exports are for other tools: only the JSON (Web Annotation) file comes back. */
const otherFormat = (name: string) => `this is Dossier's ${name} export, which cannot be imported: import the Web Annotation (JSON-LD) export instead`;

export function parseSnippetFile(text: string): SnippetFileCheck {
  let input: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    input = JSON.parse(body);
  } catch (e) {
    const other = /^id,quote,/.test(body) ? 'CSV' : /^#\s/.test(body) ? 'Markdown' : null;
    return { ok: false, errors: [{ path: '$', message: other ? otherFormat(other) : `not valid JSON: ${(e as Error).message}` }] };
  }
  const located = locateItems(input);
  if ('message' in located) return { ok: false, errors: [located] };
  // Not one annotation of ours: say which file it is once, rather than once per item.
  if (located.items.length && !located.items.some((item) => isObject(item) && DOSSIER_PROPERTY in item)) {
    const csl = located.items.every((item) => isObject(item) && typeof item.type === 'string' && ('title' in item || 'URL' in item));
    return { ok: false, errors: [{ path: '$', message: csl ? otherFormat('CSL-JSON') : `not a Dossier snippet export: no annotation has a "${DOSSIER_PROPERTY}" record` }] };
  }

  const errors: ValidationError[] = [];
  const snippets: Snippet[] = [];
  const seen = new Map<string, number>();
  located.items.forEach((item, i) => {
    if (errors.length >= MAX_ERRORS) return;
    const at = [...located.path, i];
    const record = isObject(item) ? item[DOSSIER_PROPERTY] : undefined;
    if (record === undefined) {
      errors.push({ path: jsonPath(at), message: `not written by Dossier: the annotation has no "${DOSSIER_PROPERTY}" record` });
      return;
    }
    const parsed = SnippetSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ path: jsonPath([...at, DOSSIER_PROPERTY, ...issue.path]), message: issue.message });
      return;
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) {
      errors.push({ path: jsonPath([...at, DOSSIER_PROPERTY, 'id']), message: `the same id as item ${earlier}` });
      return;
    }
    seen.set(parsed.data.id, i);
    snippets.push(parsed.data);
  });
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, snippets };
}

/** When the same id is already in the library: the copy changed last wins; on a tie, the library's. */
export function isNewer(incoming: Snippet, existing: Snippet): boolean {
  const time = (s: Snippet) => Date.parse(s.updatedAt ?? s.savedAt);
  return time(incoming) > time(existing);
}
