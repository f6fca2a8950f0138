import { addAgent, answerWithKeys, element, expect, openApp, scorePanel, startReview, test } from './support/fixtures';

test('Complete on an unfinished draft is refused with a list of what is missing, each item leading to its element', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan');
  await startReview(page, 'Alex Morgan');

  await answerWithKeys(page, 'mna');
  await page.keyboard.press('ControlOrMeta+Enter');

  const missing = page.getByRole('region', { name: /Not complete yet/ });
  await expect(missing.getByRole('heading')).toHaveText('Not complete yet: 17 items need your attention');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(missing.getByRole('link')).toHaveCount(17);
  await expect(missing.getByRole('link', { name: /^1\.4 / })).toBeVisible();
  await expect(missing.getByRole('link', { name: /^1\.1 / })).toHaveCount(0);

  // A missing item is a link to its element, ready for its key.
  await missing.getByRole('link', { name: /^3\.2 / }).click();
  await expect(element(page, '3.2')).toBeFocused();
  await page.keyboard.press('m');
  await expect(missing.getByRole('heading')).toHaveText('Not complete yet: 16 items need your attention');
  await expect(missing.getByRole('link', { name: /^3\.2 / })).toHaveCount(0);
  await expect(page.getByText(/^Completed .* by/)).toHaveCount(0);

  // A section with nothing applicable is shown as meeting expectations, never as zero.
  await missing.getByRole('link', { name: /^4\.1 / }).click();
  await answerWithKeys(page, 'aaaaa');
  const close = scorePanel(page).getByRole('listitem').filter({ hasText: 'Close' });
  await expect(close).toContainText('N/A — Meets expectations');
  await expect(close).toContainText('5 / 5');
});
