import fs from 'node:fs';
import { apiFor } from './support/api';
import { openApp } from './support/fixtures';
import { expect, goToScreen, targetCard, targetCounts, test } from './support/sync';
import { addShare, markerOf, markerReplacedByColleagues, reviewerOn, sent } from './support/sync-shares';

test('a share whose marker was deleted is recognised by its own files, and the marker is restored from the Sync screen', async ({ page, host, tempFolder }) => {
  const share = tempFolder();
  const api = apiFor(host.url);
  const jane = await reviewerOn(api, 'Jane Reviewer');
  const targetId = await addShare(api, share);
  await jane.complete('CALL-5001');
  await sent(api, targetId, 1);
  fs.rmSync(markerOf(share));
  await jane.complete('CALL-5002');

  await openApp(page, host.url);
  await goToScreen(page, 'Sync');
  const card = targetCard(page, 'Team share');
  const recovery = card.getByRole('group', { name: 'The share lost its marker' });
  await expect(recovery).toContainText('still holds the files this computer sent there: it is your share, and its marker was deleted');
  await expect(targetCounts(page, 'Team share')).toHaveText(/1 pending\s*1 sent\s*0 failed/);

  await recovery.getByRole('button', { name: 'Restore the marker' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'the marker callmark-share.json is back' })).toContainText('1 waiting document is sent now.');
  await expect(targetCounts(page, 'Team share')).toHaveText(/0 pending\s*2 sent\s*0 failed/);
  await expect(card).toContainText('Reachable: the share’s marker file is in place.');
  await expect(recovery).toHaveCount(0);
  expect(fs.existsSync(markerOf(share))).toBe(true);
});

test('an empty folder standing in for an unplugged drive is not taken for the share: the card says to connect it, and offers nothing to press', async ({
  page,
  host,
  tempFolder,
}) => {
  const share = tempFolder();
  const api = apiFor(host.url);
  const jane = await reviewerOn(api, 'Jane Reviewer');
  const targetId = await addShare(api, share);
  await jane.complete('CALL-5101');
  await sent(api, targetId, 1);
  for (const name of fs.readdirSync(share)) fs.rmSync(`${share}/${name}`, { recursive: true });

  await openApp(page, host.url);
  await goToScreen(page, 'Sync');
  const recovery = targetCard(page, 'Team share').getByRole('group', { name: 'The share cannot be used now' });
  await expect(recovery).toContainText('the drive or network share is probably not connected');
  await expect(recovery.getByRole('button')).toHaveCount(0);
});

test('a colleague’s marker in our synced folder: the share is adopted after confirming, and everything is sent to it', async ({ page, host, tempFolder }) => {
  const share = tempFolder();
  const api = apiFor(host.url);
  const jane = await reviewerOn(api, 'Jane Reviewer');
  const targetId = await addShare(api, share);
  await jane.complete('CALL-5201');
  await sent(api, targetId, 1);
  const theirs = markerReplacedByColleagues(share);
  await jane.complete('CALL-5202');

  await openApp(page, host.url);
  await goToScreen(page, 'Sync');
  const card = targetCard(page, 'Team share');
  const recovery = card.getByRole('group', { name: 'This folder holds another share now' });
  await expect(recovery).toContainText('set up by Sam Second on 2026-11-02');
  await recovery.getByRole('button', { name: 'Adopt this share and send my work…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Adopt this share and send your work?' });
  await expect(dialog).toContainText('will use the share set up by Sam Second');
  await expect(dialog.getByRole('button', { name: 'Adopt and send my work' })).toBeFocused();

  // Cancelling changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(recovery).toBeVisible();

  await recovery.getByRole('button', { name: 'Adopt this share and send my work…' }).click();
  await dialog.getByRole('button', { name: 'Adopt and send my work' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'now uses the share set up by Sam Second' })).toContainText('All 2 of your documents are being sent there again');
  await expect(targetCounts(page, 'Team share')).toHaveText(/0 pending\s*2 sent\s*0 failed/);
  await expect(recovery).toHaveCount(0);
  expect(JSON.parse(fs.readFileSync(markerOf(share), 'utf8'))).toMatchObject({ shareId: theirs });
});
