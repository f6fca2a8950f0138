import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerMediaRequest, type StreamSource } from '../../../electron/shell/media-request';

/** The callmark-media: handler's logic under plain Node: protocol.handle speaks web Request/Response too. */
const CAP = 'c'.repeat(43);
let file: string;
let bytes: Buffer;
let source: StreamSource;
const resolve = async (capability: string) => (capability === CAP ? source : null);
const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => new Request(url, { method, headers });

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-protocol-'));
  file = path.join(dir, 'call.wav');
  bytes = Buffer.from(Array.from({ length: 4000 }, (_, i) => i % 256));
  fs.writeFileSync(file, bytes);
  source = { path: file, sizeBytes: bytes.length, contentType: 'audio/wav' };
});

const body = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('callmark-media: protocol handler', () => {
  it('serves first bytes, a middle span and a suffix with 206 and Content-Range', async () => {
    const first = await answerMediaRequest(request(`callmark-media://recording/${CAP}`, { range: 'bytes=0-99' }), resolve);
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe('bytes 0-99/4000');
    expect((await body(first)).equals(bytes.subarray(0, 100))).toBe(true);
    const middle = await answerMediaRequest(request(`callmark-media://recording/${CAP}`, { range: 'bytes=1000-1999' }), resolve);
    expect((await body(middle)).equals(bytes.subarray(1000, 2000))).toBe(true);
    const suffix = await answerMediaRequest(request(`callmark-media://recording/${CAP}`, { range: 'bytes=-500' }), resolve);
    expect(suffix.headers.get('content-range')).toBe('bytes 3500-3999/4000');
    expect((await body(suffix)).equals(bytes.subarray(3500))).toBe(true);
  });

  it('serves the whole file with Accept-Ranges when no range is asked', async () => {
    const res = await answerMediaRequest(request(`callmark-media://recording/${CAP}`), resolve);
    expect(res.status).toBe(200);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-type')).toBe('audio/wav');
    // Our page, and only it, may read the bytes: Web Audio mutes a side of a stereo call only with CORS.
    expect(res.headers.get('access-control-allow-origin')).toBe('callmark-app://app');
    expect((await body(res)).equals(bytes)).toBe(true);
  });

  it('answers 416 for unsatisfiable and invalid ranges', async () => {
    for (const range of ['bytes=4000-', 'bytes=9-1', 'bytes=x-y']) {
      const res = await answerMediaRequest(request(`callmark-media://recording/${CAP}`, { range }), resolve);
      expect(res.status, range).toBe(416);
      expect(res.headers.get('content-range')).toBe('bytes */4000');
    }
  });

  it('refuses unknown capabilities, paths, other hosts and query strings', async () => {
    for (const url of [
      `callmark-media://recording/${'d'.repeat(43)}`,
      `callmark-media://recording/${encodeURIComponent(file)}`,
      'callmark-media://recording/../../etc/passwd',
      `callmark-media://file/${CAP}`,
      `callmark-media://recording/${CAP}?path=/etc/passwd`,
    ]) {
      expect((await answerMediaRequest(request(url), resolve)).status, url).toBe(404);
    }
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await answerMediaRequest(request(`callmark-media://recording/${CAP}`, {}, 'POST'), resolve)).status).toBe(405);
    const head = await answerMediaRequest(request(`callmark-media://recording/${CAP}`, {}, 'HEAD'), resolve);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('4000');
  });
});
