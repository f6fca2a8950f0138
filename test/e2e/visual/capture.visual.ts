import fs from 'node:fs';
import path from 'node:path';
import { test, type Page } from '@playwright/test';
import { startHost } from '../support/host';
import { seedScreens, visitEach, type SeededScreens } from '../support/screens';
import { apiFor } from '../support/api';

/**
 * Screenshots of every screen at 1280 and 720 px wide, to compare before and
 * after a change that must not change how the app looks (compare.sh diffs two
 * runs pixel by pixel). Both runs must show the same data: the first run seeds
 * a data folder and a share under VISUAL_ROOT and keeps a pristine copy, and
 * every run starts the host on a fresh copy of it, at the same paths, with the
 * page's clock fixed. Run: npm run build:renderer, then
 *   VISUAL_OUT=/tmp/shots/before npx playwright test -c test/e2e/visual/playwright.config.ts
 */
const root = process.env.VISUAL_ROOT ?? '/tmp/callmark-visual';
const out = process.env.VISUAL_OUT ?? path.join(root, 'shots');
const pristine = path.join(root, 'pristine');
const live = path.join(root, 'live');
const NOW = new Date('2026-11-23T16:00:00');
const WIDTHS = [1280, 720];

/** A full-page screenshot once two in a row agree: a list still loading or a font still arriving is not the screen. */
async function settledShot(page: Page): Promise<Buffer> {
  const shoot = () => page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  let last = await shoot();
  for (let tries = 0; tries < 20; tries += 1) {
    const next = await shoot();
    if (next.equals(last)) return next;
    last = next;
  }
  throw new Error('the page never stopped changing');
}

async function seedOnce(): Promise<SeededScreens> {
  const seededFile = path.join(pristine, 'seeded.json');
  if (fs.existsSync(seededFile)) return JSON.parse(fs.readFileSync(seededFile, 'utf8')) as SeededScreens;
  fs.rmSync(live, { recursive: true, force: true });
  fs.mkdirSync(path.join(live, 'share'), { recursive: true });
  const host = await startHost({ dataFolder: path.join(live, 'data') });
  try {
    const seeded = await seedScreens(host.url, path.join(live, 'share'), live);
    // Background imports would stamp a new "Last import" time on each run.
    await apiFor(host.url).call('sync.settings.set', { importEveryMinutes: 0 });
    fs.writeFileSync(path.join(live, 'seeded.json'), JSON.stringify(seeded));
    await host.stop();
    fs.cpSync(live, pristine, { recursive: true });
    return seeded;
  } finally {
    await host.stop();
  }
}

test('every screen, at 1280 and 720 px', async ({ page }) => {
  const seeded = await seedOnce();
  fs.rmSync(live, { recursive: true, force: true });
  fs.cpSync(pristine, live, { recursive: true });
  fs.mkdirSync(out, { recursive: true });
  const host = await startHost({ dataFolder: path.join(live, 'data') });
  try {
    await page.clock.setFixedTime(NOW);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await visitEach(page, host.url, seeded, async (screen) => {
        // The focus ring follows the mouse and the keyboard: park both where they draw nothing.
        await page.mouse.move(0, 799);
        // Sticky parts land where the scroll position puts them: always shoot from the top.
        await page.evaluate(() => window.scrollTo(0, 0));
        fs.writeFileSync(path.join(out, `${screen.name}-${width}.png`), await settledShot(page));
      });
    }
  } finally {
    await host.stop();
  }
});
