import fs from 'node:fs/promises';
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
 * never become a way to read arbitrary files. Whatever the disk does (a
 * renderer not built, a file missing, unreadable, not a plain file, or
 * failing halfway through) is answered on this request alone: it never takes
 * the host, and the reviewer's unsaved work in other requests, down.
 */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  const text = (status: number, message: string) =>
    res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(message);
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return void text(400, 'Bad path');
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  let file: fs.FileHandle;
  try {
    const rootReal = await fs.realpath(root);
    const real = await fs.realpath(path.resolve(rootReal, '.' + path.posix.normalize(relative)));
    // A pipe or device would block or never end; only plain files inside the root are served.
    if (!real.startsWith(rootReal + path.sep) || !(await fs.stat(real)).isFile()) return void text(404, 'Not found');
    file = await fs.open(real, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return void text(404, 'Not found');
    return void text(500, 'This file of the page could not be read.');
  }
  const type = mimeTypes[path.extname(relative)] ?? 'application/octet-stream';
  const stream = file.createReadStream();
  // A read failing after the headers went out can only cut the response short.
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' });
  stream.pipe(res);
}
