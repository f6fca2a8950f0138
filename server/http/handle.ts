import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { ServerContext } from '../context';
import { isTransientDatabaseError } from '../db/connect';
import { refuse, writeAnswer, type Answer } from './answer';
import type { Route } from './route';

/**
 * Turns a request into a route's Answer, writes it and logs it: one line per
 * request, `request.refused` (warn) with the reason for every 4xx,
 * `request.failed` (error) for every 5xx. A database that is down or
 * restarting is a 503 with Retry-After (the desktop retries); anything else
 * unexpected is a 500 whose details stay in the log.
 */
export function createRequestHandler(ctx: ServerContext, routes: readonly Route[], closing: () => boolean) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const started = performance.now();
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://callmark.invalid');
    let answer: Answer;
    let failure: unknown = null;
    try {
      answer = await route(routes, req, url, requestId);
    } catch (error) {
      failure = error;
      answer = isTransientDatabaseError(error)
        ? refuse(503, 'database_unavailable', 'The database is unavailable for a moment: try again shortly.', { headers: { 'retry-after': '5' } })
        : refuse(500, 'internal', `The server failed to handle this request (request ${requestId}).`);
    }
    if (res.destroyed) return void log(ctx, req, url, requestId, { ...answer, reason: 'client_gone' }, started, failure);
    try {
      await writeAnswer(res, answer, { 'callmark-request-id': requestId, ...(closing() ? { connection: 'close' } : {}) });
    } catch (error) {
      // Mid-stream: the status is sent, so the only honest signal left is a cut connection.
      failure = error;
      res.destroy();
      answer = { ...answer, status: 500, reason: 'failed_while_streaming' };
    }
    log(ctx, req, url, requestId, answer, started, failure);
  };
}

async function route(routes: readonly Route[], req: http.IncomingMessage, url: URL, requestId: string): Promise<Answer> {
  const matching = routes.filter((r) => r.path === url.pathname);
  if (!matching.length) return refuse(404, 'not_found', `There is nothing at ${url.pathname} on this server.`);
  const found = matching.find((r) => r.method === req.method);
  if (!found) {
    const allow = matching.map((r) => r.method).join(', ');
    return refuse(405, 'method_not_allowed', `${url.pathname} answers ${allow}, not ${req.method}.`, { headers: { allow } });
  }
  return found.handle(req, url, requestId);
}

function log(ctx: ServerContext, req: http.IncomingMessage, url: URL, requestId: string, answer: Answer, started: number, failure: unknown): void {
  const fields: Record<string, unknown> = {
    requestId,
    method: req.method,
    path: url.pathname,
    status: answer.status,
    ms: Math.round((performance.now() - started) * 10) / 10,
    remote: req.socket.remoteAddress,
    ...answer.log,
  };
  if (failure) ctx.log.error('request.failed', { ...fields, reason: answer.reason, error: String((failure as Error)?.message ?? failure), code: (failure as { code?: unknown })?.code });
  else if (answer.status >= 400) ctx.log.warn('request.refused', { ...fields, reason: answer.reason, message: answer.message });
  else ctx.log.info('request', fields);
}
