import fs from 'node:fs';
import path from 'node:path';
import { addAgent, expect, openApp, test } from './support/fixtures';

test('a damaged database is moved aside, the app says where, and the notice can be dismissed', async ({ page, host }) => {
  await openApp(page, host.url, 'Sam Patel');
  await addAgent(page, 'Alex Morgan');

  await host.stop();
  const database = path.join(host.dataFolder, 'callmark.sqlite');
  const garbage = 'this is not an SQLite database\n'.repeat(200);
  fs.writeFileSync(database, garbage);
  const url = await host.restart();
  await page.goto(url);

  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Callmark found its database damaged and moved it to ');
  await expect(notice).toContainText('A new, empty database was started. Your old data may be recoverable from that file — keep it.');
  const movedTo = /moved it to (\S+)\. A new/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
  expect(path.dirname(movedTo)).toBe(host.dataFolder);
  expect(path.basename(movedTo)).toMatch(/^callmark\.sqlite\.corrupt-/);
  // Moved, not replaced: the damaged bytes are all still there for recovery.
  expect(fs.readFileSync(movedTo, 'utf8')).toBe(garbage);

  // The new database is empty, so the first-run form shows, and the notice stays above it.
  await expect(page.getByRole('heading', { name: 'Welcome to Callmark' })).toBeVisible();
  await page.getByLabel('Your name').fill('Sam Patel');
  await page.getByRole('button', { name: 'Start reviewing' }).click();
  await expect(page.getByRole('heading', { name: 'Reviews', level: 1 })).toBeVisible();
  await expect(notice).toBeVisible();

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('main')).toBeFocused();

  // The new database is sound: the next start has nothing to say.
  await page.goto(await host.restart());
  await expect(page.getByRole('heading', { name: 'Reviews', level: 1 })).toBeVisible();
  await expect(page.getByText(/found its database damaged/)).toHaveCount(0);
});
