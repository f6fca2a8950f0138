import { protocol } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SECURITY_HEADERS } from '../security/csp';
import { APP_HOST, APP_SCHEME, MEDIA_SCHEME } from '../security/app-url';

/** Must run before `ready`: the page is served from a secure, standard scheme, never file://. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    // corsEnabled: the page (callmark-app:) loads a recording with CORS to route it through Web Audio (mute or solo one
    // side of a stereo call); without it Chromium refuses the request, and without CORS the audio graph hears silence.
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true } },
  ]);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Serves only files inside the built renderer folder, with the CSP on every response. */
export function handleAppProtocol(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    let relative: string;
    try {
      relative = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    const file = path.resolve(root, '.' + path.posix.normalize(relative));
    if (url.host !== APP_HOST || !file.startsWith(root + path.sep)) return notFound();
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: { ...SECURITY_HEADERS, 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' },
      });
    } catch {
      return notFound();
    }
  });
}
