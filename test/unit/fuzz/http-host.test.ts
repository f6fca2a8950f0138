import fc from 'fast-check';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../shared/api';
import { startHostServer, type RunningHost } from '../../../electron/host/server';
import { newToken } from '../../../electron/host/token';
import { tempFolder } from '../../support/service';
import { HOSTILE_STRINGS, fuzzCall } from './support/payloads';
import { checksum, seededWorld, type World } from './support/world';

let world: World;
let host: RunningHost;
const token = newToken();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('fetch failed (the fuzz test has no network)');
  });
  process.on('unhandledRejection', onUnhandled);
  world = await seededWorld();
  const staticDir = tempFolder('callmark-fuzz-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Callmark</title>');
  host = await startHostServer({ handlers: world.s.service.handlers, staticDir, token, log: () => undefined });
});

afterAll(async () => {
  await host.close();
  process.off('unhandledRejection', onUnhandled);
  vi.unstubAllGlobals();
  await world.s.close();
});

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

function send(request: Sent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method: request.method, path: request.path, headers: request.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

/** Header values a client can send (printable ASCII), hostile where it counts. */
const headerText = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS.filter((s) => /^[\x20-\x7e]{0,200}$/.test(s))), fc.stringMatching(/^[\x21-\x7e]{0,60}$/));

function requests(): fc.Arbitrary<Sent> {
  const ids = Object.values(world.ids);
  const ownHost = `127.0.0.1:${host.port}`;
  const apiCall = fuzzCall(world.bases, ids);
  const rawPath = fc.oneof(
    fc.constantFrom(...methodNames).map((name) => `/api/${name}`),
    fc.constantFrom('/', '/index.html', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/%E0%A4%A', '/api/', '/api/%', '/api/%E0%A4%A', '/api/..%2fapp.info', '/api/media.streamSource', '/media/', '/media/../api/app.info', `/media/${'c'.repeat(43)}`, '/index.html?x=%00', '//etc/passwd', '/api/app.info?token=x'),
    fc.string({ maxLength: 40 }).map((text) => `/api/${encodeURIComponent(text)}`),
    fc.string({ maxLength: 40 }).map((text) => `/${encodeURIComponent(text)}`),
  );
  const body = fc.oneof(
    { weight: 5, arbitrary: apiCall.map(({ input }) => Buffer.from(JSON.stringify(input) ?? '')) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '{"a":', 'null', '[]', '"x"', '{"__proto__":{"polluted":1}}', '1e999').map((text) => Buffer.from(text)) },
  );
  return fc.record({
    method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
    path: rawPath,
    body,
    host: fc.constantFrom(ownHost, ownHost, ownHost, `localhost:${host.port}`, 'evil.example', `127.0.0.1:${host.port + 1}`, ''),
    authorization: fc.oneof(fc.constant(`Bearer ${token}`), fc.constant(`Bearer ${token}`), fc.constant(undefined), headerText.map((t) => `Bearer ${t}`), headerText),
    origin: fc.constantFrom(undefined, `http://${ownHost}`, 'http://evil.example', 'null', `https://${ownHost}`),
    contentType: fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', undefined),
  }).map(({ method, path: requestPath, body: bytes, host: hostHeader, authorization, origin, contentType }) => ({
    method,
    path: requestPath,
    body: method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : bytes,
    headers: {
      host: hostHeader,
      ...(authorization !== undefined ? { authorization } : {}),
      ...(origin !== undefined ? { origin } : {}),
      ...(contentType !== undefined ? { 'content-type': contentType } : {}),
    },
  }));
}

describe('the browser host, fed thousands of random and hostile requests', () => {
  it('answers every one, never goes down, and a refused call writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(requests(), async (request) => {
        const before = checksum(world);
        const answer = await send(request);
        expect(answer.status).toBeGreaterThanOrEqual(200);
        expect(answer.status).toBeLessThan(600);
        const apiCall = request.path.startsWith('/api/');
        let ok = false;
        if (apiCall && answer.status === 200) {
          const envelope = JSON.parse(answer.body) as { ok: boolean; error?: { code: string; message: string } };
          expect(typeof envelope.ok).toBe('boolean');
          if (!envelope.ok) expect(envelope.error?.code, envelope.error?.message).not.toBe('internal');
          ok = envelope.ok;
        }
        if (!ok) expect(checksum(world), `${request.method} ${request.path} was refused with ${answer.status} but changed the database`).toBe(before);
      }),
      { numRuns: 1500, seed: Number(process.env.CALLMARK_FUZZ_SEED ?? 20261130), endOnFailure: true },
    );
    const page = await send({ method: 'GET', path: '/', headers: { host: `127.0.0.1:${host.port}` }, body: Buffer.alloc(0) });
    expect(page.status).toBe(200);
    expect(unhandled).toEqual([]);
  }, 240_000);

  it('takes a body over its limit as a refusal, not a crash', async () => {
    const before = checksum(world);
    const huge = Buffer.alloc(11 * 1024 * 1024, 0x20);
    const answer = await send({ method: 'POST', path: '/api/agents.create', headers: { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${token}` }, body: huge }).catch((error: unknown) => ({ status: 0, body: String(error) }));
    expect([400, 0]).toContain(answer.status);
    expect(checksum(world)).toBe(before);
    expect((await send({ method: 'GET', path: '/', headers: { host: `127.0.0.1:${host.port}` }, body: Buffer.alloc(0) })).status).toBe(200);
  });
});
