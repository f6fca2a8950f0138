import { addAgent, answerWithKeys, completeWithKeys, openApp, startReview } from './support/fixtures';
import { expect, goToScreen, reviewIdOf, targetCard, targetCounts, test } from './support/sync';
import { startCallmarkServer } from '../support/callmark-server';

const OLD_TOKEN = 'cm-old-server-token-41';
const NEW_TOKEN = 'cm-new-server-token-93';

test('moving a server target to another address: the old token is not kept for it, and a new token set in the same edit is used', async ({ page, host }) => {
  const before = await startCallmarkServer({ token: OLD_TOKEN });
  const after = await startCallmarkServer({ token: NEW_TOKEN });
  try {
    await openApp(page, host.url);
    await addAgent(page, 'Alex Morgan');
    await goToScreen(page, 'Sync');
    await page.getByRole('button', { name: 'Add server…' }).click();
    const add = page.getByRole('dialog', { name: 'Add a server' });
    await add.getByLabel('Name', { exact: true }).fill('Quality server');
    await add.getByLabel('URL', { exact: true }).fill(before.url);
    await add.getByLabel('Token', { exact: true }).fill(OLD_TOKEN);
    await add.getByRole('button', { name: 'Add server' }).click();
    await expect(add).toHaveCount(0);
    const card = targetCard(page, 'Quality server');

    // Another address and no token typed: the connection test will not lend it the saved token, and saving removes it.
    await card.getByRole('button', { name: 'Edit…' }).click();
    let edit = page.getByRole('dialog', { name: 'Edit Quality server' });
    await edit.getByLabel('URL', { exact: true }).fill(after.url);
    await edit.getByRole('button', { name: 'Test connection' }).click();
    await expect(edit.getByRole('status')).toContainText('type its token');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toHaveCount(0);
    await expect(page.getByText(/The saved token was removed/)).toBeVisible();
    expect(after.requests.filter((r) => r.headers.authorization === `Bearer ${OLD_TOKEN}`)).toHaveLength(0);

    // The token for the new server, set in the edit dialog: the next scorecard goes there with it.
    await card.getByRole('button', { name: 'Edit…' }).click();
    edit = page.getByRole('dialog', { name: 'Edit Quality server' });
    await edit.getByLabel('Token', { exact: true }).fill(NEW_TOKEN);
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toHaveCount(0);

    await startReview(page, 'Alex Morgan', 'CALL-7001');
    const id = reviewIdOf(page);
    await answerWithKeys(page, 'mmmmmmmmmmmmmmmmmmmm');
    await completeWithKeys(page);
    await goToScreen(page, 'Sync');
    await expect(targetCounts(page, 'Quality server')).toHaveText(/0 pending\s*1 sent\s*0 failed/);
    expect(after.storeEvents).toEqual([`${id}:r1`]);
    expect(before.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  } finally {
    await before.close();
    await after.close();
  }
});
