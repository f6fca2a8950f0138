import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { addAgent, answerWithKeys, completeWithKeys, openApp, startReview } from './support/fixtures';
import { startHost } from './support/host';
import { expect, goToScreen, reviewIdOf, targetCard, targetCounts, test } from './support/sync';
import { postgresMissing, startTeamServerOnPostgres } from './support/team-server';

// CI installs PostgreSQL (.ci/run); elsewhere the reason is printed rather than the test failing on a missing binary.
test.skip(postgresMissing !== null, postgresMissing ?? '');

const SERVER = 'Team server';

/** Adds the team server on the Sync screen with `token`, and waits for its card. */
async function addTeamServer(page: Page, url: string, token: string): Promise<void> {
  await goToScreen(page, 'Sync');
  await page.getByRole('button', { name: 'Add server…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a server' });
  await dialog.getByLabel('Name', { exact: true }).fill(SERVER);
  await dialog.getByLabel('URL', { exact: true }).fill(url);
  await dialog.getByLabel('Token', { exact: true }).fill(token);
  await dialog.getByRole('button', { name: 'Add server' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(targetCard(page, SERVER)).toBeVisible();
}

/** Replaces the saved token in the card's edit dialog. */
async function replaceToken(page: Page, token: string): Promise<void> {
  await targetCard(page, SERVER).getByRole('button', { name: 'Edit…' }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${SERVER}` });
  await edit.getByLabel('Token', { exact: true }).fill(token);
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toHaveCount(0);
}

test('a team server on PostgreSQL: one reviewer pushes, a colleague pulls it into Team and Reports, and wrong tokens are refused in plain words', async ({
  page,
  context,
  host,
}) => {
  test.setTimeout(180_000);
  const server = await startTeamServerOnPostgres();
  const second = await startHost();
  try {
    const jane = await server.createUser('Jane Reviewer', 'reviewer', ['North']);
    const sam = await server.createUser('Sam Second', 'reviewer', ['North']);
    const olga = await server.createUser('Olga Other', 'reviewer', ['South']);

    // Jane's computer, set up by mistake with a token of the South team: her North scorecard is refused, saying why.
    await openApp(page, host.url, 'Jane Reviewer');
    await addAgent(page, 'Alex Morgan', 'North');
    await addTeamServer(page, server.url, olga);
    await startReview(page, 'Alex Morgan', 'CALL-9001');
    const id = reviewIdOf(page);
    await answerWithKeys(page, 'nnmmmmmmmmmmmmmmmmmm');
    await completeWithKeys(page, 'Jane Reviewer');
    await goToScreen(page, 'Sync');
    const janeCard = targetCard(page, SERVER);
    await expect(targetCounts(page, SERVER)).toHaveText(/0 pending\s*0 sent\s*1 failed/);
    await expect(janeCard).toContainText('The server refused the token (HTTP 403): The scorecard is for team "North", which is not one of your teams ("South")');
    expect(server.refusals().map((r) => r.reason)).toContain('team_not_yours');

    // Her own token, and "Retry now": stored on the server.
    await replaceToken(page, jane);
    await janeCard.getByRole('button', { name: 'Retry now' }).click();
    await expect(targetCounts(page, SERVER)).toHaveText(/0 pending\s*1 sent\s*0 failed/);

    // Sam's computer: a token the server does not know is refused at the pull, and nothing is imported.
    const samPage = await context.newPage();
    await openApp(samPage, second.url, 'Sam Second');
    await addTeamServer(samPage, server.url, `${sam}x`);
    const samCard = targetCard(samPage, SERVER);
    await samCard.getByRole('button', { name: 'Import now' }).click();
    await expect(samCard.getByRole('heading', { name: /^Last import/ })).toBeVisible();
    await expect(samCard).toContainText('The server refused the token (HTTP 401): This token is not known to this server');

    // His own token: the pull brings Jane's scorecard, and the last pull says what it read.
    await replaceToken(samPage, sam);
    await samCard.getByRole('button', { name: 'Import now' }).click();
    await expect(samCard).toContainText('1 new scorecard imported, 0 already imported, 0 already seen, 0 skipped');

    await goToScreen(samPage, 'Team');
    const row = samPage.getByRole('table', { name: 'Team scorecards' }).getByRole('row', { name: /Jane Reviewer/ });
    await expect(row).toContainText('Alex Morgan');
    await expect(row).toContainText('North');
    await expect(row).toContainText('90.0 %');
    await expect(row).toContainText(SERVER);
    await expect(row).toContainText(`${id}.r1.json`);

    await samPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    const means = samPage.getByRole('region', { name: 'Mean score per team and agent' });
    await expect(means.getByRole('button', { name: /^Alex Morgan: mean 90\.0, n 1/ })).toBeVisible();

    // A second pull finds nothing new: the cursor moved past it.
    await goToScreen(samPage, 'Sync');
    await samCard.getByRole('button', { name: 'Import now' }).click();
    await expect(samCard).toContainText('nothing new imported, 0 already imported, 0 already seen, 0 skipped');

    // The server's card with its last pull passes axe, wide and at half a laptop screen.
    for (const width of [1280, 720]) {
      await samPage.setViewportSize({ width, height: 900 });
      expect((await new AxeBuilder({ page: samPage }).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
  } finally {
    await second.stop();
    fs.rmSync(second.dataFolder, { recursive: true, force: true });
    await server.close();
  }
});
