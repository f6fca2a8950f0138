import { addAgent, answerWithKeys, element, expect, openApp, scorePanel, startReview, test } from './support/fixtures';

test('scores the seed card from the keyboard alone, completes it, and finds it unchanged and read-only after a restart', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan', 'Blue team');
  await startReview(page, 'Alex Morgan', 'CALL-1001');

  const panel = scorePanel(page);
  await expect(panel.getByText('Provisional')).toBeVisible();
  await expect(panel.getByText('0 / 20 answered')).toBeVisible();

  // Six misses, fourteen met: one key per element, focus moves on by itself.
  await answerWithKeys(page, 'nnnnnn');
  await expect(panel.getByText('6 / 20 answered')).toBeVisible();
  await answerWithKeys(page, 'mmmmmmmmmmmmmm');

  await expect(panel.getByText('20 / 20 answered')).toBeVisible();
  await expect(panel.getByText('70.0 %', { exact: true })).toBeVisible();
  await expect(panel.getByText('Meets expectations')).toBeVisible();
  await expect(panel.getByText('Provisional')).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveText(/All changes saved/);

  await page.keyboard.press('ControlOrMeta+Enter');
  const dialog = page.getByRole('dialog', { name: 'Complete this review?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(/^Completed .* by Jane Reviewer$/)).toBeVisible();

  const url = await host.restart();
  await page.goto(url);
  const row = page.getByRole('table', { name: 'Reviews' }).getByRole('row', { name: /Alex Morgan/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Completed');
  await expect(row).toContainText('70.0 %');
  await expect(row).toContainText('Meets expectations');
  await row.getByRole('link', { name: 'Alex Morgan' }).click();

  await expect(page.getByText(/^Completed .* by Jane Reviewer$/)).toBeVisible();
  await expect(scorePanel(page).getByText('70.0 %', { exact: true })).toBeVisible();
  await expect(scorePanel(page).getByText('Meets expectations')).toBeVisible();
  // Unchanged: the same answers, and nothing can change them.
  await expect(page.getByRole('radio', { name: 'Not met', checked: true })).toHaveCount(6);
  await expect(page.getByRole('radio', { name: 'Met', exact: true, checked: true })).toHaveCount(14);
  await expect(page.getByRole('radio', { disabled: false })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Complete review' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /comment/i })).toHaveCount(0);

  await element(page, '1.1').focus();
  await page.keyboard.press('m');
  await expect(page.getByRole('radio', { name: 'Not met', checked: true })).toHaveCount(6);
  await expect(element(page, '1.1').getByRole('radio', { name: 'Not met' })).toBeChecked();
});
