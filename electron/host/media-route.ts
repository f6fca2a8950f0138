import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiHandlers } from '../../shared/api';
import { planMediaResponse } from '../../shared/media/range';
import { Capability } from '../../shared/schemas/media';

export const MEDIA_PREFIX = '/media/';

/**
 * GET /media/<capability> on the browser host: the recordings the user
 * attached, with Range support so `<audio>` can seek. `<audio src>` cannot send
 * the API token, so the capability in the URL is the permission (issued by the
 * token-protected API, 256 random bits, in memory only); on top of the host's
 * Host-header check, requests a browser marks as coming from another site or
 * origin are refused, so no other page can embed or read a recording.
 */
export async function serveMediaRoute(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: Pick<ApiHandlers, 'media.streamSource'>,
  isOwnOrigin: (origin: string) => boolean,
  securityHeaders: Record<string, string>,
): Promise<void> {
  const text = (status: number, message: string, extra: Record<string, string> = {}) =>
    res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra }).end(message);

  if (req.method !== 'GET' && req.method !== 'HEAD') return void text(405, 'Recordings are read with GET.', { Allow: 'GET, HEAD' });
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  if ((site !== undefined && site !== 'same-origin') || (origin !== undefined && !isOwnOrigin(origin))) {
    return void text(403, 'Recordings are served to Callmark’s own page only.');
  }
  const id = (req.url ?? '').slice(MEDIA_PREFIX.length).split('?')[0] ?? '';
  const capability = Capability.safeParse(id);
  if (!capability.success) return void text(404, 'No such recording.');
  let source: { path: string; sizeBytes: number; contentType: string };
  try {
    source = await handlers['media.streamSource']({ capability: capability.data });
  } catch {
    return void text(404, 'No such recording (it was detached, moved or changed): reopen the review.');
  }
  const plan = planMediaResponse(req.headers.range, source.sizeBytes, source.contentType);
  res.writeHead(plan.status, { ...securityHeaders, ...plan.headers });
  if (req.method === 'HEAD' || !plan.body) return void res.end();
  const stream = fs.createReadStream(source.path, { start: plan.body.start, end: plan.body.end });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}
