/** The bundled seed dataset is checked like code: valid, canonical, complete and quotable. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataset } from '../../../lib/dataset/canonical';
import { formatJsonSchema } from '../../../lib/dataset/json-schema';
import type { Dataset } from '../../../lib/dataset/schema';
import { parseDatasetJson } from '../../../lib/dataset/validate';
import { termKey } from '../../../lib/match/lexicon';

const files = readdirSync('seeds').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const QUOTE_CHECKER = join('..', 'shared', 'tools', 'check-seed-quotes.mjs');

const REQUIRED_IDS = [
  'volodymyr-zelensky', 'dmytro-kuleba', 'andriy-yermak', 'rustem-umerov', 'oleksii-reznikov', 'lloyd-austin', 'joe-biden',
  'emmanuel-macron', 'vladimir-putin', 'ukroboronprom', 'rheinmetall', 'nato', 'european-union', 'kyiv',
];

describe('npm run check:dataset', () => {
  it('passes on the seeds as shipped (the command maintainers run)', () => {
    const out = execFileSync(join('node_modules', '.bin', 'tsx'), [join('lib', 'cli', 'check-dataset.ts')], { encoding: 'utf8' });
    expect(out).toMatch(/seeds\/dossier-seed\.json: valid — \d+ entities, \d+ claims, 5 sources/);
  });
});

describe('seeds/dataset.schema.json', () => {
  it('is generated from the zod schemas (run `npm run schema` after changing them)', () => {
    expect(readFileSync('seeds/dataset.schema.json', 'utf8')).toBe(formatJsonSchema());
  });
});

describe.each(files)('seeds/%s', (file) => {
  const text = readFileSync(join('seeds', file), 'utf8');
  const parsed = parseDatasetJson(text);
  const data = (parsed.ok ? parsed.value : undefined) as Dataset;

  it('is a valid dataset: ids unique, no dangling references', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('is in canonical form (npm run check:dataset -- --fix)', () => {
    expect(text).toBe(formatDataset(data));
  });

  it('has the entities integrations rely on, and enough of everything', () => {
    const ids = new Set(data.entities.map((e) => e.id));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
    expect(data.entities.length).toBeGreaterThanOrEqual(35);
    expect(data.claims.length).toBeGreaterThanOrEqual(60);
    expect(data.sources.length).toBe(5);
    for (const source of data.sources) expect(data.claims.filter((c) => c.sourceId === source.id).length, source.id).toBeGreaterThanOrEqual(3);
    for (const entity of data.entities) expect(entity.summary, entity.id).toBeTruthy();
  });

  it('gives no name to two entities, unless both wait for context', () => {
    const owners = new Map<string, { entity: string; gated: boolean }[]>();
    for (const e of data.entities)
      for (const t of [{ text: e.name }, ...e.aliases]) {
        const key = termKey(t.text, 'caseSensitive' in t && !!t.caseSensitive).toLowerCase();
        owners.set(key, [...(owners.get(key) ?? []), { entity: e.id, gated: 'needsContext' in t && !!t.needsContext }]);
      }
    const clashes = [...owners].filter(([, list]) => new Set(list.map((o) => o.entity)).size > 1 && list.some((o) => !o.gated));
    expect(clashes.map(([key]) => key)).toEqual([]);
  });

  it.runIf(existsSync(QUOTE_CHECKER))('quotes every claim verbatim from the seed documents', () => {
    const out = execFileSync('node', [QUOTE_CHECKER, join('seeds', file)], { encoding: 'utf8' });
    expect(out).toMatch(/5 of 5 seed documents cited/);
  });
});
