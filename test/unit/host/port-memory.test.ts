import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../support/service';
import { hostProcessesStoppedAfterEach } from './support/host-process';

const startHostProcess = hostProcessesStoppedAfterEach();
const portOf = (url: string) => Number(new URL(url).port);

describe('the browser host comes back at the same address (--keep-port, as ./callmark start runs it)', () => {
  it('listens on the last start’s port again, with a new token', async () => {
    const dataFolder = tempFolder();
    const first = await startHostProcess(['--data-dir', dataFolder, '--keep-port']);
    await first.stop();
    const second = await startHostProcess(['--data-dir', dataFolder, '--keep-port']);
    expect(portOf(second.url)).toBe(portOf(first.url));
    expect(second.url).not.toBe(first.url);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dataFolder, 'host-port.json')).mode & 0o777).toBe(0o600);
  });

  it('takes another port, and says what that means, when the last one is taken meanwhile', async () => {
    const dataFolder = tempFolder();
    const first = await startHostProcess(['--data-dir', dataFolder, '--keep-port']);
    await first.stop();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(portOf(first.url), '127.0.0.1', resolve));
    try {
      const second = await startHostProcess(['--data-dir', dataFolder, '--keep-port']);
      expect(portOf(second.url)).not.toBe(portOf(first.url));
      expect(second.errors()).toContain(`Port ${portOf(first.url)} (the last start's) is taken now`);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('ignores a damaged port file, and a start without the flag keeps nothing', async () => {
    const dataFolder = tempFolder();
    fs.writeFileSync(path.join(dataFolder, 'host-port.json'), '{"port": 80}');
    const host = await startHostProcess(['--data-dir', dataFolder, '--keep-port']);
    expect(portOf(host.url)).not.toBe(80);
    const plain = tempFolder();
    await (await startHostProcess(['--data-dir', plain])).stop();
    expect(fs.existsSync(path.join(plain, 'host-port.json'))).toBe(false);
  });
});
