import { addAgent, answerWithKeys, element, expect, openApp, savedIndicator, startReview, test } from './support/fixtures';

test('a draft resumes after a restart with its answers and comment', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan');
  await startReview(page, 'Alex Morgan', 'CALL-2002');

  await answerWithKeys(page, 'mna');
  await expect(element(page, '1.4')).toBeFocused();
  await answerWithKeys(page, 'kk');
  await expect(element(page, '1.2')).toBeFocused();
  await page.keyboard.press('c');
  const comment = page.getByRole('textbox', { name: 'Comment on 1.2' });
  await expect(comment).toBeFocused();
  // Letters typed in the comment are text, never shortcuts (m, n, a, j, k are all in it).
  await page.keyboard.type('Did not name the team; make a note for coaching');
  await page.keyboard.press('Escape');
  await expect(element(page, '1.2')).toBeFocused();
  await expect(element(page, '1.2').getByRole('radio', { name: 'Not met' })).toBeChecked();
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);

  const url = await host.restart();
  await page.goto(url);
  const row = page.getByRole('table', { name: 'Reviews' }).getByRole('row', { name: /Alex Morgan/ });
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('provisional');
  await row.click();

  await expect(element(page, '1.1').getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
  await expect(element(page, '1.2').getByRole('radio', { name: 'Not met' })).toBeChecked();
  await expect(element(page, '1.3').getByRole('radio', { name: 'N/A' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Comment on 1.2' })).toHaveValue('Did not name the team; make a note for coaching');
  // Resuming lands on the first element still to answer.
  await expect(element(page, '1.4')).toBeFocused();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(3);
});
