/** The published JSON Schema of the manifest (seeds/manifest.schema.json), generated from ManifestSchema. */
import { z } from 'zod';
import { ManifestSchema } from './manifest';

export const MANIFEST_SCHEMA_FILE = 'seeds/manifest.schema.json';

export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ManifestSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Dossier dataset manifest',
    description:
      'Says which version of a dataset is current and where its data file is (JSON, or JSON Lines), with the file\'s size and SHA-256 so a download is checked before it is parsed. Written by `npm run dataset -- manifest FILE`.',
  };
}

export function formatManifestJsonSchema(): string {
  return JSON.stringify(manifestJsonSchema(), null, 2) + '\n';
}
