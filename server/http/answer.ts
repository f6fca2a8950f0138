import type http from 'node:http';

/**
 * What a route decided. Routes return one; the server writes it and logs it
 * (./handle.ts), so every refusal is logged with its reason in one place.
 */
export interface Answer {
  status: number;
  /** The body, already serialised: JSON, unless `headers` give another content type (a pull's framed page). */
  body: string;
  headers?: Record<string, string>;
  /** A refusal's reason code and sentence (the `error` and `message` of its body). */
  reason?: string;
  message?: string;
  /** Facts for the log line: user, document, counts. Never a token or a body. */
  log?: Record<string, unknown>;
}

export const ok = (status: number, value: unknown, log?: Record<string, unknown>): Answer => ({ status, body: JSON.stringify(value), ...(log ? { log } : {}) });

export const refuse = (status: number, reason: string, message: string, extra: Pick<Answer, 'headers' | 'log'> = {}): Answer => ({
  status,
  body: JSON.stringify({ error: reason, message }),
  reason,
  message,
  ...extra,
});

export function writeAnswer(res: http.ServerResponse, answer: Answer, extraHeaders: Record<string, string>): void {
  const bytes = Buffer.from(answer.body, 'utf8');
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(bytes.length),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extraHeaders,
    ...answer.headers,
  });
  res.end(bytes);
}
