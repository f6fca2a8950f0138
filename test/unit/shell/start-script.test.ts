import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../scripts/electron-binary.mjs';
import { tempFolder } from '../../support/service';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** `./callmark start` past its set-up (scripts/start.mjs), on a machine whose Electron binary is missing, up to its URL. */
function start(dataFolder: string): Promise<{ stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--data-dir', dataFolder], {
    cwd: repoRoot,
    // Electron's own override, pointed at an empty folder: no binary, on any machine.
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: tempFolder('callmark-no-electron-') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('CALLMARK_HOST_READY')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', () => (stdout.includes('CALLMARK_HOST_READY') ? resolve({ stdout, stderr }) : reject(new Error(`start ended without a URL:\n${stdout}\n${stderr}`))));
  });
}

describe('./callmark start where Electron cannot run', () => {
  it('says why in one line, with no stack, download noise or advice to delete anything, and serves the app in the browser', async () => {
    const { stdout, stderr } = await start(tempFolder());
    const lines = stdout.split('\n').filter((line) => line.startsWith('callmark:') && !line.includes('building the page'));
    expect(lines).toEqual([
      expect.stringMatching(/^callmark: the Electron binary is missing \(.+\), so Callmark runs in your browser instead \(same data\): open the address below\.$/),
    ]);
    expect(stdout).toMatch(/^Open http:\/\/127\.0\.0\.1:\d+\/#token=\S+$/m);
    for (const noise of ['TypeError', 'Error:', 'delete', 'node_modules/electron', 'Downloading']) expect(`${stdout}${stderr}`).not.toContain(noise);
  }, 180_000);

  it('does not build the page again when nothing changed', async () => {
    await start(tempFolder());
    const stamp = path.join(repoRoot, 'dist', 'renderer', '.callmark-build-stamp');
    const builtAt = fs.statSync(path.join(repoRoot, 'dist', 'renderer', 'index.html')).mtimeMs;
    const again = await start(tempFolder());
    expect(again.stdout).not.toContain('building the page');
    expect(fs.statSync(path.join(repoRoot, 'dist', 'renderer', 'index.html')).mtimeMs).toBe(builtAt);
    expect(fs.existsSync(stamp)).toBe(true);
  }, 180_000);

  it('finds the binary the way the electron package does, without asking it (which would try a download)', () => {
    const root = tempFolder();
    expect(findElectronBinary(root, {})).toEqual({ path: null, reason: 'the electron package is not installed' });
    const pkg = path.join(root, 'node_modules', 'electron');
    fs.mkdirSync(path.join(pkg, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), '{}');
    expect(findElectronBinary(root, {}).reason).toBe('the Electron binary is not on this machine (it is downloaded from the internet, which was not possible here)');
    fs.writeFileSync(path.join(pkg, 'path.txt'), 'electron');
    fs.writeFileSync(path.join(pkg, 'dist', 'electron'), '');
    expect(findElectronBinary(root, {})).toEqual({ path: path.join(pkg, 'dist', 'electron') });
  });
});
