/**
 * Validation errors in the editor: where they show (a path's control id) and what they say (in the
 * UI language). Errors come from zod in the page and from the background, both as English
 * messages at JSON paths; the known ones are recognised by path and wording and translated, and
 * anything else is shown as it came.
 */
import type { ValidationError } from '../../../lib/dataset/validate';
import { t } from '../../i18n';

/** path → messages, in the UI language. */
export type ErrorMap = ReadonlyMap<string, readonly string[]>;

const TOKEN = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;

function segments(path: string): (string | number)[] {
  return [...path.slice(1).matchAll(TOKEN)].map((m) => (m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(`"${m[3]}"`))) as string | number);
}

/** The DOM id of the control for a path: `$.aliases[1].text` → `edit-aliases-1-text`. */
export function fieldId(path: string): string {
  return ['edit', ...segments(path)].join('-');
}

/** The id of the element holding a path's error messages (for `aria-describedby`). */
export const errorId = (path: string) => `${fieldId(path)}-error`;

/** The value at a path of `root`, or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  let v = root;
  for (const s of segments(path)) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

/** Errors of an object moved under `prefix`: a claim's `$.quote` → `$.claims[2].quote`. */
export function under(prefix: string, errors: readonly ValidationError[]): ValidationError[] {
  return errors.map((e) => ({ path: prefix + e.path.slice(1), message: e.message }));
}

/** A validation error of `root` (the object validated) in the UI language. */
export function localize(error: ValidationError, root: unknown): string {
  const { path, message } = error;
  const last = segments(path).at(-1);
  const value = valueAt(root, path);
  const reference = last === 'organizationId' || typeof last === 'number' || /\.related\[\d+\]\.id$/.test(path);
  // An empty required field breaks several rules (too short, wrong format); it is told once, as missing.
  if (value === '') return reference ? t('edit_err_pick_entity') : last === 'sourceId' ? t('edit_err_pick_source') : last === 'type' ? t('edit_err_type') : t('edit_err_required');
  let m: RegExpExecArray | null;
  if ((m = /^must be at most (\d+) characters/.exec(message))) return t('edit_err_too_long', m[1]!);
  if ((m = /^Too big: expected array to have <=\s*(\d+)/.exec(message))) return t('edit_err_too_many', m[1]!);
  if (/non-empty plain text/.test(message)) return t('edit_err_plain_text');
  if (/kebab-case slug/.test(message)) return t('edit_err_slug');
  if (/YYYY/.test(message)) return t('edit_err_date');
  if (/https:\/\//.test(message)) return t('edit_err_url');
  if (/ISO 3166/.test(message)) return t('edit_err_country');
  if (last === 'lang') return t('edit_err_lang');
  if (path === '$.type') return t('edit_err_type');
  if (/^duplicate alias/.test(message)) return t('edit_err_duplicate_alias');
  if (/related to itself/.test(message)) return t('edit_err_self_related');
  if (/already listed/.test(message)) return t('edit_err_listed_twice');
  if (/^refers to entity/.test(message)) return t('edit_err_missing_entity');
  if (/^refers to source/.test(message)) return t('edit_err_missing_source');
  if (/already taken/.test(message)) return t('edit_err_id_taken');
  if (/ids cannot be changed/.test(message)) return t('edit_err_id_unknown');
  return message;
}

/** Every error of `root` in the UI language, at the same paths; one rule broken twice (an empty id fails two) is said once. */
export function localizeAll(errors: readonly ValidationError[], root: unknown): ValidationError[] {
  const seen = new Set<string>();
  return errors
    .map((e) => ({ path: e.path, message: localize(e, root) }))
    .filter((e) => !seen.has(`${e.path}\n${e.message}`) && !!seen.add(`${e.path}\n${e.message}`));
}

/** Why a source could not be deleted, in the UI language: the background's refusal while claims cite it is recognised by its wording. */
export function sourceDeleteMessage(message: string): string {
  const m = /is cited by (\d+) claim/.exec(message);
  return m ? t('edit_src_delete_cited', m[1]!) : t('edit_src_delete_failed', message);
}

/** Errors grouped by path, each message once. */
export function toErrorMap(errors: readonly ValidationError[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { path, message } of errors) {
    const list = map.get(path) ?? [];
    if (!list.includes(message)) list.push(message);
    map.set(path, list);
  }
  return map;
}
