import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackendProcess, type BackendProcess } from '../../../electron/shell/backend-process';
import { standIn } from '../../support/electron/stand-in';
import { tempFolder } from '../../support/service';
import { builtBundles } from './support';

vi.mock('electron', async () => (await import('../../support/electron/stand-in')).electronStandIn);

let bundleDir: string;
const started: BackendProcess[] = [];

beforeAll(async () => {
  bundleDir = await builtBundles();
}, 60_000);

beforeEach(async () => {
  standIn.reset();
  await standIn.becomeReady();
});

afterEach(async () => {
  for (const backend of started.splice(0)) backend.stop();
  await Promise.all(standIn.state.forks.map((child) => child.exited));
});

function backend(dataFolder = tempFolder('callmark-backend-')) {
  const running = startBackendProcess(path.join(bundleDir, 'backend.cjs'), dataFolder);
  started.push(running);
  return { running, dataFolder };
}

describe('the backend utility process', () => {
  it('starts on the first call with the data folder, and answers through the real worker bundle', async () => {
    const { running, dataFolder } = backend();
    expect(standIn.state.forks).toEqual([]);
    expect(await running.call('app.info', {})).toMatchObject({ ok: true, value: { dataFolder } });
    expect(standIn.state.forks[0]!.args).toEqual(['--data-dir', dataFolder]);
    expect(await running.call('no.such.method', {})).toEqual({ ok: false, error: { code: 'not_found', message: 'Unknown API method "no.such.method".' } });
  });

  it('answers calls in flight with a clear error when the process dies, and starts again on the next call', async () => {
    const { running } = backend();
    await running.call('agents.create', { name: 'Alex Morgan' });
    const child = standIn.state.forks[0]!;
    child.child.kill('SIGSTOP'); // it cannot answer any more: the call below is certainly in flight when it dies
    const inFlight = running.call('agents.list', {});
    child.crash();
    expect(await inFlight).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^The Callmark backend stopped \(exit code \d+\)\. Try again\.$/) } });
    expect(await running.call('agents.list', {})).toMatchObject({ ok: true, value: [{ name: 'Alex Morgan' }] });
    expect(standIn.state.forks).toHaveLength(2);
  });

  it('keeps a server token in the OS keychain (safeStorage in main), never in plain text', async () => {
    const { running, dataFolder } = backend();
    const target = await running.call('sync.targets.add', { name: 'Quality server', config: { kind: 'server', url: 'https://quality.example.org/in', timeoutMs: 5000 } });
    const targetId = (target as { value: { id: string } }).value.id;
    expect(await running.call('sync.server.setToken', { targetId, token: 'tok-3f9a-secret' })).toMatchObject({ ok: true, value: { tokenSet: true, protection: 'os-keychain' } });
    const stored = fs.readFileSync(path.join(dataFolder, 'secrets.keychain.json'), 'utf8');
    expect(stored).not.toContain('tok-3f9a-secret');
    expect(fs.existsSync(path.join(dataFolder, 'secrets.json'))).toBe(false);
  });

  it('says so and keeps tokens in a private file where no keyring is available', async () => {
    standIn.state.keychain.backend = 'basic_text';
    const { running, dataFolder } = backend();
    const target = await running.call('sync.targets.add', { name: 'Quality server', config: { kind: 'server', url: 'https://quality.example.org/in', timeoutMs: 5000 } });
    const targetId = (target as { value: { id: string } }).value.id;
    expect(await running.call('sync.server.setToken', { targetId, token: 'tok-3f9a-secret' })).toMatchObject({
      ok: true,
      value: { protection: 'user-only-file', where: expect.stringContaining('No keyring') },
    });
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dataFolder, 'secrets.json')).mode & 0o777).toBe(0o600);
  });
});
