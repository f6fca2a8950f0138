import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemorySecretStore } from '../../../electron/services/secrets/memory-store';
import { createRelaySecretStore } from '../../../electron/services/secrets/relay-client';
import { createSecretRelayHost } from '../../../electron/services/secrets/relay-host';
import { SECRET_REPLY, SECRET_REQUEST } from '../../../electron/services/secrets/relay-protocol';
import { SecretStoreError, type SecretStore } from '../../../electron/services/secrets/store';
import { createKeychainSecretStore } from '../../../electron/services/secrets/keychain-store';
import { tempFolder } from '../../support/service';
import { fakeCipher } from './fake-cipher';

/**
 * The relay as it runs in Electron, minus Electron: the backend's store on one
 * end of a real MessageChannel (structured clone, like parentPort), the main
 * process's host on the other, with an API message stream sharing the port.
 */
const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

function wire(store: () => Promise<SecretStore>, options: { timeoutMs?: number; answer?: boolean } = {}) {
  const channel = new MessageChannel();
  channels.push(channel);
  const host = createSecretRelayHost(store);
  const mainSaw: unknown[] = [];
  const workerSaw: unknown[] = [];
  // main: secrets requests go to the host, everything else is an API answer for the window.
  channel.port1.on('message', (message: unknown) => {
    mainSaw.push(message);
    if (options.answer === false) return;
    void host.handle(message).then((reply) => reply && channel.port1.postMessage(reply));
  });
  const client = createRelaySecretStore(channel.port2, options.timeoutMs ? { timeoutMs: options.timeoutMs } : {});
  channel.port2.on('message', (message: unknown) => {
    if (!client.acceptReply(message)) workerSaw.push(message);
  });
  return { client, host, channel, mainSaw, workerSaw };
}

describe('secrets relay between the backend process and main', () => {
  it('gets, sets, clears and describes through main', async () => {
    const backing = createMemorySecretStore();
    const { client } = wire(async () => backing);
    await client.set('sync.server.t.token', 'tok-1');
    expect(await backing.get('sync.server.t.token')).toBe('tok-1');
    expect(await client.get('sync.server.t.token')).toBe('tok-1');
    await client.set('sync.server.t.token', null);
    expect(await client.get('sync.server.t.token')).toBeNull();
    expect((await client.describe()).where).toContain('in memory');
  });

  it('works end to end with the keychain store, answering many calls in any order', async () => {
    const dir = tempFolder();
    const { client } = wire(async () => createKeychainSecretStore({ cipher: fakeCipher(), dataFolder: dir, keychainName: 'the test keychain' }));
    await Promise.all(Array.from({ length: 20 }, (_, i) => client.set(`k${i}`, `v${i}`)));
    const values = await Promise.all(Array.from({ length: 20 }, (_, i) => client.get(`k${i}`)));
    expect(values).toEqual(Array.from({ length: 20 }, (_, i) => `v${i}`));
    expect((await client.describe()).protection).toBe('os-keychain');
  });

  it('carries the store’s problem across, so the caller knows whether retrying can help', async () => {
    const failing: SecretStore = {
      describe: async () => ({ protection: 'user-only-file', where: 'x' }),
      get: async () => {
        throw new SecretStoreError('exposed', 'the file can be read by others');
      },
      set: async () => {
        throw new Error('disk full');
      },
    };
    const { client } = wire(async () => failing);
    const error = await client.get('k').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretStoreError);
    expect(error).toMatchObject({ problem: 'exposed', permanent: true, message: 'the file can be read by others' });
    await expect(client.set('k', 'v')).rejects.toMatchObject({ problem: 'io', permanent: false, message: 'disk full' });
  });

  it('a keychain that failed to start is tried again on the next request', async () => {
    let attempts = 0;
    const { client } = wire(async () => {
      if (++attempts === 1) throw new Error('keychain not ready');
      return createMemorySecretStore({ k: 'v' });
    });
    await expect(client.get('k')).rejects.toThrow('keychain not ready');
    expect(await client.get('k')).toBe('v');
  });

  it('leaves API traffic alone on both ends', async () => {
    const { client, host, channel, workerSaw } = wire(async () => createMemorySecretStore());
    expect(await host.handle({ id: 1, name: 'reviews.list', input: {} })).toBeNull();
    expect(client.acceptReply({ id: 1, envelope: { ok: true, value: 1 } })).toBe(false);
    channel.port1.postMessage({ id: 7, envelope: { ok: true, value: 'api' } });
    await client.set('k', 'v'); // a round trip: the API message above has arrived by now
    expect(workerSaw).toEqual([{ id: 7, envelope: { ok: true, value: 'api' } }]);
  });

  it('main refuses malformed requests without touching the store', async () => {
    const backing = createMemorySecretStore();
    const host = createSecretRelayHost(async () => backing);
    const bad = [
      { channel: SECRET_REQUEST, id: 1, op: 'set', key: '../../etc/passwd', value: 'x' },
      { channel: SECRET_REQUEST, id: 2, op: 'set', key: 'k', value: 'x'.repeat(20_000) },
      { channel: SECRET_REQUEST, id: 3, op: 'drop-all' },
      { channel: SECRET_REQUEST, id: 4, op: 'get', key: 'k', extra: true },
    ];
    for (const message of bad) {
      expect(await host.handle(message)).toMatchObject({ channel: SECRET_REPLY, id: message.id, ok: false, message: 'Malformed keychain request.' });
    }
    expect(await host.handle({ channel: SECRET_REQUEST, id: -1, op: 'get', key: 'k' })).toBeNull();
    expect(backing.size).toBe(0);
  });

  it('the backend rejects a malformed reply instead of trusting it', async () => {
    const sent: unknown[] = [];
    const client = createRelaySecretStore({ postMessage: (m) => sent.push(m) });
    const pending = client.get('k');
    const { id } = sent[0] as { id: number };
    expect(client.acceptReply({ channel: SECRET_REPLY, id, ok: true, value: 42 })).toBe(true);
    await expect(pending).rejects.toThrow(/malformed answer/);
  });

  it('a request main never answers fails as temporarily unavailable, and close() fails the rest', async () => {
    const { client } = wire(async () => createMemorySecretStore(), { timeoutMs: 50, answer: false });
    await expect(client.get('k')).rejects.toMatchObject({ problem: 'unavailable', permanent: false });
    const silent = createRelaySecretStore({ postMessage: () => undefined });
    const waiting = silent.get('k');
    silent.close();
    await expect(waiting).rejects.toThrow(/closing/);
  });

  it('a port that cannot send fails the call at once', async () => {
    const client = createRelaySecretStore({
      postMessage: () => {
        throw new Error('port closed');
      },
    });
    await expect(client.get('k')).rejects.toMatchObject({ problem: 'unavailable' });
  });
});
