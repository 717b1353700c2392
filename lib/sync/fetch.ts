/**
 * Downloads for dataset sync, with the checks that must pass before anything is parsed: the
 * manifest with a conditional request, and the data file read as a stream and counted, so a file
 * larger than allowed is abandoned as soon as it is, not after it filled the memory.
 * `fetch` is a parameter: the background passes the browser's, tests a fake.
 */
import { formatBytes, SyncError } from './subscription-errors';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The default limit on a data file's size: 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** A manifest is a few hundred bytes; anything past this is not one. */
const MAX_MANIFEST_BYTES = 256 * 1024;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Parses a URL a subscription may fetch: https, or http to this machine only (a local test
 * server). Plain http elsewhere is refused: the manifest's hash would be as open to tampering as
 * the file it protects.
 */
export function syncUrl(text: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new SyncError('insecure-url', `"${text}" is not a web address`, [text]);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url;
  throw new SyncError('insecure-url', `"${url.href}" must be an https:// address`, [url.href]);
}

async function request(fetch: Fetch, url: string, headers: Record<string, string>): Promise<Response> {
  let response: Response;
  try {
    // no-store: validators are sent by hand, and the browser's cache must not answer for the server.
    response = await fetch(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new SyncError('network', `could not reach ${url}: ${reason}`, [url, reason]);
  }
  return response;
}

function httpError(url: string, response: Response): SyncError {
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new SyncError('http', `${url} answered ${status}`, [url, status]);
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type ManifestResponse = { status: 'not-modified' } | { status: 'ok'; text: string; validators: Validators };

/** Fetches a manifest; with validators from the last check, a 304 answer means nothing changed. */
export async function fetchManifest(fetch: Fetch, url: string, validators: Validators = {}): Promise<ManifestResponse> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const response = await request(fetch, url, headers);
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) throw httpError(url, response);
  const bytes = await readCapped(response, url, MAX_MANIFEST_BYTES, MAX_MANIFEST_BYTES);
  const text = decodeUtf8(bytes, url);
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  return { status: 'ok', text, validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) } };
}

export interface DataFileExpectations {
  /** The size the manifest states. */
  size: number;
  /** The largest size accepted. */
  maxBytes: number;
}

/** Bytes received so far and the size expected, for a progress bar. */
export type DownloadProgress = (received: number, total: number) => void;

/**
 * Downloads a data file and checks its size against the manifest and the limit while it streams.
 * Returns the bytes; the caller checks the hash.
 */
export async function fetchDataFile(fetch: Fetch, url: string, expect: DataFileExpectations, onProgress?: DownloadProgress): Promise<Uint8Array> {
  if (expect.size > expect.maxBytes) throw tooLarge(url, expect.size, expect.maxBytes);
  const response = await request(fetch, url, {});
  if (!response.ok) throw httpError(url, response);
  const bytes = await readCapped(response, url, expect.maxBytes, expect.size, onProgress);
  if (bytes.length < expect.size)
    throw new SyncError('truncated', `the download of ${url} stopped after ${bytes.length} of ${expect.size} bytes`, [formatBytes(bytes.length), formatBytes(expect.size)]);
  return bytes;
}

function tooLarge(url: string, size: number, max: number): SyncError {
  return new SyncError('too-large', `${url} is ${formatBytes(size)}, over the limit of ${formatBytes(max)}`, [formatBytes(size), formatBytes(max)]);
}

/**
 * Reads a body to the end, counting: past `maxBytes` it is a file over the limit, past `expected`
 * (but within the limit) one that is not the file the manifest describes. Either way the reading
 * stops there.
 */
async function readCapped(response: Response, url: string, maxBytes: number, expected: number, onProgress?: DownloadProgress): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, declared, maxBytes);
  }
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (reader) {
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        throw new SyncError('network', `the download of ${url} failed after ${received} bytes: ${reason}`, [url, reason]);
      }
      if (step.done) break;
      received += step.value.length;
      if (received > maxBytes || received > expected) {
        await reader.cancel().catch(() => undefined);
        if (received > maxBytes) throw tooLarge(url, received, maxBytes);
        throw new SyncError('size-mismatch', `${url} is larger than the ${expected} bytes its manifest states`, [formatBytes(expected)]);
      }
      chunks.push(step.value);
      onProgress?.(received, expected);
    }
  }
  const out = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Decodes UTF-8, refusing bytes that are not (a binary file, another encoding). */
export function decodeUtf8(bytes: Uint8Array, url: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SyncError('not-utf8', `${url} is not UTF-8 text`, [url]);
  }
}
