/**
 * A local server standing in for the web: every fake hostname resolves to it
 * (`--host-resolver-rules`), it answers by Host header, and it records each request's headers.
 * One port speaks both plain HTTP and HTTPS (self-signed certificate, see tls-cert.ts): the first
 * byte of a connection tells a TLS handshake from an HTTP request. HSTS-preloaded hosts
 * (google.com, youtube.com, *.goog, ...) are forced to https by Chromium, so they need it.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer as createTcpServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { selfSignedCertificate } from './tls-cert.ts';

export interface SeenRequest {
  host: string;
  path: string;
  /** True when the request came over TLS. */
  secure: boolean;
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
  /** The requests seen for `host` (lower case, no port), optionally only those whose path starts with `pathPrefix`. */
  seen(host: string, pathPrefix?: string): SeenRequest[];
  close(): Promise<void>;
}

export function html(title: string, body: string, head = ''): Page {
  return {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`,
  };
}

/** A 302 to `location`. */
export function redirect(location: string): Page {
  return { status: 302, headers: { location }, body: '' };
}

const TLS_HANDSHAKE = 0x16;

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: SeenRequest[] = [];
  const handle = (secure: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    requests.push({ host, path, secure, headers: req.headers });
    const pathOnly = path.split('?')[0] ?? '/';
    const route = routes.get(`${host}${pathOnly}`) ?? routes.get(host);
    const page =
      route?.(path, host) ??
      html(`Page of ${host}`, `<h1>Welcome to ${host}</h1><p>An ordinary page.</p>`);
    res.writeHead(page.status ?? 200, { 'cache-control': 'no-store', ...(page.headers ?? {}) });
    res.end(page.body);
  };
  const http = createServer(handle(false));
  const https = createHttpsServer(selfSignedCertificate(), handle(true));
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  const httpsPort = (https.address() as AddressInfo).port;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const tcp = createTcpServer((socket) => {
    track(socket);
    socket.once('data', (first) => {
      socket.pause();
      if (first[0] === TLS_HANDSHAKE) {
        // A TLS socket takes over the raw handle, so hand the bytes to the HTTPS server as is.
        const inner = connect(httpsPort, '127.0.0.1', () => {
          inner.write(first);
          socket.pipe(inner).pipe(socket);
          socket.resume();
        });
        track(inner);
        inner.on('close', () => socket.destroy());
        socket.on('close', () => inner.destroy());
      } else {
        socket.unshift(first);
        http.emit('connection', socket);
        socket.resume();
      }
    });
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  return {
    port: (tcp.address() as AddressInfo).port,
    requests,
    route(host, page, path) {
      routes.set(
        path ? `${host.toLowerCase()}${path}` : host.toLowerCase(),
        typeof page === 'function' ? page : () => page,
      );
    },
    seen: (host, pathPrefix = '') =>
      requests.filter((r) => r.host === host.toLowerCase() && r.path.startsWith(pathPrefix)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        https.close();
        tcp.close(() => resolve());
      }),
  };
}
