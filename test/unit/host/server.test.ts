import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createCallmarkService } from '../../../electron/services';
import { startHostServer, type RunningHost } from '../../../electron/host/server';
import { newToken } from '../../../electron/host/token';

/** A raw request, so tests can send what a browser would refuse to (a forged Host header). */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser host', () => {
  let dir: string;
  let host: RunningHost;
  let service: ReturnType<typeof createCallmarkService>;
  const token = newToken();

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-host-'));
    const staticDir = path.join(dir, 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Callmark</title>');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'not for the page');
    service = createCallmarkService({ dataFolder: path.join(dir, 'data') });
    host = await startHostServer({ handlers: service.handlers, staticDir, token });
  });

  afterEach(async () => {
    await host.close();
    await service.close();
  });

  const call = (name: string, input: unknown, auth = `Bearer ${token}`) =>
    request(host.port, {
      method: 'POST',
      path: `/api/${name}`,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });

  it('listens on the loopback interface only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the app with a strict Content-Security-Policy', async () => {
    const res = await request(host.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Callmark</title>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses paths that escape the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await request(host.port, { path: p });
      expect(res.status).not.toBe(200);
      expect(res.body).not.toContain('not for the page');
    }
  });

  it('answers API calls only with the token of this start', async () => {
    const ok = await call('agents.create', { name: 'Ada Agent', team: 'North' });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { name: 'Ada Agent', team: 'North' } });
    for (const auth of ['', 'Bearer wrong', `Bearer ${token}x`]) {
      const res = await call('agents.create', { name: 'Mallory' }, auth);
      expect(res.status).toBe(401);
    }
    const list = JSON.parse((await call('agents.list', {})).body) as { value: { name: string }[] };
    expect(list.value.map((a) => a.name)).toEqual(['Ada Agent']);
  });

  it('refuses a forged Host header (DNS rebinding) and cross-origin calls', async () => {
    const rebinding = await request(host.port, { path: '/api/agents.list', method: 'POST', headers: { host: 'evil.example:80', authorization: `Bearer ${token}` }, body: '{}' });
    expect(rebinding.status).toBe(421);
    const cross = await request(host.port, {
      path: '/api/agents.list',
      method: 'POST',
      headers: { origin: 'http://evil.example', authorization: `Bearer ${token}` },
      body: '{}',
    });
    expect(cross.status).toBe(403);
  });

  it('validates input with the shared schema and names the problem', async () => {
    const res = JSON.parse((await call('agents.create', { name: '   ' })).body) as { ok: boolean; error: { code: string; message: string } };
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(res.error.message).toMatch(/name/i);
    const unknown = JSON.parse((await call('files.readAnything', {})).body) as { error: { code: string } };
    expect(unknown.error.code).toBe('not_found');
    const garbage = await request(host.port, { method: 'POST', path: '/api/agents.list', headers: { authorization: `Bearer ${token}` }, body: '{not json' });
    expect(garbage.status).toBe(400);
    const badName = await request(host.port, { method: 'POST', path: '/api/%E0%A4%A', headers: { authorization: `Bearer ${token}` }, body: '{}' });
    expect(badName.status).toBe(400);
    // Still serving after it.
    expect(JSON.parse((await call('agents.list', {})).body)).toMatchObject({ ok: true });
  });
});
