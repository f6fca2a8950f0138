import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../../shared/api';
import { dispatch } from '../../shared/api/dispatch';
import { SECURITY_HEADERS } from '../security/csp';
import { serveStatic } from './static-files';
import { tokenMatches } from './token';
import { readJsonBody, BodyError } from './read-body';
import { MEDIA_PREFIX, serveMediaRoute } from './media-route';
import { TRANSPORT_ONLY_METHODS } from '../../shared/api/media';
import { PRINT_PATH, servePrintRoute } from './print/print-route';

export interface HostOptions {
  handlers: ApiHandlers;
  staticDir: string;
  token: string;
  port?: number;
  log?: (line: string) => void;
  /** Prints a page of this host (its full URL, token included) to PDF; absent, printing answers that it cannot. */
  printPdf?: (pageUrl: string) => Promise<Buffer>;
}

export interface RunningHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

/**
 * The browser host: the same API the Electron preload exposes, carried over
 * HTTP for tests and development. It listens on 127.0.0.1 only, checks the
 * Host header (so a DNS-rebinding page cannot reach it) and requires the
 * per-start token on every API call.
 */
export function startHostServer(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? (() => {});
  let allowedHosts = new Set<string>();
  let ownUrl = '';

  const server = http.createServer((req, res) => {
    const headers = { ...SECURITY_HEADERS };
    if (!req.headers.host || !allowedHosts.has(req.headers.host)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Wrong host');
      return;
    }
    const url = req.url ?? '/';
    if (url.startsWith(MEDIA_PREFIX)) {
      const ownOrigin = (origin: string) => allowedHosts.has(origin.replace(/^http:\/\//, ''));
      serveMediaRoute(req, res, options.handlers, ownOrigin, headers).catch(() => res.destroy());
      return;
    }
    if (url === PRINT_PATH) {
      const printPdf = options.printPdf ?? (() => Promise.reject(new Error('no Chromium was found to print with')));
      servePrintRoute(req, res, {
        token: options.token,
        isOwnOrigin: (origin) => allowedHosts.has(origin.replace(/^http:\/\//, '')),
        print: (hash) => printPdf(`${ownUrl}#token=${options.token}&${hash.slice(1)}`),
        securityHeaders: headers,
      }).catch(() => res.destroy());
      return;
    }
    if (!url.startsWith(API_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, headers).end();
        return;
      }
      serveStatic(options.staticDir, url, res, headers).catch(() => res.destroy());
      return;
    }
    // A handler that throws must answer 500, never take the host down with an unhandled rejection.
    handleApi(req, res, url.slice(API_PREFIX.length).split('?')[0] ?? '', headers).catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: false, error: { code: 'internal', message: 'The request failed.' } }));
    });
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string, headers: Record<string, string>) {
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
    if (req.method !== 'POST') return json(405, { ok: false, error: { code: 'invalid_input', message: 'API calls are POST requests.' } });
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return json(403, { ok: false, error: { code: 'unauthorized', message: 'Cross-origin calls are refused.' } });
    }
    if (!tokenMatches(options.token, req.headers.authorization)) {
      return json(401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong access token: open the URL the host printed.' } });
    }
    let input: unknown;
    try {
      input = await readJsonBody(req);
    } catch (error) {
      const message = error instanceof BodyError ? error.message : 'Could not read the request.';
      return json(400, { ok: false, error: { code: 'invalid_input', message } });
    }
    let method: string;
    try {
      method = decodeURIComponent(name);
    } catch {
      return json(400, { ok: false, error: { code: 'invalid_input', message: 'The API method name is not valid.' } });
    }
    // The media servers' capability lookup is not for the page (see shared/api/media.ts).
    if (TRANSPORT_ONLY_METHODS.includes(method)) return json(404, { ok: false, error: { code: 'not_found', message: `Unknown API method "${method}".` } });
    const envelope = await dispatch(options.handlers, method, input, (error, method) =>
      log(`internal error in ${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    );
    json(200, envelope);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      ownUrl = `http://127.0.0.1:${port}/`;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
