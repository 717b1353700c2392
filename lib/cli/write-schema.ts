/** `npm run schema`: writes the published JSON Schemas (dataset and manifest) from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { formatJsonSchema } from '../dataset/json-schema';
import { formatManifestJsonSchema, MANIFEST_SCHEMA_FILE } from '../sync/manifest-json-schema';

const files: [string, string][] = [
  ['seeds/dataset.schema.json', formatJsonSchema()],
  [MANIFEST_SCHEMA_FILE, formatManifestJsonSchema()],
];
for (const [file, text] of files) {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
