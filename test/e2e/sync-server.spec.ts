import { addAgent, answerWithKeys, completeWithKeys, goTo, openApp, startReview } from './support/fixtures';
import { expect, goToScreen, reviewIdOf, targetCard, targetCounts, test } from './support/sync';
import { startCallmarkServer } from '../support/callmark-server';

const TOKEN = 'cm-test-token-7f3a9c';

test('a server that answers 500 first: the status says why in plain words, and "Retry now" delivers it once', async ({ page, host }) => {
  const server = await startCallmarkServer({ token: TOKEN });
  try {
    await openApp(page, host.url);
    await addAgent(page, 'Alex Morgan');
    await goToScreen(page, 'Sync');
    await page.getByRole('button', { name: 'Add server…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a server' });
    await dialog.getByLabel('Name', { exact: true }).fill('Quality server');

    // Plain http:// to another machine is refused with the schema's own words.
    await dialog.getByLabel('URL', { exact: true }).fill('http://quality.example.org/callmark/scorecards');
    await dialog.getByLabel('Token', { exact: true }).fill(TOKEN);
    await dialog.getByRole('button', { name: 'Add server' }).click();
    await expect(dialog.getByText('The URL must be an https:// URL (plain http:// only to localhost).')).toBeVisible();

    // The token is write-only, and the dialog says where it will be kept (the browser host: a private file).
    await expect(dialog.getByText(/^The token is kept in a file only your user account can read \(.*secrets\.json\)/)).toBeVisible();

    await dialog.getByLabel('URL', { exact: true }).fill(server.url);
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Connected\./);
    expect(server.stored.size).toBe(0);

    await dialog.getByRole('button', { name: 'Add server' }).click();
    await expect(dialog).toHaveCount(0);
    const card = targetCard(page, 'Quality server');
    await expect(card).toContainText(server.url);
    await expect(card).toContainText('Not known yet: nothing has been sent to it.');

    // The first delivery meets a 500 (with a long Retry-After, so only "Retry now" sends it again).
    server.script.push({
      status: 500,
      headers: { 'content-type': 'application/json', 'retry-after': '3600' },
      body: JSON.stringify({ message: 'The scorecard store is down for maintenance' }),
    });
    await startReview(page, 'Alex Morgan', 'CALL-5001');
    const id = reviewIdOf(page);
    await answerWithKeys(page, 'mmmmmmmmmmmmmmmmmmmm');
    await completeWithKeys(page);

    await goTo(page, 'Reviews');
    const row = page.getByRole('row', { name: /CALL-5001/ });
    await expect(row.getByRole('cell').last()).toHaveText(/Pending$/);

    await goToScreen(page, 'Sync');
    await expect(card.getByText('The scorecard store is down for maintenance').first()).toBeVisible();
    await expect(card).toContainText('Not reachable:');
    await expect(card).toContainText('Next attempt');
    await expect(targetCounts(page, 'Quality server')).toHaveText(/1 pending\s*0 sent\s*0 failed/);
    expect(server.stored.size).toBe(0);

    await card.getByRole('button', { name: 'Retry now' }).click();
    await expect(targetCounts(page, 'Quality server')).toHaveText(/0 pending\s*1 sent\s*0 failed/);
    await expect(card).toContainText('Reachable: the server took the last delivery.');
    await expect(card.getByText('The scorecard store is down for maintenance')).toHaveCount(0);
    expect([...server.stored.keys()]).toEqual([`${id}:r1`]);
    expect(server.storeEvents).toEqual([`${id}:r1`]);

    await goTo(page, 'Reviews');
    await expect(row.getByRole('cell').last()).toHaveText(/Sent$/);
  } finally {
    await server.close();
  }
});
