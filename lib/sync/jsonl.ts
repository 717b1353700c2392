/**
 * The JSON Lines encoding of a dataset, for large published datasets: line 1 is the header (every
 * dataset field except the three lists) with `"kind": "dataset"`; every further line is one
 * entity, claim or source with `"kind"` saying which. One object per line keeps a 100,000-entity
 * file diffable and lets errors name the line a maintainer has to open.
 *
 * Parsing collects the rows and validates the assembled dataset ONCE with DatasetSchema (the
 * same rules as a JSON file), then maps each error's path back to the line it came from.
 */
import { canonicalDataset, formatDataset } from '../dataset/canonical';
import { DatasetSchema, type Dataset } from '../dataset/schema';
import { jsonPath, parseDatasetJson, type Validated, type ValidationError } from '../dataset/validate';
import type { DataFormat } from './manifest';

export const ROW_KINDS = ['entity', 'claim', 'source'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

const LIST_OF: Record<RowKind, 'entities' | 'claims' | 'sources'> = { entity: 'entities', claim: 'claims', source: 'sources' };

/** Where each row of the assembled dataset came from, to name lines in error messages. */
interface LineMap {
  entities: number[];
  claims: number[];
  sources: number[];
}

const BOM = '\uFEFF';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineError(line: number, path: readonly PropertyKey[], message: string): ValidationError {
  return { path: `line ${line}: ${jsonPath(path)}`, message };
}

/** The lines of the text without their ends; trailing blank lines dropped (an editor may add them). */
function splitLines(text: string): string[] {
  const lines = (text.startsWith(BOM) ? text.slice(1) : text).split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

/** Turns a DatasetSchema error path into `line N: $.rest` for the line the value was on. */
function locate(path: readonly PropertyKey[], message: string, lines: LineMap): ValidationError {
  const [head, index, ...rest] = path;
  if ((head === 'entities' || head === 'claims' || head === 'sources') && typeof index === 'number') {
    const line = lines[head][index];
    if (line !== undefined) return lineError(line, rest, message);
  }
  return lineError(1, path, message);
}

/**
 * Parses and validates a JSON Lines dataset. Every problem comes back with the line it is on and
 * the JSON path inside that line's object; nothing is thrown. Blank lines may trail the file; a
 * last line cut short (a truncated download) is an error.
 */
export function parseDatasetJsonl(text: string): Validated<Dataset> {
  const lines = splitLines(text);
  if (lines.length === 0) return { ok: false, errors: [lineError(1, [], 'the file is empty; line 1 must be the dataset header with "kind": "dataset"')] };
  // A complete file ends with a line break (perhaps followed by blank lines); a cut one need not.
  const endsCleanly = text.slice(text.trimEnd().length).includes('\n');
  const errors: ValidationError[] = [];
  let header: Record<string, unknown> = {};
  const lists = { entities: [] as unknown[], claims: [] as unknown[], sources: [] as unknown[] };
  const lineMap: LineMap = { entities: [], claims: [], sources: [] };

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') {
      errors.push(lineError(line, [], 'blank line inside the file; every line must hold one JSON object'));
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      const truncated = i === lines.length - 1 && !endsCleanly;
      errors.push(lineError(line, [], truncated ? 'truncated: the file ends in the middle of this line' : `not valid JSON: ${(e as Error).message}`));
      return;
    }
    if (!isObject(value)) {
      errors.push(lineError(line, [], 'must be a JSON object'));
      return;
    }
    const { kind, ...fields } = value;
    if (line === 1) {
      if (kind !== 'dataset') {
        errors.push(lineError(line, ['kind'], 'line 1 must be the dataset header, with "kind": "dataset"'));
        return;
      }
      for (const key of Object.values(LIST_OF))
        if (key in fields) errors.push(lineError(line, [key], `${key} go on lines of their own, not in the header`));
      // Kept as parsed (not assigned key by key): a "__proto__" key stays a key, and zod refuses it.
      header = fields;
      return;
    }
    if (kind === 'dataset') {
      errors.push(lineError(line, ['kind'], 'only line 1 may be the dataset header'));
      return;
    }
    if (typeof kind !== 'string' || !(ROW_KINDS as readonly string[]).includes(kind)) {
      errors.push(lineError(line, ['kind'], 'must be "entity", "claim" or "source"'));
      return;
    }
    const list = LIST_OF[kind as RowKind];
    lists[list].push(fields);
    lineMap[list].push(line);
  });
  // Rows after a broken line would give misleading errors (a claim's entity "missing" because its
  // line did not parse): report the broken lines alone.
  if (errors.length > 0) return { ok: false, errors };

  const result = DatasetSchema.safeParse({ ...header, ...lists });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => locate(issue.path, issue.message, lineMap)) };
}

/** Writes a dataset as JSON Lines: header, then entities, sources and claims, one per line. */
export function toDatasetJsonl(dataset: Dataset): string {
  const { entities, claims, sources, ...header } = dataset;
  const out: string[] = [JSON.stringify({ kind: 'dataset', ...header })];
  for (const entity of entities) out.push(JSON.stringify({ kind: 'entity', ...entity }));
  for (const source of sources) out.push(JSON.stringify({ kind: 'source', ...source }));
  for (const claim of claims) out.push(JSON.stringify({ kind: 'claim', ...claim }));
  return out.join('\n') + '\n';
}

/**
 * Which encoding a data file uses: JSON Lines when its first line is a dataset header on its
 * own, JSON otherwise (a pretty-printed JSON file's first line is a lone "{").
 */
export function detectDataFormat(text: string): DataFormat {
  const start = text.startsWith(BOM) ? 1 : 0;
  const end = text.indexOf('\n', start);
  const first = text.slice(start, end === -1 ? undefined : end);
  // The cheap test first, so a one-line JSON file is not parsed twice.
  if (!/"kind"\s*:\s*"dataset"/.test(first)) return 'json';
  try {
    const value: unknown = JSON.parse(first);
    return isObject(value) && value.kind === 'dataset' ? 'jsonl' : 'json';
  } catch {
    return 'json';
  }
}

/** Parses a data file in the given encoding, or the detected one for 'auto'. */
export function parseDatasetText(text: string, format: DataFormat | 'auto'): Validated<Dataset> {
  const chosen = format === 'auto' ? detectDataFormat(text) : format;
  if (chosen === 'jsonl') return parseDatasetJsonl(text);
  return parseDatasetJson(text.startsWith(BOM) ? text.slice(1) : text);
}

/** A dataset file's text in canonical order (lists sorted by id), in either encoding. */
export function formatDatasetAs(dataset: Dataset, format: DataFormat): string {
  return format === 'jsonl' ? toDatasetJsonl(canonicalDataset(dataset)) : formatDataset(dataset);
}
