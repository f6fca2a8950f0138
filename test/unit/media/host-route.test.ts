import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startHostServer, type RunningHost } from '../../../electron/host/server';
import { newToken } from '../../../electron/host/token';
import { soxWav } from './support/audio';
import { startHarness, type Harness } from './support/review';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request, so the test controls every header (Range, Origin, Sec-Fetch-Site, Host). */
function get(port: number, urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let h: Harness;
let host: RunningHost;
let file: string;
let bytes: Buffer;
let mediaUrl: string;
let scorecardId: string;
const token = newToken();

async function api(name: string, input: unknown, auth = `Bearer ${token}`) {
  const res = await fetch(`${host.url}api/${name}`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return { status: res.status, envelope: (await res.json()) as { ok: boolean; value?: { source?: { url: string } }; error?: { code: string } } };
}

beforeEach(async () => {
  h = await startHarness();
  const staticDir = path.join(h.dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Callmark</title>');
  host = await startHostServer({ handlers: h.service.handlers, staticDir, token });
  file = soxWav(h.dir, 'call.wav', ['-e', 'signed-integer', '-b', '16'], 2);
  bytes = fs.readFileSync(file);
  ({ scorecardId } = await h.newReview());
  const attached = await api('media.attach', { scorecardId, path: file });
  expect(attached.envelope.ok).toBe(true);
  mediaUrl = attached.envelope.value?.source?.url ?? '';
  expect(mediaUrl).toMatch(/^\/media\//);
});
afterEach(async () => {
  await host.close();
  await h.close();
});

describe('browser host /media route', () => {
  it('serves the whole recording with Accept-Ranges and its type', async () => {
    const res = await get(host.port, mediaUrl);
    expect(res.status).toBe(200);
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['content-type']).toBe('audio/wav');
    expect(res.headers['content-length']).toBe(String(bytes.length));
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.body.equals(bytes)).toBe(true);
  });

  it('serves the first bytes', async () => {
    const res = await get(host.port, mediaUrl, { range: 'bytes=0-99' });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 0-99/${bytes.length}`);
    expect(res.headers['content-length']).toBe('100');
    expect(res.body.equals(bytes.subarray(0, 100))).toBe(true);
  });

  it('serves a span from the middle', async () => {
    const res = await get(host.port, mediaUrl, { range: 'bytes=1000-1999' });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(res.body.equals(bytes.subarray(1000, 2000))).toBe(true);
  });

  it('serves an open-ended range and a suffix', async () => {
    const open = await get(host.port, mediaUrl, { range: `bytes=${bytes.length - 10}-` });
    expect(open.status).toBe(206);
    expect(open.body.equals(bytes.subarray(bytes.length - 10))).toBe(true);
    const suffix = await get(host.port, mediaUrl, { range: 'bytes=-500' });
    expect(suffix.status).toBe(206);
    expect(suffix.headers['content-range']).toBe(`bytes ${bytes.length - 500}-${bytes.length - 1}/${bytes.length}`);
    expect(suffix.body.equals(bytes.subarray(bytes.length - 500))).toBe(true);
  });

  it('answers 416 with bytes */size for a range outside the file or a malformed one', async () => {
    for (const range of [`bytes=${bytes.length}-`, 'bytes=500-100', 'bytes=abc']) {
      const res = await get(host.port, mediaUrl, { range });
      expect(res.status, range).toBe(416);
      expect(res.headers['content-range']).toBe(`bytes */${bytes.length}`);
      expect(res.body.length).toBe(0);
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get(host.port, mediaUrl, { range: 'bytes=0-9' }, 'HEAD');
    expect(res.status).toBe(206);
    expect(res.headers['content-length']).toBe('10');
    expect(res.body.length).toBe(0);
  });

  it('does not know capabilities it did not issue, nor paths', async () => {
    expect((await get(host.port, `/media/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await get(host.port, `/media/${encodeURIComponent(file)}`)).status).toBe(404);
    expect((await get(host.port, '/media/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await get(host.port, '/media/')).status).toBe(404);
  });

  it('refuses requests a browser marks as cross-site or from another origin', async () => {
    expect((await get(host.port, mediaUrl, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(host.port, mediaUrl, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await get(host.port, mediaUrl, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await get(host.port, mediaUrl, { 'sec-fetch-site': 'same-origin', origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses a forged Host (DNS rebinding) before anything else', async () => {
    expect((await get(host.port, mediaUrl, { host: 'evil.example' })).status).toBe(421);
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get(host.port, mediaUrl, {}, 'POST')).status).toBe(405);
  });

  it('stops serving a recording once it is detached', async () => {
    expect((await api('media.detach', { scorecardId })).envelope.ok).toBe(true);
    expect((await get(host.port, mediaUrl)).status).toBe(404);
  });

  it('stops serving a file that changed after the URL was issued', async () => {
    fs.appendFileSync(file, Buffer.alloc(100));
    expect((await get(host.port, mediaUrl)).status).toBe(404);
  });

  it('media URLs are only issued through the token-protected API', async () => {
    expect((await api('media.get', { scorecardId }, 'Bearer wrong')).status).toBe(401);
  });

  it('the capability lookup itself is not reachable from the page', async () => {
    const capability = mediaUrl.split('/').pop();
    const res = await api('media.streamSource', { capability });
    expect(res.status).toBe(404);
    expect(res.envelope).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('serves a decoded IMA ADPCM recording as 16-bit PCM WAV', async () => {
    const ima = soxWav(h.dir, 'ima.wav', ['-e', 'ima-adpcm'], 2);
    const review = await h.newReview();
    const attached = await api('media.attach', { scorecardId: review.scorecardId, path: ima });
    const res = await get(host.port, attached.envelope.value?.source?.url ?? '', { range: 'bytes=0-43' });
    expect(res.status).toBe(206);
    expect(res.body.subarray(20, 22).readUInt16LE(0)).toBe(1); // format code 1: PCM
    expect(res.body.subarray(34, 36).readUInt16LE(0)).toBe(16);
    expect(Number(res.headers['content-range']?.split('/')[1])).toBe(44 + 2 * 8000 * 2);
  });
});
