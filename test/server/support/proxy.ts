import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
}

/**
 * A plain HTTP relay on 127.0.0.1 in front of a team server, as a load
 * balancer would stand: it forwards every request to `upstream` (which a test
 * may switch, as a restore behind the same address does), records what it
 * was sent, and can cut the next pull answer after some bytes (a connection
 * dropped mid-page) or answer batch pushes itself.
 */
export async function startRelay(upstream: string) {
  const seen: Seen[] = [];
  const state = { upstream, cut: null as { after: number; how: 'drop' | 'end' } | null, batches: { status: 0, times: 0 } };
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization });
    const target = new URL(req.url ?? '/', state.upstream);
    if (target.pathname.endsWith('/batch') && state.batches.times > 0) {
      state.batches.times -= 1;
      req.resume();
      res.writeHead(state.batches.status, { 'content-type': 'application/json', ...(state.batches.status === 503 ? { 'retry-after': '1' } : {}) });
      return void res.end(JSON.stringify({ error: 'relay', message: `The relay answers batch pushes ${state.batches.status}.` }));
    }
    const cut = req.method === 'GET' && !target.pathname.endsWith('/health') ? state.cut : null;
    if (cut !== null) state.cut = null;
    const forward = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      if (cut === null) {
        answer.pipe(res);
        return;
      }
      let sent = 0;
      answer.on('data', (chunk: Buffer) => {
        if (sent >= cut.after) return;
        const part = chunk.subarray(0, cut.after - sent);
        sent += part.length;
        if (sent < cut.after) {
          res.write(part);
          return;
        }
        // 'drop': the connection breaks mid-answer, once what came before is on the wire. 'end': the answer ends
        // early but cleanly, as a proxy that gave up would end it; only the missing trailer tells.
        if (cut.how === 'drop') res.write(part, () => res.destroy());
        else res.end(part);
      });
      // Once cut, the rest of the answer is not this client's: ending here would race the 'drop' above.
      answer.on('end', () => {
        if (sent < cut.after) res.end();
      });
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    /** The push and pull URL through the relay. */
    url: `${origin}/v1/documents`,
    seen,
    pointAt(next: string) {
      state.upstream = next;
    },
    /** Answers the next `times` batch pushes with `status` itself, as a server without the endpoint (404) or a busy one (503) would. */
    answerBatches(status: number, times = Number.POSITIVE_INFINITY) {
      state.batches = { status, times };
    },
    cutNextPull(after: number, how: 'drop' | 'end') {
      state.cut = { after, how };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
