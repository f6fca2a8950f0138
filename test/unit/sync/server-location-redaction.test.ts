import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServerTarget } from '../../../electron/services/sync/server/target';
import { testServer } from '../../../electron/services/sync/server/health';
import { ServerTargetConfig } from '../../../shared/schemas/server-target';
import { createKindRegistry, DOCUMENT_KINDS } from '../../../shared/sync/kinds';
import { startCallmarkServer, type CallmarkServer } from '../../support/callmark-server';
import { outgoingItem } from './server-item';

// A token with characters a URL encodes, as real tokens often have.
const TOKEN = 'cm/test+token=5e1d0c9a';
const never = new AbortController().signal;
let server: CallmarkServer;

beforeEach(async () => {
  server = await startCallmarkServer({ token: TOKEN });
});
afterEach(async () => {
  await server.close();
});

const deliver = () => createServerTarget(ServerTargetConfig.parse({ kind: 'server', url: server.url, timeoutMs: 5000 }), async () => TOKEN, createKindRegistry(DOCUMENT_KINDS)).deliver(outgoingItem(), never);

describe('a redirect’s Location never carries the token into an error message', () => {
  it('redacts the token, as sent and URL-encoded, from the redirect address of an upload', async () => {
    server.script.push(
      { status: 302, headers: { location: `https://login.example/sso?token=${TOKEN}` } },
      { status: 307, headers: { location: `https://login.example/sso?token=${encodeURIComponent(TOKEN)}&next=%2Fupload` } },
    );
    const first = await deliver();
    expect(first).toEqual({
      kind: 'failed',
      message: "The server redirected the upload to https://login.example/sso?token=[token] (HTTP 302). Set the target's URL to the final address.",
    });
    const second = await deliver();
    expect(JSON.stringify(second)).not.toContain(encodeURIComponent(TOKEN));
    expect(second).toMatchObject({ message: expect.stringContaining('https://login.example/sso?token=[token]&next=%2Fupload') });
  });

  it('cuts an endless Location short, as a body’s message is', async () => {
    server.script.push({ status: 301, headers: { location: `https://x.example/${'a'.repeat(4000)}` } });
    const outcome = (await deliver()) as { message: string };
    expect(outcome.message).toMatch(/^The server redirected the upload to https:\/\/x\.example\/a+… \(HTTP 301\)/);
    expect(outcome.message.length).toBeLessThan(500);
  });
});

describe('the connection test’s redirect message', () => {
  let redirector: http.Server;
  afterEach(async () => {
    await new Promise((resolve) => redirector.close(resolve));
  });

  it('redacts the typed token from where the server redirects to', async () => {
    redirector = http.createServer((req, res) => res.writeHead(302, { location: `https://login.example/?t=${encodeURIComponent(TOKEN)}&raw=${TOKEN}` }).end());
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}/callmark`;
    const result = await testServer(url, TOKEN, 5000);
    expect(result.outcome).toBe('unexpected');
    expect(result.message).toContain('redirects to https://login.example/?t=[token]&raw=[token] (HTTP 302)');
    expect(result.message).not.toContain(TOKEN);
  });
});
