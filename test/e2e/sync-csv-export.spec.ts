import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { addAgent, answerWithKeys, completeWithKeys, element, expect, goTo, openApp, savedIndicator, startReview, test } from './support/fixtures';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Opens the export dialog from the reviews list, picks the rows, exports, and returns the downloaded file's name and bytes. */
async function exportCsv(page: Page, rows: string): Promise<{ name: string; bytes: Buffer }> {
  await goTo(page, 'Reviews');
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  await dialog.getByRole('radio', { name: new RegExp(`^${rows}`) }).check();
  await expect(dialog.getByLabel('Status', { exact: true })).toHaveValue('completed');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  await expect(dialog).toHaveCount(0);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(path) };
}

test('CSV export downloads a UTF-8 file with BOM, the header and one row per completed scorecard, formulas neutralised', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan');
  await addAgent(page, '=Risky Agent');

  // A completed scorecard with a comment a spreadsheet would run as a formula.
  await startReview(page, 'Alex Morgan', 'CALL-6001');
  await page.keyboard.press('c');
  await expect(page.getByRole('textbox', { name: 'Comment on 1.1' })).toBeFocused();
  await page.keyboard.type('=SUM(A1:A9)');
  await page.keyboard.press('Escape');
  await expect(element(page, '1.1')).toBeFocused();
  await answerWithKeys(page, 'mmmmmmmmmmmmmmmmmmmm');
  await completeWithKeys(page);

  await startReview(page, '=Risky Agent', 'CALL-6002');
  await answerWithKeys(page, 'nmmmmmmmmmmmmmmmmmmm');
  await completeWithKeys(page);

  // A draft: not in a "completed only" export.
  await startReview(page, 'Alex Morgan', 'CALL-6003');
  await answerWithKeys(page, 'mm');
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);

  const perScorecard = await exportCsv(page, 'One row per scorecard');
  expect(perScorecard.name).toMatch(/^callmark-scorecards-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(perScorecard.bytes.subarray(0, 3)).toEqual(BOM);
  const text = perScorecard.bytes.subarray(3).toString('utf8');
  const lines = text.split('\r\n').filter((line) => line !== '');
  expect(lines[0]).toMatch(/^scorecard_id,revision,status,occurred_at,completed_at,agent,team,reviewer,/);
  expect(lines).toHaveLength(3);
  expect(lines.filter((line) => line.includes(',completed,'))).toHaveLength(2);
  expect(text).not.toContain('CALL-6003');
  // The agent's name starts with "=": written as text, never as a formula.
  expect(text).toContain(",'=Risky Agent,");
  expect(text).not.toContain(',=Risky Agent');
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(`Exported 2 scorecards (2 rows) to ${perScorecard.name}.`);

  const perAnswer = await exportCsv(page, 'One row per answer');
  expect(perAnswer.bytes.subarray(0, 3)).toEqual(BOM);
  const answers = perAnswer.bytes.subarray(3).toString('utf8');
  expect(answers.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + 2 * 20);
  expect(answers).toContain(",'=SUM(A1:A9)");
  expect(answers).not.toContain(',=SUM(A1:A9)');
});
