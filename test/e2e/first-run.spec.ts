import { expect, test } from './support/fixtures';

test('first run asks for the reviewer’s name and keeps it across reload and restart', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Callmark' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your name' })).toBeVisible();

  // An empty name is refused with a message, not sent.
  await page.getByRole('button', { name: 'Start reviewing' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please type your name.');

  await page.getByLabel('Your name').fill('Priya Shah');
  await page.keyboard.press('Enter');
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: /Priya Shah/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reviews', level: 1 })).toBeVisible();
  // The token left the address bar but the reload still works (kept for this tab).
  expect(page.url()).not.toContain('token=');

  await page.reload();
  await expect(header.getByRole('link', { name: /Priya Shah/ })).toBeVisible();

  const url = await host.restart();
  await page.goto(url);
  await expect(page.getByRole('banner').getByRole('link', { name: /Priya Shah/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Callmark' })).toHaveCount(0);

  // The name can be changed later in settings.
  await page.getByRole('banner').getByRole('link', { name: /Priya Shah/ }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByLabel('Your name').fill('Priya Shah-Jones');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: /Priya Shah-Jones/ })).toBeVisible();
});
