/** Serves the benchmark's pages, bundles and data from 127.0.0.1 (IndexedDB needs a real origin). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Resource {
  type: string;
  body: string | (() => string);
}

export interface BenchServer {
  origin: string;
  set(path: string, resource: Resource): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<BenchServer> {
  const resources = new Map<string, Resource>();
  const server = http.createServer((req, res) => {
    const resource = resources.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!resource) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = typeof resource.body === 'function' ? resource.body() : resource.body;
    res
      .writeHead(200, {
        'content-type': `${resource.type}; charset=utf-8`,
        // Every page load is a fresh one, and the disk cache does not fill up with 40 MB datasets.
        'cache-control': 'no-store',
        // Cross-origin isolation: performance.now() then has 5 µs resolution instead of 100 µs,
        // which matters when the Annotator sums thousands of per-run intervals.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, resource) => resources.set(path, resource),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
