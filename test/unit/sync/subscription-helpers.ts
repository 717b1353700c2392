/** Shared by the sync tests: a fake `fetch` over in-memory routes, and published dataset versions. */
import type { DatasetInput } from '../../../lib/dataset/schema';
import { toDatasetJsonl } from '../../../lib/sync/jsonl';
import type { Manifest } from '../../../lib/sync/manifest';
import { sha256Hex } from '../../../lib/sync/sha256';
import type { Dataset } from '../../../lib/dataset/schema';

export const ORIGIN = 'https://data.example.org';
export const MANIFEST_URL = `${ORIGIN}/fixture/manifest.json`;

export interface FakeRoute {
  status?: number;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Throw as fetch does when the network fails. */
  fail?: boolean;
  /** Deliver this many bytes, then fail the stream (a connection dropped mid-download). */
  breakAfter?: number;
}

export interface FakeFetch {
  (input: string, init?: RequestInit): Promise<Response>;
  routes: Map<string, FakeRoute | ((init?: RequestInit) => FakeRoute)>;
  calls: { url: string; headers: Record<string, string> }[];
}

/** A fetch that answers from `routes` (404 for anything else) and records every call. */
export function fakeFetch(): FakeFetch {
  const routes = new Map<string, FakeRoute | ((init?: RequestInit) => FakeRoute)>();
  const calls: FakeFetch['calls'] = [];
  const fetch = (async (input: string, init?: RequestInit) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    calls.push({ url: input, headers });
    const entry = routes.get(input);
    const route = typeof entry === 'function' ? entry(init) : entry;
    if (!route) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (route.fail) throw new TypeError('Failed to fetch');
    const bytes = typeof route.body === 'string' ? new TextEncoder().encode(route.body) : (route.body ?? new Uint8Array());
    const status = route.status ?? 200;
    if (status === 304) return new Response(null, { status, headers: route.headers });
    const body =
      route.breakAfter === undefined
        ? bytes
        : (() => {
            let sent = false;
            return new ReadableStream<Uint8Array>({
              pull(controller) {
                if (sent) return controller.error(new TypeError('network error'));
                sent = true;
                controller.enqueue(bytes.slice(0, route.breakAfter));
              },
            });
          })();
    return new Response(body as BodyInit, { status, statusText: status === 500 ? 'Internal Server Error' : '', headers: route.headers });
  }) as FakeFetch;
  fetch.routes = routes;
  fetch.calls = calls;
  return fetch;
}

export interface Published {
  manifest: Manifest;
  data: Uint8Array;
}

/** A dataset version as a publisher would put it online: data file plus manifest describing it. */
export async function publishVersion(dataset: DatasetInput | Dataset, format: 'json' | 'jsonl' = 'json', dataName = `data-${dataset.version}.${format}`): Promise<Published> {
  const text = format === 'json' ? JSON.stringify(dataset) : toDatasetJsonl(dataset as Dataset);
  const data = new TextEncoder().encode(text);
  const manifest: Manifest = {
    id: dataset.id,
    name: dataset.name,
    version: dataset.version,
    publishedAt: dataset.publishedAt,
    schemaVersion: dataset.schemaVersion,
    url: dataName,
    format,
    sha256: await sha256Hex(data),
    size: data.length,
    entityCount: dataset.entities.length,
  };
  return { manifest, data };
}

/** Serves a published version at MANIFEST_URL (with an ETag) and its data file beside it. */
export function serve(fetch: FakeFetch, published: Published, manifestOverride: Partial<Manifest> = {}, etag = `"${published.manifest.version}"`): void {
  const manifest = { ...published.manifest, ...manifestOverride };
  fetch.routes.set(MANIFEST_URL, (init) => {
    const sent = new Headers(init?.headers).get('if-none-match');
    if (sent === etag) return { status: 304 };
    return { body: JSON.stringify(manifest), headers: { etag, 'content-type': 'application/json' } };
  });
  fetch.routes.set(new URL(manifest.url, MANIFEST_URL).href, { body: published.data });
}
