import { test, expect, _electron as electron } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const binary = findElectronBinary();
const canShowWindow = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
// Playwright's list reporter does not print skip reasons: say it where CI logs show it.
if (!binary.path) console.log(`Electron smoke test skipped: ${(binary.reason ?? "no Electron binary").replace(/\.$/, "")}. It runs where the Electron binary is installed.`);
else if (!canShowWindow) console.log('Electron smoke test skipped: no display (set DISPLAY, e.g. under xvfb-run).');

test.describe('Electron shell', () => {
  test.skip(!binary.path, `Electron smoke test skipped: ${binary.reason ?? ''}. It runs where the Electron binary is installed.`);
  test.skip(!canShowWindow, 'Electron smoke test skipped: no display (set DISPLAY, e.g. under xvfb-run).');

  test('opens the hardened window and talks to the backend over IPC', async () => {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { stdio: 'inherit' });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-electron-'));
    const app = await electron.launch({ executablePath: binary.path!, args: ['.', '--data-dir', dataDir] });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: /callmark|your name/i }).first()).toBeVisible();
      // No Node in the page: sandboxed, isolated, no nodeIntegration.
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      // Navigation away from the app is blocked.
      await page.evaluate(() => { window.location.href = 'https://example.com/'; });
      await page.waitForTimeout(500);
      expect(new URL(page.url()).protocol).toBe('callmark-app:');
      const info = await page.evaluate(() => (window as unknown as { callmark: { invoke(n: string, i: unknown): Promise<unknown> } }).callmark.invoke('app.info', {}));
      expect(info).toMatchObject({ ok: true, value: { dataFolder: dataDir } });
      const refused = await page.evaluate(() => (window as unknown as { callmark: { invoke(n: string, i: unknown): Promise<unknown> } }).callmark.invoke('agents.create', { name: '' }));
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      await app.close();
    }
  });
});
