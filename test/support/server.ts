/**
 * A tiny static HTTP server for the end-to-end tests and the demo: serves test/fixtures/pages/ on
 * 127.0.0.1 at a free port, plus in-memory routes a test registers for itself. Responses are never
 * cached, so a reload always sees the current file.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Route {
  body: string | Buffer;
  /** Defaults to text/html; charset=utf-8. */
  contentType?: string;
  status?: number;
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** Absolute http://127.0.0.1:PORT URL of a path ("a.html", "/a.html" or "" for the root). */
  url(p?: string): string;
  /** Serves `route` (or a string body as HTML) at `p` until the server closes; wins over files. */
  route(p: string, route: Route | string): void;
  readonly origin: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Directory served; defaults to test/fixtures/pages/. */
  root?: string;
  /** Port; 0 (the default) picks a free one. */
  port?: number;
}

function normalise(p: string): string {
  return '/' + p.replace(/^\/+/, '');
}

export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(options.root ?? FIXTURE_PAGES);
  const routes = new Map<string, Route>();

  const send = (res: ServerResponse, status: number, body: string | Buffer, contentType: string, headers = {}) => {
    res.writeHead(status, {
      'content-type': contentType,
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
      ...headers,
    });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', TYPES['.txt']!);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(res, 400, 'bad request', TYPES['.txt']!);
    }
    const route = routes.get(pathname);
    if (route) {
      return send(res, route.status ?? 200, route.body, route.contentType ?? TYPES['.html']!, route.headers);
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(root, '.' + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'forbidden', TYPES['.txt']!);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return send(res, 200, body, type);
    } catch {
      return send(res, 404, `not found: ${pathname}`, TYPES['.txt']!);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, String(err), TYPES['.txt']!);
      else res.destroy();
    });
  });
  // Keep-alive sockets would hold close() open until the browser lets go of them.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (p = '') => origin + normalise(p),
    route: (p, route) => {
      routes.set(normalise(p), typeof route === 'string' ? { body: route } : route);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
