import type http from 'node:http';

/**
 * What a route decided. Routes return one; the server writes it and logs it
 * (./handle.ts), so every refusal is logged with its reason in one place.
 */
export interface Answer {
  status: number;
  /**
   * The body: JSON text, or (a pull's framed page, with its own content type
   * in `headers`) pieces of text written as they come, without a length.
   */
  body: string | AsyncIterable<string | Buffer | readonly (string | Buffer)[]>;
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

/**
 * Writes an answer. A streamed body goes out piece by piece as it is made,
 * and stops if the client goes away; an error while it
 * streams is thrown after the headers are out (the caller cuts the connection:
 * the reader sees no trailer, so no page is taken for complete).
 */
export async function writeAnswer(res: http.ServerResponse, answer: Answer, extraHeaders: Record<string, string>): Promise<void> {
  const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extraHeaders, ...answer.headers };
  if (typeof answer.body === 'string') {
    // Counted, not encoded: the socket write encodes the string once.
    res.writeHead(answer.status, { ...headers, 'content-length': String(Buffer.byteLength(answer.body, 'utf8')) });
    res.end(answer.body, 'utf8');
    return;
  }
  res.writeHead(answer.status, headers);
  for await (const piece of answer.body) {
    // Leaving the loop closes the body, and with it the database cursor behind it.
    if (res.destroyed) return;
    // Not waiting for 'drain': that would hold the next batch's read from PostgreSQL until the client had read this
    // one, and the three would take turns (the bench's pull was several times slower so). A page is bounded
    // (pull.maxLimit documents), so what waits in memory for a slow reader is at most one page.
    if (typeof piece === 'string' || Buffer.isBuffer(piece)) res.write(piece);
    else {
      // Corked, the pieces go out in one writev, without first being copied into one buffer.
      res.cork();
      for (const part of piece) res.write(part);
      res.uncork();
    }
  }
  res.end();
}
