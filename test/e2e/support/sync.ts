import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test as base } from './fixtures';

/** The host fixture plus real temporary folders (shares), removed after the test. */
export const test = base.extend<{ tempFolder: (prefix?: string) => string }>({
  // eslint-disable-next-line no-empty-pattern
  tempFolder: async ({}, use) => {
    const made: string[] = [];
    await use((prefix = 'callmark-share-') => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      made.push(folder);
      return folder;
    });
    for (const folder of made) fs.rmSync(folder, { recursive: true, force: true });
  },
});

export { expect };

/** Goes to Sync or Team through the main navigation and waits for the screen. */
export async function goToScreen(page: Page, screen: 'Sync' | 'Team'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen, exact: true }).click();
  await expect(page.getByRole('heading', { name: screen, level: 1 })).toBeVisible();
}

/** A target's card on the Sync screen. */
export function targetCard(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The card's live counts line, e.g. "0 pending 1 sent 0 failed". */
export function targetCounts(page: Page, name: string): Locator {
  return targetCard(page, name).getByRole('status').filter({ hasText: /\d+ pending/ });
}

/**
 * Adds a shared folder through the dialog: types the path, checks it, and
 * confirms what the dialog offers ("Set up share" for an empty folder,
 * "Adopt share" for an existing one). Returns the dialog's verdict text.
 */
export async function addFolderTarget(page: Page, folder: string, name: string, expected: 'Set up share' | 'Adopt share'): Promise<string> {
  await goToScreen(page, 'Sync');
  await page.getByRole('button', { name: 'Add shared folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a shared folder' });
  await expect(dialog.getByLabel('Folder', { exact: true })).toBeFocused();
  await page.keyboard.type(folder);
  await page.keyboard.press('Enter');
  const verdict = dialog.getByRole('status');
  await expect(verdict).toBeVisible();
  const text = (await verdict.textContent()) ?? '';
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: expected }).click();
  await expect(dialog).toHaveCount(0);
  await expect(targetCard(page, name)).toBeVisible();
  return text;
}

/** The scorecard id of the review on screen, from its #/review/<id> address. */
export function reviewIdOf(page: Page): string {
  const match = /#\/review\/([^/&]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a review: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** Where a folder target puts one revision: <share>/scorecards/<yyyy>/<mm>/<id>.r<revision>.json, found by name. */
export function findSharedFile(share: string, scorecardId: string, revision = 1): string | null {
  const root = path.join(share, 'scorecards');
  if (!fs.existsSync(root)) return null;
  for (const year of fs.readdirSync(root)) {
    for (const month of fs.readdirSync(path.join(root, year))) {
      const file = path.join(root, year, month, `${scorecardId}.r${revision}.json`);
      if (fs.existsSync(file)) return file;
    }
  }
  return null;
}
