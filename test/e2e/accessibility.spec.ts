import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { forge, forgersKey } from '../unit/sync/support/forge';
import { apiFor } from './support/api';
import { expect, findSharedFile, goToScreen, test } from './support/sync';
import { openApp } from './support/fixtures';
import type { Locator, Page } from '@playwright/test';
import { docScreenshot } from './support/doc-screenshots';
import { seedScreens, visitEach } from './support/screens';
import { addShare, markerOf, markerReplacedByColleagues, reviewerOn, sent } from './support/sync-shares';

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

// The Sync screen when shares break and keys need a look: a restore and an adopt offered, a second key claiming a
// colleague's Callmark, and the dialogs these open.
test('the Sync screen with share recovery, signing-key warnings and their dialogs passes axe, at 1280 and 720 px wide', async ({ page, host, tempFolder }) => {
  test.setTimeout(120_000);
  const api = apiFor(host.url);
  const jane = await reviewerOn(api, 'Jane Reviewer');
  const [lost, taken, team] = [tempFolder(), tempFolder(), tempFolder()];
  const targets = [await addShare(api, lost, 'Lost marker'), await addShare(api, taken, 'Taken over'), await addShare(api, team, 'Team share')];
  const id = await jane.complete('CALL-7001');
  for (const targetId of targets) await sent(api, targetId, 1);
  fs.rmSync(markerOf(lost));
  markerReplacedByColleagues(taken);
  // Two scorecards of a colleague's Callmark in the team share, signed with two different keys: the second is refused, loudly.
  const original = findSharedFile(team, id)!;
  const colleague = '7c0ffee0-1234-4abc-8def-0123456789ab';
  for (const [scorecardId, key] of [['5c0ffee0-0001-4abc-8def-0123456789ab', forgersKey()], ['5c0ffee0-0002-4abc-8def-0123456789ab', forgersKey()]] as const) {
    const body = forge(fs.readFileSync(original, 'utf8'), (d) => ((d.scorecardId = scorecardId), (d.origin = { ...(d.origin as object), installId: colleague })), key);
    fs.writeFileSync(path.join(path.dirname(original), `${scorecardId}.r1.json`), body);
  }
  await api.call('sync.import', { targetId: targets[2] });

  await openApp(page, host.url);
  const found: string[] = [];
  const check = async (name: string, dialog: boolean) => {
    const axe = new AxeBuilder({ page });
    const { violations } = await (dialog ? axe.include('dialog[open]') : axe).analyze();
    for (const v of violations) found.push(`${name}: ${v.id} on ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  };
  for (const width of [1280, 720]) {
    await page.setViewportSize({ width, height: 800 });
    await goToScreen(page, 'Sync');
    await expect(page.getByRole('group', { name: 'The share lost its marker' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'This folder holds another share now' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'A second key claims to be' })).toBeVisible();
    await check(`sync with recovery and key warnings at ${width} px`, false);
    for (const [button, dialog] of [
      ['Adopt this share and send my work…', 'Adopt this share and send your work?'],
      ['Trust this key…', /^Trust this key for/],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
      await check(`${button} dialog at ${width} px`, true);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  }
  expect(found).toEqual([]);
});
