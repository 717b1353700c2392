/**
 * The published form of a dataset: a small manifest that says which version is current and where
 * its data file is, with the file's size and SHA-256 so a download can be checked before it is
 * parsed. Maintainers write it with `npm run dataset -- manifest FILE`; extensions read it when
 * they check a subscription.
 */
import { z } from 'zod';
import { PlainText, Slug } from '../dataset/schema';

/** The data file's encodings: one JSON document, or JSON Lines for large datasets (see jsonl.ts). */
export const DATA_FORMATS = ['json', 'jsonl'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** Resolved against the manifest's URL, the data file must still be on the web (no file:, data:…). */
function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url, 'https://manifest.invalid/');
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export const ManifestSchema = z
  .object({
    $schema: z.string().optional(),
    id: Slug.describe('The dataset id, as in the data file; a subscription follows this id.'),
    name: PlainText(160).describe('The dataset name, as in the data file.'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'must be a version such as "1.2.0"')
      .describe('The version of the data file, as in the data file; a new version means a new file.'),
    publishedAt: z.iso.datetime({ offset: true }).describe('When this version was published, as in the data file.'),
    /** A newer one than the extension knows is refused before anything is downloaded. */
    schemaVersion: z.number().int().min(1).describe('The dataset format version of the data file.'),
    url: z
      .string()
      .min(1)
      .max(2048)
      .refine(isWebUrl, 'must be an http(s) URL, or a path relative to the manifest such as "dossier.jsonl"')
      .describe('The data file: a path relative to the manifest\'s own URL, or an absolute http(s) URL on the manifest\'s origin (the only site the extension may reach for a subscription).'),
    format: z.enum(DATA_FORMATS).describe('"json": one JSON document; "jsonl": JSON Lines (header line, then one entity, claim or source per line).'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits')
      .describe('Lower-case hex SHA-256 of the data file\'s bytes as served.'),
    size: z.number().int().min(1).describe('The data file\'s size in bytes.'),
    entityCount: z.number().int().min(0).describe('How many entities the data file holds.'),
  })
  .strict();

export type Manifest = z.infer<typeof ManifestSchema>;
