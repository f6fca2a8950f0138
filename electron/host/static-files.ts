import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built renderer. The path is resolved inside the root and anything
 * escaping it (`..`, absolute paths, symlinks out) is refused: the host must
 * never become a way to read arbitrary files.
 */
export function serveStatic(root: string, urlPath: string, res: ServerResponse, headers: Record<string, string>): void {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    res.writeHead(400, headers).end('Bad path');
    return;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const rootReal = fs.realpathSync(root);
  const candidate = path.resolve(rootReal, '.' + path.posix.normalize(relative));
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  if (!real.startsWith(rootReal + path.sep) || !fs.statSync(real).isFile()) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const type = mimeTypes[path.extname(real)] ?? 'application/octet-stream';
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' });
  fs.createReadStream(real).pipe(res);
}
