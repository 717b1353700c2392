/**
 * Writing the manifest for a data file: what `npm run dataset -- manifest FILE` does, minus the
 * file system. The dataset is validated first; a manifest for a file the extension would reject
 * must never be published.
 */
import type { Dataset } from '../dataset/schema';
import { toValidationErrors, type Validated } from '../dataset/validate';
import { ManifestSchema, type DataFormat, type Manifest } from './manifest';
import { sha256Hex } from './sha256';

export interface ManifestInput {
  /** The parsed, valid dataset the file holds. */
  dataset: Dataset;
  /** The data file exactly as it will be served. */
  bytes: Uint8Array;
  format: DataFormat;
  /** Where the data file will be: absolute, or relative to the manifest (usually its file name). */
  url: string;
}

export async function createManifest({ dataset, bytes, format, url }: ManifestInput): Promise<Validated<Manifest>> {
  const manifest: Manifest = {
    id: dataset.id,
    name: dataset.name,
    version: dataset.version,
    publishedAt: dataset.publishedAt,
    schemaVersion: dataset.schemaVersion,
    url,
    format,
    sha256: await sha256Hex(bytes),
    size: bytes.byteLength,
    entityCount: dataset.entities.length,
  };
  const result = ManifestSchema.safeParse(manifest);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toValidationErrors(result.error) };
}

/** A manifest as written to disk: two-space JSON with a final newline, like the dataset files. */
export function formatManifest(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** The last segment of a path, with either separator. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** `data/ua-officials.jsonl` → `data/ua-officials.manifest.json`: next to the data file. */
export function defaultManifestPath(dataPath: string): string {
  const name = fileName(dataPath);
  const dir = dataPath.slice(0, dataPath.length - name.length);
  return dir + name.replace(/\.(jsonl|json)$/i, '') + '.manifest.json';
}
