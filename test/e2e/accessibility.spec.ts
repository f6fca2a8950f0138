import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/sync';
import { openApp } from './support/fixtures';
import type { Locator, Page } from '@playwright/test';
import { docScreenshot } from './support/doc-screenshots';
import { seedScreens, visitEach } from './support/screens';

/** The user guide's pictures taken on the way (only with CALLMARK_SCREENSHOTS=1): screen, widths, and the part shown. */
const GUIDE_PICTURES: Record<string, { widths: number[]; part?: (page: Page) => Locator; height?: number }> = {
  reviews: { widths: [1280] },
  'new-review': { widths: [1280] },
  scoring: { widths: [1280, 720] },
  'player-zoomed': { widths: [1280], part: (page) => page.getByRole('region', { name: 'Recording and notes' }), height: 1200 },
  'completed-scoring': { widths: [1280] },
  'shortcut-sheet': { widths: [1280], part: (page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' }) },
};

// Every screen and dialog a reviewer can reach, with real data in it, checked by axe at the two widths the app is
// made for (a desktop window, and 720 px beside a softphone).
test('every screen and dialog passes axe, at 1280 and 720 px wide', async ({ page, host, tempFolder }) => {
  test.setTimeout(240_000);
  const seeded = await seedScreens(host.url, tempFolder(), tempFolder('callmark-work-'));
  await openApp(page, host.url);
  const found: string[] = [];
  for (const width of [1280, 720]) {
    await page.setViewportSize({ width, height: 800 });
    await visitEach(page, host.url, seeded, async (screen) => {
      // A modal dialog makes the page behind it inert: the dialog is all a user can reach.
      // label-content-name-mismatch is experimental in axe, so off by default; it matters for speech control (issue 13 item 7).
      const axe = new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
      const { violations } = await (screen.dialog ? axe.include('dialog[open]') : axe).analyze();
      for (const v of violations) {
        found.push(`${screen.name} at ${width} px: ${v.id} on ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
      }
      const picture = GUIDE_PICTURES[screen.name];
      if (picture?.widths.includes(width)) await docScreenshot(page, `${screen.name}-${width}`, picture.part?.(page), picture.height);
    });
  }
  expect(found).toEqual([]);
});
