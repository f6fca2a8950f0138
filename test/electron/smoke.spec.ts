import { test, expect, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

/**
 * The real desktop app, where an Electron binary exists (it cannot be downloaded on our CI machines). The unit tests
 * in test/unit/shell prove the main process against a stand-in for Electron; this proves what only the real thing
 * can: the URL Chromium reports for our page, the CSP and sandbox as Chromium enforces them, the preload's absence
 * in subframes, permission checks, and the native dialogs wired through the real IPC.
 */
const binary = findElectronBinary();
const canShowWindow = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const skipReason = !binary.path
  ? `Electron smoke test skipped: ${(binary.reason ?? 'no Electron binary').replace(/\.$/, '')}. It runs where the Electron binary is installed.`
  : !canShowWindow
    ? 'Electron smoke test skipped: no display (set DISPLAY, e.g. under xvfb-run).'
    : null;
// Playwright's list reporter does not print skip reasons: say it where CI logs show it.
if (skipReason) console.log(skipReason);

type Bridge = { callmark?: { invoke(name: string, input: unknown): Promise<unknown> } };
const invoke = (page: Page, name: string, input: unknown) => page.evaluate(([n, i]) => (window as unknown as Required<Bridge>).callmark.invoke(n as string, i), [name, input] as const);

let built = false;
async function launch(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-electron-'))): Promise<{ app: ElectronApplication; page: Page; dataDir: string }> {
  if (!built) {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { stdio: 'inherit' });
    built = true;
  }
  const app = await electron.launch({ executablePath: binary.path!, args: ['.', '--data-dir', dataDir] });
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: /callmark|your name/i }).first()).toBeVisible();
  return { app, page, dataDir };
}

test.describe('Electron shell', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  test('opens the hardened window on callmark-app://app/index.html and talks to the backend over IPC', async () => {
    const { app, page, dataDir } = await launch();
    try {
      // The exact address the unit tests' stand-in reports for our page.
      expect(page.url().replace(/#.*$/, '')).toBe('callmark-app://app/index.html');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await invoke(page, 'app.info', {})).toMatchObject({ ok: true, value: { dataFolder: dataDir } });
      expect(await invoke(page, 'agents.create', { name: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      await app.close();
    }
  });

  test('enforces the CSP, keeps the bridge out of subframes, and denies permission checks', async () => {
    const { app, page } = await launch();
    try {
      const inlineRan = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      });
      expect(inlineRan).toBe(false);
      const subframeBridge = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const frame = document.createElement('iframe');
            frame.src = 'index.html';
            frame.onload = () => resolve(typeof (frame.contentWindow as unknown as Bridge).callmark);
            document.body.append(frame);
          }),
      );
      expect(subframeBridge).toBe('undefined');
      expect(await page.evaluate(() => navigator.permissions.query({ name: 'notifications' as PermissionName }).then((status) => status.state))).toBe('denied');
      expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
    } finally {
      await app.close();
    }
  });

  test('never navigates away; a link goes to the browser only after the user agreed', async () => {
    const { app, page } = await launch();
    try {
      await app.evaluate(({ dialog, shell }) => {
        const record = globalThis as unknown as { asked: string[]; opened: string[] };
        record.asked = [];
        record.opened = [];
        dialog.showMessageBox = (async (...args: unknown[]) => {
          record.asked.push(String((args.at(-1) as { detail?: string }).detail));
          return { response: 1, checkboxChecked: false };
        }) as typeof dialog.showMessageBox;
        shell.openExternal = async (url: string) => void record.opened.push(url);
      });
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      expect(await page.evaluate(() => window.open('https://example.org/help'))).toBeNull();
      await expect.poll(() => app.evaluate(() => (globalThis as unknown as { asked: string[] }).asked)).toEqual(['https://example.com/', 'https://example.org/help']);
      expect(await app.evaluate(() => (globalThis as unknown as { opened: string[] }).opened)).toEqual([]);
      expect(page.url()).toMatch(/^callmark-app:\/\/app\//);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  test('adds a shared folder chosen in the native dialog, the page never naming its path', async () => {
    const { app, page } = await launch();
    const share = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-share-'));
    try {
      if (await page.getByLabel('Your name').isVisible()) {
        await page.getByLabel('Your name').fill('Sam Supervisor');
        await page.getByRole('button', { name: 'Start reviewing' }).click();
      }
      await app.evaluate(({ dialog }, folder) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [folder] })) as typeof dialog.showOpenDialog;
      }, share);
      expect(await invoke(page, 'sync.targets.inspectFolder', { path: share })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sync' }).click();
      await page.getByRole('button', { name: 'Add shared folder…' }).click();
      await page.getByRole('button', { name: 'Choose folder…' }).click();
      await expect(page.getByText('An empty folder: Callmark will set it up as a new share.')).toBeVisible();
      await page.getByRole('button', { name: 'Set up share' }).click();
      await expect.poll(() => fs.existsSync(path.join(share, 'callmark-share.json'))).toBe(true);
    } finally {
      await app.close();
    }
  });

  test('remembers the window and keeps one instance per data folder', async () => {
    const { app, dataDir } = await launch();
    const second = spawn(binary.path!, ['.', '--data-dir', dataDir], { stdio: 'ignore' });
    const secondExit = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    expect(secondExit).toBe(0);
    expect(app.windows()).toHaveLength(1);
    await app.close();
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8')) as { width: number; height: number };
    expect(saved.width).toBeGreaterThanOrEqual(720);
    expect(saved.height).toBeGreaterThanOrEqual(560);
  });
});
