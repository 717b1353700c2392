/** Dataset files on disk for the maintainer CLI (Node only; the extension reads over the network). */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../dataset/schema';
import type { Validated } from '../dataset/validate';
import { detectDataFormat, parseDatasetText } from './jsonl';
import type { DataFormat } from './manifest';

export interface DataFile {
  /** The file's bytes exactly as they would be served (what the manifest hashes). */
  bytes: Uint8Array;
  format: DataFormat;
  result: Validated<Dataset>;
}

export function readDataFile(path: string): DataFile {
  const bytes = new Uint8Array(readFileSync(path));
  const text = new TextDecoder().decode(bytes);
  const format = detectDataFormat(text);
  return { bytes, format, result: parseDatasetText(text, format) };
}
