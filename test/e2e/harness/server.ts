/**
 * A local HTTP server standing in for the web: every fake hostname resolves to it
 * (`--host-resolver-rules`), it answers by Host header, and it records each request's headers.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  host: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface Page {
  status?: number;
  headers?: Record<string, string>;
  body: string;
}

export type Route = (path: string, host: string) => Page | undefined;

export interface TestServer {
  port: number;
  requests: SeenRequest[];
  /** Serve `page` (or a function's answer) for `host` (all paths) or `host` + exact `path`. */
  route(host: string, page: Page | Route, path?: string): void;
  close(): Promise<void>;
}

export function html(title: string, body: string, head = ''): Page {
  return {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`,
  };
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    requests.push({ host, path, headers: req.headers });
    const pathOnly = path.split('?')[0] ?? '/';
    const route = routes.get(`${host}${pathOnly}`) ?? routes.get(host);
    const page =
      route?.(path, host) ??
      html(`Page of ${host}`, `<h1>Welcome to ${host}</h1><p>An ordinary page.</p>`);
    res.writeHead(page.status ?? 200, { 'cache-control': 'no-store', ...(page.headers ?? {}) });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    route(host, page, path) {
      routes.set(
        path ? `${host.toLowerCase()}${path}` : host.toLowerCase(),
        typeof page === 'function' ? page : () => page,
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
