import type http from 'node:http';
import { refuse, type Answer } from './answer';

/** A JSON body, in UTF-8: `application/json`, with no charset or `charset=utf-8`. */
export const checkJsonContentType = (header: string | undefined): Answer | null => contentTypeIs(header, 'application/json');

/** A body of `type`, in UTF-8: with no charset or `charset=utf-8`. */
export function contentTypeIs(header: string | undefined, type: string): Answer | null {
  const [given, ...params] = (header ?? '').split(';').map((p) => p.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (given === type && (charset === undefined || charset === 'utf-8')) return null;
  return refuse(415, 'wrong_content_type', `The body must be sent as "${type}; charset=utf-8", not ${header ? `"${header}"` : 'without a Content-Type'}.`);
}

export type BodyResult = { ok: true; bytes: Buffer } | { ok: false; answer: Answer } | { ok: false; gone: true };

export const tooLarge = (maxBytes: number): Answer =>
  refuse(413, 'body_too_large', `The body is larger than this server accepts (${maxBytes} bytes).`, { headers: { connection: 'close' } });

/** A Content-Length over the limit is refused before anything else, without reading a byte. */
export function declaredTooLarge(req: http.IncomingMessage, maxBytes: number): Answer | null {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > maxBytes ? tooLarge(maxBytes) : null;
}

/**
 * Reads the whole body, stopping at `maxBytes`: a declared Content-Length
 * over the limit is refused before a byte is read, and a body that grows past
 * it is refused as soon as it does. Either way the connection is closed after
 * the answer rather than draining the rest.
 */
export function readBody(req: http.IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = declaredTooLarge(req, maxBytes);
  if (declared) return Promise.resolve({ ok: false, answer: declared });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData).off('end', onEnd).off('aborted', onGone).off('error', onGone);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        finish({ ok: false, answer: tooLarge(maxBytes) });
      } else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, bytes: Buffer.concat(chunks, size) });
    const onGone = () => finish({ ok: false, gone: true });
    req.on('data', onData).on('end', onEnd).on('aborted', onGone).on('error', onGone);
  });
}
