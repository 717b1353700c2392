/** `npm run schema`: writes seeds/dataset.schema.json from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { formatJsonSchema } from '../dataset/json-schema';

const file = 'seeds/dataset.schema.json';
writeFileSync(file, formatJsonSchema());
console.log(`wrote ${file}`);
