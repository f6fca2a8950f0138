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
