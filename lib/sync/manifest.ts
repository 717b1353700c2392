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

export const ManifestSchema = z
  .object({
    $schema: z.string().optional(),
    id: Slug,
    name: PlainText(160),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as "1.2.0"'),
    publishedAt: z.iso.datetime({ offset: true }),
    /** The dataset schema version of the data file; a newer one than the extension knows is refused. */
    schemaVersion: z.number().int().min(1),
    /** The data file, absolute or relative to the manifest's own URL. */
    url: z.string().min(1).max(2048),
    format: z.enum(DATA_FORMATS),
    /** Lower-case hex SHA-256 of the data file's bytes. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
    /** The data file's size in bytes. */
    size: z.number().int().min(1),
    entityCount: z.number().int().min(0),
  })
  .strict();

export type Manifest = z.infer<typeof ManifestSchema>;
