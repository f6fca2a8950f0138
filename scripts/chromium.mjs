import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * Finds a Chromium for the browser tests: CALLMARK_CHROMIUM, then Playwright's
 * own download (normal on a developer machine with internet), then the system's.
 */
export async function findChromium() {
  const fromEnv = process.env.CALLMARK_CHROMIUM;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright's browser is not downloaded: fall through to the system's.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return null;
}

/**
 * The switches every Chromium launch here uses, the e2e tests' and the player
 * bench's alike, so the bench measures the browser the tests check: headless
 * Debian Chromium on CI machines, no background traffic, audio that may play.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];
