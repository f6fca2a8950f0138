import fs from 'node:fs';
import { Readable } from 'node:stream';
import { planMediaResponse } from '../../shared/media/range';
import { Capability } from '../../shared/schemas/media';
import { APP_HOST, APP_SCHEME } from '../security/app-url';

/** Only our page may read a recording's bytes (Web Audio needs to, to mute one side of a stereo call). */
const READABLE_BY = { 'Access-Control-Allow-Origin': `${APP_SCHEME}://${APP_HOST}`, Vary: 'Origin' };

export interface StreamSource {
  path: string;
  sizeBytes: number;
  contentType: string;
}

/** Asks the backend which file a capability stands for; null when it stands for nothing (any more). */
export type ResolveCapability = (capability: string) => Promise<StreamSource | null>;

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * Answers one callmark-media://recording/<capability> request with web-standard
 * Request/Response (what protocol.handle uses), so it runs under plain Node in
 * tests. The URL names no file: the backend maps the capability to a recording
 * the user attached, and nothing else can be read through this scheme.
 */
export async function answerMediaRequest(request: Request, resolve: ResolveCapability): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad URL');
  }
  if (url.host !== 'recording') return plain(404, 'No such recording.');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Recordings are read with GET.');
  const capability = Capability.safeParse(url.pathname.replace(/^\//, ''));
  if (!capability.success || url.search !== '') return plain(404, 'No such recording.');
  const source = await resolve(capability.data);
  if (!source) return plain(404, 'No such recording (it was detached, moved or changed): reopen the review.');
  const plan = planMediaResponse(request.headers.get('range'), source.sizeBytes, source.contentType);
  const headers = { ...plan.headers, ...READABLE_BY };
  if (request.method === 'HEAD' || !plan.body) return new Response(null, { status: plan.status, headers });
  const stream = fs.createReadStream(source.path, { start: plan.body.start, end: plan.body.end });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status: plan.status, headers });
}
