import fs from 'node:fs';
import path from 'node:path';
import { addAgent, answerWithKeys, completeWithKeys, goTo, openApp, startReview } from './support/fixtures';
import { addFolderTarget, expect, findSharedFile, goToScreen, reviewIdOf, targetCard, targetCounts, test } from './support/sync';

test('an empty folder is set up as a share; a completed scorecard waits while the share is away, then is sent, badge and all', async ({
  page,
  host,
  tempFolder,
}) => {
  const share = tempFolder();
  const marker = path.join(share, 'callmark-share.json');
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan');

  const verdict = await addFolderTarget(page, share, 'Team share', 'Set up share');
  expect(verdict).toContain('An empty folder: Callmark will set it up as a new share.');
  expect(JSON.parse(fs.readFileSync(marker, 'utf8'))).toMatchObject({ format: 'callmark.share', createdBy: 'Jane Reviewer' });
  const card = targetCard(page, 'Team share');
  await expect(card).toContainText(share);
  await expect(card).toContainText('Reachable: the share’s marker file is in place.');

  // The drive goes away (its marker with it): the status says so in words, and nothing is written.
  fs.renameSync(marker, `${marker}.away`);
  await expect(card).toContainText('Not reachable:');

  await startReview(page, 'Alex Morgan', 'CALL-3001');
  const id = reviewIdOf(page);
  await answerWithKeys(page, 'mmmmmmmmmmmmmmmmmmmm');
  await completeWithKeys(page);

  await goTo(page, 'Reviews');
  const row = page.getByRole('row', { name: /CALL-3001/ });
  await expect(row.getByRole('cell').last()).toHaveText(/Pending$/);
  expect(findSharedFile(share, id)).toBeNull();

  await goToScreen(page, 'Sync');
  await expect(targetCounts(page, 'Team share')).toHaveText(/1 pending\s*0 sent\s*0 failed/);
  await expect(card).toContainText('Next attempt');

  // The drive is back; "Retry now" does not wait out the back-off.
  fs.renameSync(`${marker}.away`, marker);
  await card.getByRole('button', { name: 'Retry now' }).click();
  await expect(targetCounts(page, 'Team share')).toHaveText(/0 pending\s*1 sent\s*0 failed/);

  await goTo(page, 'Reviews');
  await expect(row.getByRole('cell').last()).toHaveText(/Sent$/);
  // The completed scorecard itself carries the badge too.
  await row.click();
  await expect(page.locator('.completed-banner .sync-badge')).toHaveText(/Sent$/);

  // <share>/scorecards/<yyyy>/<mm>/<id>.r1.json, by the UTC month of completion, holding that scorecard.
  const file = findSharedFile(share, id);
  expect(file).not.toBeNull();
  const document = JSON.parse(fs.readFileSync(file!, 'utf8'));
  expect(document).toMatchObject({ format: 'callmark.scorecard', scorecardId: id, revision: 1, reviewer: { name: 'Jane Reviewer' } });
  const completed = new Date(document.completedAt);
  const month = String(completed.getUTCMonth() + 1).padStart(2, '0');
  expect(path.relative(share, file!)).toBe(path.join('scorecards', String(completed.getUTCFullYear()), month, `${id}.r1.json`));
});

test('a folder that holds files but no Callmark marker is refused with the reason, and nothing is written to it', async ({ page, host, tempFolder }) => {
  const folder = tempFolder('callmark-not-a-share-');
  fs.writeFileSync(path.join(folder, 'budget.xlsx'), 'not a scorecard');
  await openApp(page, host.url);
  await goToScreen(page, 'Sync');
  await page.getByRole('button', { name: 'Add shared folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a shared folder' });
  await dialog.getByLabel('Folder', { exact: true }).fill(folder);
  await dialog.getByRole('button', { name: 'Check folder' }).click();

  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('This folder cannot be used.');
  await expect(refusal).toContainText('already holds files but no Callmark marker (callmark-share.json)');
  await expect(dialog.getByRole('button', { name: /Set up share|Adopt share/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add shared folder…' })).toBeFocused();
  await expect(page.getByText('No sync targets yet')).toBeVisible();
  expect(fs.readdirSync(folder)).toEqual(['budget.xlsx']);
});
