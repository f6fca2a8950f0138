import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

// Not part of `npm test`: run by hand around a change to the styles (see capture.visual.ts).
const executablePath = (await findChromium()) ?? undefined;

export default defineConfig({
  testDir: '.',
  testMatch: ['capture.visual.ts'],
  workers: 1,
  retries: 0,
  timeout: 300_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: { browserName: 'chromium', launchOptions: { executablePath, args: CHROMIUM_ARGS } },
});
