import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { apiFor, type Api } from './support/api';

/**
 * Issue 13 item 8, the reviews list: a reference of any length never widens
 * it, dates keep to two lines, the columns fill a wide window, and it is
 * searched by reference and filtered by the user's own days (the browser is
 * in Auckland here, thirteen hours ahead of UTC, so UTC days would differ).
 */
test.use({ timezoneId: 'Pacific/Auckland' });

async function seed(api: Api): Promise<void> {
  await api.call('reviewer.setName', { name: 'Jane Reviewer' });
  const agent = await api.call<{ id: string }>('agents.create', { name: 'Alex Morgan', team: 'Blue team' });
  const [template] = await api.call<{ latestVersionId: string }[]>('templates.list', {});
  const review = (occurredAt: string, reference: string) =>
    api.call('reviews.create', { agentId: agent.id, templateVersionId: template?.latestVersionId, interaction: { channel: 'phone', occurredAt, reference } });
  // 21 November in Auckland runs from 2026-11-20T11:00Z to 2026-11-21T11:00Z.
  await review('2026-11-20T12:00:00.000Z', 'CALL-1001'); // 21 Nov, 01:00 in Auckland (20 Nov in UTC)
  await review('2026-11-21T09:00:00.000Z', 'CALL-1002'); // 21 Nov, 22:00 in Auckland
  await review('2026-11-21T12:00:00.000Z', 'call-1003'); // 22 Nov, 01:00 in Auckland (21 Nov in UTC)
  await review('2026-11-19T09:00:00.000Z', `REF-${'7'.repeat(150)}`);
}

const references = (page: Page) =>
  page.getByRole('table', { name: 'Reviews' }).locator('tbody tr td:nth-child(6)').allTextContents();

test('a long reference never widens the list; dates keep to two lines; a wide window is used', async ({ page, host }) => {
  await seed(apiFor(host.url));
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, host.url);
  const table = page.getByRole('table', { name: 'Reviews' });
  await expect(table.getByRole('row')).toHaveCount(5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
  // The table spans the screen's width, and no row needs more than two lines.
  const tableBox = await table.boundingBox();
  const main = await page.locator('main').boundingBox();
  expect((tableBox?.width ?? 0) / ((main?.width ?? 1) - 48)).toBeGreaterThan(0.95);
  for (const row of await table.locator('tbody tr').all()) expect((await row.boundingBox())?.height ?? 0).toBeLessThan(64);
  // The long reference is cut with an ellipsis, and whole in its title.
  const long = table.getByRole('cell', { name: /^REF-7+$/ });
  expect(await long.getAttribute('title')).toBe(`REF-${'7'.repeat(150)}`);
  expect(await long.evaluate((cell) => cell.scrollWidth > cell.clientWidth)).toBe(true);
  // A date is the day, then the time: two lines, each unbroken, never four.
  const when = table.locator('tbody tr').first().locator('td').nth(2);
  expect(await when.evaluate((cell) => [...cell.querySelectorAll('span')].map((part) => part.getClientRects().length))).toEqual([1, 1]);

  // Half a screen: the page stays as wide as the window.
  await page.setViewportSize({ width: 720, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(720);
});

test('searched by reference, and filtered by the user’s own days, not UTC days', async ({ page, host }) => {
  await seed(apiFor(host.url));
  await openApp(page, host.url);
  const filters = page.getByRole('group', { name: 'Filter reviews' });
  const table = page.getByRole('table', { name: 'Reviews' });
  await expect(table.locator('tbody tr')).toHaveCount(4);

  await filters.getByLabel('Reference').fill('call-100');
  await expect.poll(() => references(page)).toEqual(['call-1003', 'CALL-1002', 'CALL-1001']);
  await filters.getByLabel('Reference').fill('1002');
  await expect.poll(() => references(page)).toEqual(['CALL-1002']);
  await filters.getByLabel('Reference').fill('');

  // 21 November where the user is: the call at 01:00 and the one at 22:00, not the one just after midnight.
  await filters.getByLabel('Calls from').fill('2026-11-21');
  await filters.getByLabel('to (included)').fill('2026-11-21');
  await expect.poll(() => references(page)).toEqual(['CALL-1002', 'CALL-1001']);
  await expect(table.locator('tbody tr').first()).toContainText('Nov 21, 2026');
  await filters.getByLabel('Calls from').fill('2026-11-22');
  await expect(filters.getByRole('alert')).toContainText('after the “to” date');

  // The export speaks of the same local days, and starts from the list's dates.
  await filters.getByLabel('Calls from').fill('2026-11-21');
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  await expect(dialog).not.toContainText('UTC');
  await expect(dialog.getByLabel('Calls from')).toHaveValue('2026-11-21');
  await expect(dialog.getByLabel('Calls to (included)')).toHaveValue('2026-11-21');
});

test('the list API refuses a backwards date range, naming the field', async ({ host }) => {
  const api = apiFor(host.url);
  await expect(api.call('reviews.list', { from: '2026-11-22T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' })).rejects.toThrow(/to: from must be before to/);
  await expect(api.call('reviews.list', { from: '2026-11-22' })).rejects.toThrow(/from/);
});
