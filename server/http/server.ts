import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { ServerContext } from '../context';
import { createRequestHandler } from './handle';
import type { Route } from './route';

export interface Listening {
  /** `https://host:port` (or `http://` on loopback without TLS). */
  origin: string;
  port: number;
  /**
   * Stops accepting connections, lets requests in flight finish (closing each
   * connection once its answer is written), and resolves when none is left;
   * after `graceMs` the remaining connections are cut.
   */
  shutdown(graceMs: number): Promise<{ cut: number }>;
}

export async function listen(ctx: ServerContext, routes: readonly Route[]): Promise<Listening> {
  let closing = false;
  const inFlight = new Set<http.ServerResponse>();
  let drained: (() => void) | null = null;
  const handler = createRequestHandler(ctx, routes, () => closing);
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      if (closing) {
        server.closeIdleConnections();
        if (inFlight.size === 0) drained?.();
      }
    });
    void handler(req, res);
  };
  const { tls } = ctx.config;
  const server = tls ? https.createServer({ cert: fs.readFileSync(tls.certFile), key: fs.readFileSync(tls.keyFile) }, onRequest) : http.createServer(onRequest);
  // A client that trickles its headers or body (slowloris) does not hold a connection for ever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(ctx.config.listen.port, ctx.config.listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = ctx.config.listen.host.includes(':') ? `[${ctx.config.listen.host}]` : ctx.config.listen.host;

  return {
    origin: `${tls ? 'https' : 'http'}://${host}:${port}`,
    port,
    async shutdown(graceMs) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let cut = 0;
      if (inFlight.size > 0) {
        const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
        const done = new Promise<'drained'>((resolve) => (drained = () => resolve('drained')));
        if ((await Promise.race([done, timer])) === 'timeout') {
          cut = inFlight.size;
          server.closeAllConnections();
        }
      }
      await closed;
      return { cut };
    },
  };
}
