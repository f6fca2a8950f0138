import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../support/service';
import { hostProcessesStoppedAfterEach } from './support/host-process';

// Root reads every file whatever its mode: the host then runs as `nobody`, so an unreadable file really is one.
const asRoot = process.getuid?.() === 0;

/** The first folder on the way to `file` that `nobody` may not enter (a checkout inside a 0700 temp folder), or null. */
function closedToOthers(file: string): string | null {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return dir;
    if (dir === path.dirname(dir)) return null;
  }
}
const startHostProcess = hostProcessesStoppedAfterEach();

/** The real browser host serving `staticDir` as its renderer; its base URL. */
async function startHost(staticDir: string): Promise<string> {
  const closed = asRoot ? (closedToOthers(process.execPath) ?? closedToOthers(path.join(process.cwd(), 'package.json'))) : null;
  if (closed) throw new Error(`Run as root, this test starts the host as nobody, who cannot enter ${closed}: check out the repository where others may read it (chmod o+rx).`);
  const dataFolder = tempFolder('callmark-static-data-');
  if (asRoot) fs.chownSync(dataFolder, 65534, 65534);
  const host = await startHostProcess(['--data-dir', dataFolder], {
    env: { ...process.env, CALLMARK_RENDERER_DIR: staticDir },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return new URL(host.url).origin + '/';
}

/** A renderer folder the host can enter. */
function rendererFolder(): string {
  const root = tempFolder('callmark-static-');
  fs.chmodSync(root, 0o755);
  const dir = path.join(root, 'renderer');
  fs.mkdirSync(dir, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Callmark</title>', { mode: 0o644 });
  return dir;
}

describe('the browser host’s static files', () => {
  it('answers an unreadable file with an error and keeps serving', async () => {
    const dir = rendererFolder();
    fs.writeFileSync(path.join(dir, 'locked.js'), 'secret()');
    fs.chmodSync(path.join(dir, 'locked.js'), 0o000);
    const base = await startHost(dir);
    const locked = await fetch(`${base}locked.js`);
    expect(locked.status).toBe(500);
    expect(await locked.text()).toBe('This file of the page could not be read.');
    const page = await fetch(base);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Callmark</title>');
  });

  it('answers a missing file, a missing renderer, a pipe and a link loop with 404, and keeps serving', async () => {
    const dir = rendererFolder();
    fs.symlinkSync('loop-b', path.join(dir, 'loop-a.js'));
    fs.symlinkSync('loop-a.js', path.join(dir, 'loop-b'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.js')]);
    const base = await startHost(dir);
    for (const missing of ['nothing-here.js', 'assets/none.css', 'loop-a.js', 'pipe.js', 'index.html/x']) {
      expect((await fetch(`${base}${missing}`)).status, missing).toBe(404);
    }
    fs.rmSync(dir, { recursive: true });
    expect((await fetch(base)).status).toBe(404);
    expect((await fetch(`${base}api/app.info`, { method: 'POST' })).status).toBe(401);
  });
});
