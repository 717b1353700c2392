/** The JSON Lines encoding: round trips, and every error naming the line it is on. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { parseDatasetJson } from '../../../lib/dataset/validate';
import { detectDataFormat, formatDatasetAs, parseDatasetJsonl, parseDatasetText, toDatasetJsonl } from '../../../lib/sync/jsonl';

const seedText = readFileSync('seeds/dossier-seed.json', 'utf8');
const seed = (parseDatasetJson(seedText) as { ok: true; value: Dataset }).value;
const volyn = (parseDatasetJson(readFileSync('test/fixtures/datasets/volyn-armour.json', 'utf8')) as { ok: true; value: Dataset }).value;

/** The volyn fixture as JSONL lines: 1 header, 2 entity, 3 source, 4 claim. */
const volynLines = () => toDatasetJsonl(volyn).trimEnd().split('\n');
const parseLines = (lines: string[]) => parseDatasetJsonl(lines.join('\n') + '\n');
const errorsOf = (result: ReturnType<typeof parseDatasetJsonl>) => (result.ok ? [] : result.errors);

describe('toDatasetJsonl', () => {
  it('writes the header on line 1 and one entity, source or claim per line', () => {
    const lines = volynLines();
    expect(lines).toHaveLength(4);
    const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r.kind)).toEqual(['dataset', 'entity', 'source', 'claim']);
    expect(rows[0]).toEqual({ kind: 'dataset', schemaVersion: 1, id: 'volyn-armour', name: 'Volyn Armour Works', version: '1.0.0', publishedAt: '2026-11-20T09:00:00Z', description: volyn.description });
    expect(rows[1]).toEqual({ kind: 'entity', ...volyn.entities[0] });
    expect(toDatasetJsonl(volyn).endsWith('}\n')).toBe(true);
  });

  it('round-trips the seed dataset exactly', () => {
    const back = parseDatasetJsonl(toDatasetJsonl(seed));
    expect(back).toEqual({ ok: true, value: seed });
  });

  it('formatDatasetAs gives canonical JSON or canonical JSONL', () => {
    expect(formatDatasetAs(seed, 'json')).toBe(seedText);
    const shuffled = { ...seed, entities: [...seed.entities].reverse() };
    expect(formatDatasetAs(shuffled, 'jsonl')).toBe(toDatasetJsonl(seed));
  });
});

describe('parseDatasetJsonl', () => {
  it('accepts blank trailing lines, CRLF line ends, a byte order mark and a missing final newline', () => {
    const text = volynLines().join('\r\n');
    expect(parseDatasetJsonl('\uFEFF' + text + '\r\n\r\n  \n').ok).toBe(true);
    expect(parseDatasetJsonl(text)).toEqual({ ok: true, value: volyn });
  });

  it('names the line and the path inside it for a schema error', () => {
    const lines = volynLines();
    const entity = JSON.parse(lines[1]!);
    entity.aliases[0].text = ' padded ';
    lines[1] = JSON.stringify(entity);
    expect(errorsOf(parseLines(lines))).toEqual([
      { path: 'line 2: $.aliases[0].text', message: 'must be non-empty plain text without control characters or surrounding spaces' },
    ]);
  });

  it('names line 1 for header errors', () => {
    const lines = volynLines();
    lines[0] = lines[0]!.replace('"1.0.0"', '"1.0"');
    expect(errorsOf(parseLines(lines))).toEqual([{ path: 'line 1: $.version', message: 'must be a version such as "1.2.0"' }]);
  });

  it('reports a line that is not JSON', () => {
    const lines = volynLines();
    lines.splice(2, 0, '{"kind": "entity", oops}');
    const errors = errorsOf(parseLines(lines));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('line 3: $');
    expect(errors[0]!.message).toMatch(/^not valid JSON: /);
  });

  it('reports a truncated last line (a download cut short)', () => {
    const text = toDatasetJsonl(seed);
    const cut = text.slice(0, text.length - 40);
    const lineCount = cut.split('\n').length;
    expect(errorsOf(parseDatasetJsonl(cut))).toEqual([{ path: `line ${lineCount}: $`, message: 'truncated: the file ends in the middle of this line' }]);
  });

  it('reports duplicate ids on the line of the second one', () => {
    const lines = volynLines();
    lines.push(lines[1]!);
    expect(errorsOf(parseLines(lines))).toEqual([{ path: 'line 5: $.id', message: 'duplicate entity id "volyn-armour-works"' }]);
  });

  it('reports a claim about an entity that does not exist', () => {
    const lines = volynLines();
    const claim = JSON.parse(lines[3]!);
    claim.entities.push('nobody-at-all');
    lines[3] = JSON.stringify(claim);
    expect(errorsOf(parseLines(lines))).toEqual([{ path: 'line 4: $.entities[1]', message: 'refers to entity "nobody-at-all", which is not in the dataset' }]);
  });

  it('reports a missing header, a second header, an unknown kind, a non-object and a blank line inside', () => {
    const lines = volynLines();
    const header = lines[0]!;
    expect(errorsOf(parseLines(lines.slice(1)))[0]).toEqual({ path: 'line 1: $.kind', message: 'line 1 must be the dataset header, with "kind": "dataset"' });
    expect(errorsOf(parseLines([...lines, header]))).toEqual([{ path: 'line 5: $.kind', message: 'only line 1 may be the dataset header' }]);
    expect(errorsOf(parseLines([...lines, '{"kind":"person","id":"x"}']))).toEqual([{ path: 'line 5: $.kind', message: 'must be "entity", "claim" or "source"' }]);
    expect(errorsOf(parseLines([...lines, '[1,2]']))).toEqual([{ path: 'line 5: $', message: 'must be a JSON object' }]);
    expect(errorsOf(parseLines([lines[0]!, '', ...lines.slice(1)]))).toEqual([
      { path: 'line 2: $', message: 'blank line inside the file; every line must hold one JSON object' },
    ]);
  });

  it('refuses lists inside the header', () => {
    const header = JSON.parse(volynLines()[0]!);
    expect(errorsOf(parseLines([JSON.stringify({ ...header, entities: [] })]))).toEqual([
      { path: 'line 1: $.entities', message: 'entities go on lines of their own, not in the header' },
    ]);
  });

  it('reports an empty file and a newer schemaVersion', () => {
    expect(errorsOf(parseDatasetJsonl('\n\n'))[0]!.path).toBe('line 1: $');
    const lines = volynLines();
    lines[0] = lines[0]!.replace('"schemaVersion":1', '"schemaVersion":2');
    expect(errorsOf(parseLines(lines))[0]).toMatchObject({ path: 'line 1: $.schemaVersion' });
  });

  it('reports every error of a file, each on its own line', () => {
    const lines = volynLines();
    lines[1] = lines[1]!.replace('"type":"company"', '"type":"firm"');
    lines[2] = lines[2]!.replace('"title":"A plant in Volyn repairs armour"', '"title":""');
    expect(errorsOf(parseLines(lines)).map((e) => e.path)).toEqual(['line 2: $.type', 'line 3: $.title']);
  });
});

describe('parseDatasetText', () => {
  const jsonl = toDatasetJsonl(volyn);
  const pretty = JSON.stringify(volyn, null, 2);
  const oneLine = JSON.stringify(volyn);

  it('detects the encoding', () => {
    expect(detectDataFormat(jsonl)).toBe('jsonl');
    expect(detectDataFormat(pretty)).toBe('json');
    expect(detectDataFormat(oneLine)).toBe('json');
    expect(detectDataFormat('not data at all')).toBe('json');
  });

  it('parses either encoding to the same dataset', () => {
    for (const [text, format] of [[jsonl, 'auto'], [pretty, 'auto'], [oneLine, 'auto'], [jsonl, 'jsonl'], [pretty, 'json']] as const)
      expect(parseDatasetText(text, format)).toEqual({ ok: true, value: volyn });
  });

  it('reports JSON syntax errors of a JSON file at $', () => {
    const result = parseDatasetText(pretty.slice(0, -10), 'auto');
    expect(result.ok).toBe(false);
    expect(errorsOf(result)[0]!.path).toBe('$');
    expect(errorsOf(parseDatasetText(jsonl, 'json'))[0]!.message).toMatch(/^not valid JSON/);
  });
});
