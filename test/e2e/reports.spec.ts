import fs from 'node:fs';
import { apiFor } from './support/api';
import { docScreenshot } from './support/doc-screenshots';
import { openApp } from './support/fixtures';
import { startHost } from './support/host';
import { completeScorecard, daysAgo, shareAndDeliver } from './support/reports';
import { expect, goToScreen, targetCard, test } from './support/sync';
import { csvObjects } from '../unit/csv/parse-csv';

test("a colleague's scorecards join ours once the agent match is confirmed, and the chart, its table and its CSV say the same", async ({ page, host, tempFolder }) => {
  test.setTimeout(120_000);
  const share = tempFolder();
  const jane = apiFor(host.url);
  await jane.call('reviewer.setName', { name: 'Jane Reviewer' });
  const sarah = await jane.call<{ id: string }>('agents.create', { name: 'Sarah Collins', team: 'Blue team' });
  const lee = await jane.call<{ id: string }>('agents.create', { name: 'Lee Wong', team: 'Blue team', organisationKey: 'E2002' });
  // Jane's own: Sarah at 90 % and 80 %, Lee at 100 % and 95 %.
  await completeScorecard(jane, sarah.id, daysAgo(10), 2, 'CALL-1');
  await completeScorecard(jane, sarah.id, daysAgo(9), 4, 'CALL-2');
  await completeScorecard(jane, lee.id, daysAgo(8), 0, 'CALL-3');
  await completeScorecard(jane, lee.id, daysAgo(7), 1, 'CALL-4');
  const targetId = await shareAndDeliver(jane, share, false, 4);

  // Sam, on another computer, scores his own "Sarah Collins" (no key: only a proposal) and Lee (same key, another spelling).
  const colleague = await startHost({ dataFolder: tempFolder('callmark-colleague-') });
  try {
    const sam = apiFor(colleague.url);
    await sam.call('reviewer.setName', { name: 'Sam Colleague' });
    const hisSarah = await sam.call<{ id: string }>('agents.create', { name: 'Sarah Collins', team: 'Blue team' });
    const hisLee = await sam.call<{ id: string }>('agents.create', { name: 'L. Wong', team: 'Blue team', organisationKey: 'e2002' });
    await completeScorecard(sam, hisSarah.id, daysAgo(6), 0, 'CALL-5');
    await completeScorecard(sam, hisLee.id, daysAgo(5), 3, 'CALL-6');
    await shareAndDeliver(sam, share, true, 2);
  } finally {
    await colleague.stop();
  }

  await openApp(page, host.url, 'Jane Reviewer');
  await goToScreen(page, 'Sync');
  const card = targetCard(page, 'Team share');
  await card.getByRole('button', { name: 'Import now' }).click();
  await expect(card).toContainText('2 new scorecards and 1 roster entry imported');
  void targetId;

  // Lee joined by key at once; Sarah is only proposed, and joins when Jane says they are one person.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agents' }).click();
  const proposals = page.getByRole('region', { name: 'Same person?' });
  await expect(proposals).toContainText('Sarah Collins (Blue team), on 1 colleague scorecard, and your Sarah Collins (Blue team)');
  await proposals.getByRole('button', { name: 'Same person: Sarah Collins' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is now the same person' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Same person?' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Merges' })).toContainText('Sarah Collins');

  // Reports: Sarah has 90, 80 and 100 → mean 90.0 over 3; Lee 100, 95 and 85 → 93.3 over 3.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const means = page.getByRole('region', { name: 'Mean score per team and agent' });
  const mark = means.getByRole('button', { name: /^Sarah Collins: mean/ });
  await expect(mark).toHaveAttribute('aria-label', /^Sarah Collins: mean 90\.0, n 3, 95 % interval 65\.2 to 114\.8\. Cannot be told apart from the team$/);
  await expect(means.getByRole('button', { name: /^Lee Wong: mean 93\.3, n 3/ })).toBeVisible();
  await expect(means.getByRole('button', { name: /^Team Blue team: mean 91\.7, n 6/ })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 1100 });
  await docScreenshot(page, 'reports');

  // The same figures in the table of the chart…
  await means.getByRole('button', { name: 'Table', exact: true }).click();
  const row = means.getByRole('table', { name: 'Mean score per team and agent' }).getByRole('row', { name: /Sarah Collins/ });
  await expect(row.getByRole('cell')).toHaveText(['Sarah Collins', 'Blue team', '3', '90', '65.2', '114.8', /^Cannot be told apart from the rest of Blue team/]);

  // …and in its CSV.
  const [download] = await Promise.all([page.waitForEvent('download'), means.getByRole('button', { name: 'CSV of Mean score per team and agent' }).click()]);
  const csv = csvObjects(fs.readFileSync((await download.path())!, 'utf8'));
  expect(csv.find((r) => r['Team or agent'] === 'Sarah Collins')).toMatchObject({ n: '3', 'Mean %': '90', '95 % from': '65.2', '95 % to': '114.8' });

  // A cell of the chart lists the scorecards behind it: two of Jane's, one of Sam's.
  await means.getByRole('button', { name: 'Chart', exact: true }).click();
  await means.getByRole('button', { name: /^Sarah Collins: mean/ }).press('Enter');
  const behind = page.getByRole('table', { name: 'Scorecards behind Sarah Collins' });
  await expect(behind.getByRole('row')).toHaveCount(4);
  await expect(behind).toContainText('A colleague');
  await expect(behind).toContainText('Sam Colleague');

  // Only colleagues' scorecards: Sarah has Sam's one, at 100 %.
  await page.getByLabel('Scorecards', { exact: true }).selectOption('team');
  await expect(means.getByRole('button', { name: /^Sarah Collins: mean 100\.0, n 1/ })).toBeVisible();
});
