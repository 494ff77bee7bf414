/**
 * HTTPS for fake hosts, self-contained: a local TLS server with a throw-away self-signed
 * certificate (openssl) that forwards every request, Host header and all, to the plain test
 * server, plus a small HTTP proxy (absolute-form requests and CONNECT tunnels) in front of both.
 * Browsers force HSTS-preloaded hosts (youtube.com, google.com, ...) to https: pointing their
 * proxy here lets those requests reach the test server, which records them as usual. Tests run
 * the browser with certificate errors ignored (Chromium flag, Firefox `acceptInsecureCerts`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WebProxy {
  /** The proxy's port on 127.0.0.1 (HTTP proxy; CONNECT for https). */
  port: number;
  /** Where the plain test server listens; set it once known (it may start after the proxy). */
  forwardTo(port: number): void;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'kidshield-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=kidshield.test',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startWebProxy(): Promise<WebProxy> {
  let target = 0;
  const forward = (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (!target) {
      res.writeHead(503).end('test server not ready');
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port: target, method: req.method, path, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };

  const tls = createHttpsServer(selfSignedCertificate(), (req, res) =>
    forward(req, res, req.url ?? '/'),
  );
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  const tlsPort = (tls.address() as AddressInfo).port;

  const sockets = new Set<Socket>();
  const proxy = createHttpServer((req, res) => {
    // Absolute-form (`GET http://host/path`): hand the origin-form path to the test server.
    const url = new URL(req.url ?? '/', 'http://placeholder');
    forward(req, res, `${url.pathname}${url.search}`);
  });
  proxy.on('connect', (_req, client: Socket, head: Buffer) => {
    // Every https host goes to the one TLS server; it reads the Host header like the test server.
    const upstream = connect(tlsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    forwardTo(port) {
      target = port;
    },
    async close() {
      for (const s of sockets) s.destroy();
      proxy.closeAllConnections();
      tls.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => proxy.close(() => resolve())),
        new Promise<void>((resolve) => tls.close(() => resolve())),
      ]);
    },
  };
}
