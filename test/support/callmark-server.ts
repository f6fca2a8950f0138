import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that follows the README's "Server sync
 * contract" — and misbehaves on purpose when told to. Tests and the bench
 * start one on port 0.
 *
 * Contract behaviour: POST <path> with the right bearer token, a JSON body
 * whose SHA-256 matches Callmark-Content-SHA256, and an Idempotency-Key.
 * The first delivery of a key is stored (201); a repeat with the same content
 * is answered 200 and not stored again; a repeat with different content is 409.
 * GET <path>/health answers 200 for a good token.
 *
 * Misbehaviour: `script` holds one override per coming POST (500, 429 with
 * Retry-After, a 400 with a message, never answering, cutting the connection,
 * storing and then cutting before the answer — the "lost response").
 */
export type Misbehaviour =
  | { status: number; headers?: Record<string, string>; body?: string }
  | { hang: true }
  | { cut: true }
  | { storeThenCut: true };

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Resolves when the client went away before an answer (aborted). */
  closedEarly: Promise<void>;
}

export interface StoredDocument {
  key: string;
  hash: string;
  body: string;
}

export interface CallmarkServerOptions {
  token: string;
  path?: string;
  /** Benches: keep neither the requests nor the bodies (10 000 documents), only the idempotency records. */
  light?: boolean;
}

export async function startCallmarkServer(options: CallmarkServerOptions) {
  const path = options.path ?? '/callmark/scorecards';
  const script: Misbehaviour[] = [];
  const requests: ReceivedRequest[] = [];
  const stored = new Map<string, StoredDocument>();
  /** Every time a key was stored: a second entry for one key would be a duplicate. */
  const storeEvents: string[] = [];
  const hanging = new Set<http.ServerResponse>();
  let waiters: { match: (r: ReceivedRequest) => boolean; resolve: (r: ReceivedRequest) => void }[] = [];

  const json = (res: http.ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let answered = false;
    const closedEarly = new Promise<void>((resolve) => res.on('close', () => !answered && !res.writableFinished && resolve()));
    res.on('finish', () => (answered = true));
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const received: ReceivedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, closedEarly };
      if (!options.light) requests.push(received);
      const ready = waiters.filter((w) => w.match(received));
      waiters = waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(received);
      const url = new URL(req.url ?? '/', 'http://x');
      const authorised = req.headers.authorization === `Bearer ${options.token}`;

      if (req.method === 'GET' && url.pathname === `${path}/health`) {
        return authorised ? json(res, 200, { status: 'ok' }) : json(res, 401, { message: 'unknown token' });
      }
      if (req.method !== 'POST' || url.pathname !== path) return json(res, 404, { message: 'no such endpoint' });

      const next = script.shift();
      if (next && 'hang' in next) return void hanging.add(res);
      if (next && 'cut' in next) return void req.socket.destroy();
      if (next && 'status' in next) {
        res.writeHead(next.status, next.headers ?? {});
        return void res.end(next.body ?? '');
      }

      if (!authorised) return json(res, 401, { message: 'The token is not valid for this endpoint.' });
      const key = String(req.headers['idempotency-key'] ?? '');
      if (!key) return json(res, 400, { message: 'Idempotency-Key is required' });
      const hash = createHash('sha256').update(body, 'utf8').digest('hex');
      if (req.headers['callmark-content-sha256'] !== hash) return json(res, 400, { message: 'Callmark-Content-SHA256 does not match the body' });
      try {
        JSON.parse(body);
      } catch {
        return json(res, 400, { message: 'The body is not JSON' });
      }
      const existing = stored.get(key);
      if (existing) {
        return existing.hash === hash
          ? json(res, 200, { status: 'already-stored', key })
          : json(res, 409, { message: `A different document is already stored under ${key}` });
      }
      stored.set(key, { key, hash, body: options.light ? '' : body });
      storeEvents.push(key);
      if (next && 'storeThenCut' in next) return void req.socket.destroy();
      return json(res, 201, { status: 'stored', key });
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}${path}`,
    port,
    script,
    requests,
    stored,
    storeEvents,
    /** Resolves at the first request (from now, or already received) that matches: tests wait on this, not on time. */
    nextRequest(match: (r: ReceivedRequest) => boolean = () => true): Promise<ReceivedRequest> {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    /** An outage: the port stops listening (connections are refused); what was stored is kept. */
    async stop() {
      for (const res of hanging) res.socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    /** Back from the outage, on the same port and with the same store. */
    async restart() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
    },
    async close() {
      if (!server.listening) return;
      for (const res of hanging) res.socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
export type CallmarkServer = Awaited<ReturnType<typeof startCallmarkServer>>;
