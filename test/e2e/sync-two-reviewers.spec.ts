import fs from 'node:fs';
import { addAgent, answerWithKeys, completeWithKeys, openApp, startReview } from './support/fixtures';
import { startHost } from './support/host';
import { addFolderTarget, expect, findSharedFile, goToScreen, reviewIdOf, targetCard, test } from './support/sync';

test('two reviewers on one share: the second adopts it, imports, and sees the first one’s scorecard under Team', async ({
  page,
  context,
  host,
  tempFolder,
}) => {
  const share = tempFolder();

  // Jane sets the share up and completes a scorecard; it lands in the share.
  await openApp(page, host.url, 'Jane Reviewer');
  await addAgent(page, 'Alex Morgan', 'Blue team');
  await addFolderTarget(page, share, 'Team share', 'Set up share');
  await startReview(page, 'Alex Morgan', 'CALL-4001');
  const id = reviewIdOf(page);
  await answerWithKeys(page, 'nnmmmmmmmmmmmmmmmmmm');
  await completeWithKeys(page, 'Jane Reviewer');
  await expect.poll(() => findSharedFile(share, id)).not.toBeNull();

  // Sam, on another computer (another host and data folder), points at the same folder.
  const second = await startHost();
  try {
    const samPage = await context.newPage();
    await openApp(samPage, second.url, 'Sam Second');
    const verdict = await addFolderTarget(samPage, share, 'Team share', 'Adopt share');
    expect(verdict).toContain('A Callmark share set up by Jane Reviewer on');

    const card = targetCard(samPage, 'Team share');
    await card.getByRole('button', { name: 'Import now' }).click();
    await expect(card.getByRole('heading', { name: /^Last import/ })).toBeVisible();
    await expect(card).toContainText('1 new scorecard and 1 roster entry imported, 0 already imported, 0 already seen, 0 skipped');

    await goToScreen(samPage, 'Team');
    const table = samPage.getByRole('table', { name: 'Team scorecards' });
    const row = table.getByRole('row', { name: /Jane Reviewer/ });
    await expect(row).toContainText('Alex Morgan');
    await expect(row).toContainText('Blue team');
    await expect(row).toContainText('90.0 %');
    await expect(row).toContainText('Meets expectations');
    await expect(row).toContainText('Team share');
    await expect(row).toContainText(`${id}.r1.json`);
    // Jane's Callmark signs what it writes; Sam's read her key from the share's roster or from the scorecard itself.
    await expect(row).toContainText(/Signed(;| by)/);

    // The filters narrow by any part of a name.
    await samPage.getByLabel('Reviewer name').fill('sam');
    await expect(samPage.getByText('No team scorecards match.')).toBeVisible();
    await samPage.getByLabel('Reviewer name').fill('jane');
    await samPage.getByLabel('Agent name').fill('morgan');
    await expect(row).toBeVisible();

    // Jane's own list is unchanged: her own scorecard is hers, not an import.
    await goToScreen(page, 'Team');
    await expect(page.getByText('No colleagues’ scorecards yet.')).toBeVisible();
  } finally {
    await second.stop();
    fs.rmSync(second.dataFolder, { recursive: true, force: true });
  }
});
