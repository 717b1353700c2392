/** The published JSON Schema of the dataset format, generated from the zod schemas. */
import { z } from 'zod';
import { DatasetSchema, SCHEMA_VERSION } from './schema';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    title: `Dossier dataset, schemaVersion ${SCHEMA_VERSION}`,
    description:
      'Entities, claims and sources for the Dossier browser extension. Cross-references (unique ids, claims and relations pointing at existing entities and sources) are checked by `npm run dataset -- validate` as well.',
  };
}

export function formatJsonSchema(): string {
  return JSON.stringify(datasetJsonSchema(), null, 2) + '\n';
}
