import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';

/**
 * The pictures in docs/user-guide.md, taken by the end-to-end tests as they
 * pass through the screens they show, so they never go stale. Written only
 * when CALLMARK_SCREENSHOTS=1 (`npm run docs:screenshots`); an ordinary test
 * run leaves docs/images/ alone.
 */
const IMAGES = path.resolve(import.meta.dirname, '../../../docs/images');

export const takingDocScreenshots = () => process.env.CALLMARK_SCREENSHOTS === '1';

/**
 * Writes docs/images/<name>.png: the page from its top, or only `part`. `height` shows the page that tall for the
 * picture (a side column then has room for all it holds), and puts the window back after.
 */
export async function docScreenshot(page: Page, name: string, part?: Locator, height?: number): Promise<void> {
  if (!takingDocScreenshots()) return;
  fs.mkdirSync(IMAGES, { recursive: true });
  const size = page.viewportSize();
  if (height && size) await page.setViewportSize({ width: size.width, height });
  if (!part) {
    // The pointer draws nothing over the page; sticky parts land where the top of the page puts them.
    await page.mouse.move(0, (page.viewportSize()?.height ?? 800) - 1);
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  const file = path.join(IMAGES, `${name}.png`);
  await (part ?? page).screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  if (height && size) await page.setViewportSize(size);
}
