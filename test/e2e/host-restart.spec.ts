import net from 'node:net';
import { test, expect, openApp, addAgent, startReview, element, answerWithKeys, savedIndicator } from './support/fixtures';
import { newDataFolder, startHost, type StartedHost } from './support/host';

/** A port free now, so the restarted host comes back at the same address, as `./callmark start` does. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const answer = (page: Parameters<typeof element>[0], number: string, value: 'Met' | 'Not met' | 'N/A') =>
  element(page, number).getByRole('radio', { name: value, exact: true });

test('answers typed while the browser host restarted are kept in the page and saved once its new address is pasted in', async ({ page }) => {
  const dataFolder = newDataFolder();
  const env = { CALLMARK_PORT: String(await freePort()) };
  let host: StartedHost = await startHost({ dataFolder, env });
  try {
    await openApp(page, host.url);
    await addAgent(page, 'Alex Morgan');
    await startReview(page, 'Alex Morgan');
    await answerWithKeys(page, 'mmm');
    await expect(savedIndicator(page)).toHaveText(/All changes saved/);
    const reviewUrl = page.url();

    // The host goes away: what is typed now cannot be saved, and the page says so.
    await host.stop();
    await answerWithKeys(page, 'nm');
    await expect(savedIndicator(page)).toHaveText(/^Not saved — retrying\./);

    // It comes back with a new token: the page's next attempt is refused, and it says why and what to do.
    host = await startHost({ dataFolder, env });
    const notice = page.getByRole('alert').filter({ hasText: 'browser host was restarted' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(notice).toContainText('paste it into this tab’s address bar');
    await answerWithKeys(page, 'a');
    await expect(savedIndicator(page)).not.toHaveText(/All changes saved/);

    // The new address pasted into the same tab: only the hash changes, the page stays, and everything waiting goes out.
    await page.goto(host.url);
    await expect(notice).toHaveCount(0);
    await expect(savedIndicator(page)).toHaveText(/All changes saved/);
    expect(page.url()).toBe(reviewUrl);

    // Every answer reached the database: a fresh load reads them back.
    await page.reload();
    await expect(answer(page, '1.3', 'Met')).toBeChecked();
    await expect(answer(page, '1.4', 'Not met')).toBeChecked();
    await expect(answer(page, '1.5', 'Met')).toBeChecked();
    await expect(answer(page, '2.1', 'N/A')).toBeChecked();
  } finally {
    await host.stop();
  }
});
