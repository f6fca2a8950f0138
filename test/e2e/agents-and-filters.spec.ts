import { addAgent, answerWithKeys, expect, goTo, openApp, startReview, test } from './support/fixtures';
import type { Page } from '@playwright/test';

function reviewRows(page: Page) {
  return page.getByRole('table', { name: 'Reviews' }).getByRole('row').filter({ has: page.getByRole('cell') });
}

test('agents are added, edited and deactivated; the reviews list filters by agent and by status', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan', 'Blue');
  await addAgent(page, 'Sam Lee', 'Red');

  // Edit in place.
  const agents = page.getByRole('table', { name: 'Agents' });
  await agents.getByRole('button', { name: 'Edit Sam Lee' }).click();
  const edit = page.getByRole('form', { name: 'Edit Sam Lee' });
  await edit.getByLabel('Edit Name').fill('Sam Leigh');
  await edit.getByLabel('Edit Team').fill('Green');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(agents.getByRole('row', { name: /Sam Leigh/ })).toContainText('Green');

  // One completed review for Alex, one draft for Sam.
  await startReview(page, 'Alex Morgan', 'A-1');
  await answerWithKeys(page, 'mmmmmmmmmmmmmmmmmmmm');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.getByRole('dialog', { name: 'Complete this review?' }).getByRole('button', { name: 'Complete review' }).click();
  await expect(page.getByText(/^Completed .* by Jane Reviewer$/)).toBeVisible();
  await startReview(page, 'Sam Leigh', 'S-1');
  await answerWithKeys(page, 'mn');

  // Deactivate Sam: gone from the active list and from new reviews, back with "Show inactive".
  await goTo(page, 'Agents');
  await agents.getByRole('button', { name: 'Deactivate Sam Leigh' }).click();
  await expect(agents.getByRole('rowheader', { name: 'Sam Leigh' })).toHaveCount(0);
  await page.getByLabel('Show inactive agents').check();
  await expect(agents.getByRole('row', { name: /Sam Leigh/ })).toContainText('Inactive');
  await goTo(page, 'New review');
  await expect(page.getByLabel('Agent', { exact: true }).getByRole('option', { name: /Alex Morgan/ })).toHaveCount(1);
  await expect(page.getByLabel('Agent', { exact: true }).getByRole('option', { name: /Sam Leigh/ })).toHaveCount(0);

  // Filters.
  await goTo(page, 'Reviews');
  await expect(reviewRows(page)).toHaveCount(2);
  await page.getByLabel('Agent', { exact: true }).selectOption({ label: 'Alex Morgan' });
  await expect(reviewRows(page)).toHaveCount(1);
  await expect(reviewRows(page).first()).toContainText('A-1');
  await page.getByLabel('Agent', { exact: true }).selectOption({ label: 'Sam Leigh (inactive)' });
  await expect(reviewRows(page)).toHaveCount(1);
  await expect(reviewRows(page).first()).toContainText('S-1');

  await page.getByLabel('Agent', { exact: true }).selectOption({ label: 'All agents' });
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Draft' });
  await expect(reviewRows(page)).toHaveCount(1);
  await expect(reviewRows(page).first()).toContainText('Sam Leigh');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Completed' });
  await expect(reviewRows(page)).toHaveCount(1);
  await expect(reviewRows(page).first()).toContainText('Alex Morgan');
  await expect(reviewRows(page).first()).toContainText('100.0 %');
  await expect(reviewRows(page).first()).toContainText('Exceeds expectations');

  // Reactivate.
  await goTo(page, 'Agents');
  await page.getByLabel('Show inactive agents').check();
  await agents.getByRole('button', { name: 'Reactivate Sam Leigh' }).click();
  await page.getByLabel('Show inactive agents').uncheck();
  await expect(agents.getByRole('row', { name: /Sam Leigh/ })).toContainText('Active');
});
