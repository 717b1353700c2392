/**
 * `npm run check:dataset [FILE...]`: validates dataset files (default: every seeds/*.json that is a
 * dataset) and checks they are in canonical form. `--fix` rewrites them in canonical form.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDataset } from '../dataset/canonical';
import { parseDatasetJson } from '../dataset/validate';

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const files = args.filter((a) => a !== '--fix');
if (files.length === 0)
  files.push(...readdirSync('seeds').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => join('seeds', f)));

let failed = false;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const result = parseDatasetJson(text);
  if (!result.ok) {
    failed = true;
    for (const e of result.errors) console.error(`${file}: ${e.path}: ${e.message}`);
    continue;
  }
  const canonical = formatDataset(result.value);
  if (canonical !== text) {
    if (fix) writeFileSync(file, canonical);
    else {
      failed = true;
      console.error(`${file}: not in canonical form (run: npm run check:dataset -- --fix ${file})`);
      continue;
    }
  }
  const d = result.value;
  console.log(`${file}: valid — ${d.entities.length} entities, ${d.claims.length} claims, ${d.sources.length} sources`);
}
process.exit(failed ? 1 : 0);
