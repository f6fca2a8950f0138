import { addAgent, element, expect, openApp, savedIndicator, startReview, test } from './support/fixtures';

test('the saved indicator says saved only once the backend has the change, and says so when it cannot', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan');
  await startReview(page, 'Alex Morgan');
  const indicator = savedIndicator(page);

  await page.keyboard.press('m');
  await expect(indicator).toHaveText(/All changes saved/);
  // C right after the answer: the comment is on 1.1, the element just answered.
  await page.keyboard.press('c');
  await page.keyboard.type('Warm greeting, no team name');
  // The comment waits in its debounce: not yet saved, and the indicator must not say it is.
  await expect(indicator).toHaveText('Saving…');
  await expect(indicator).toHaveText(/All changes saved at/);

  // What it called saved is in the database: a fresh load reads it back.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Comment on 1.1' })).toHaveValue('Warm greeting, no team name');
  await expect(element(page, '1.1').getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);

  // With the backend gone, a change is shown as not saved, with the reason.
  await host.stop();
  await element(page, '1.2').focus();
  await page.keyboard.press('n');
  await expect(savedIndicator(page)).toHaveText(/^Not saved — retrying\. .+/);
  await expect(element(page, '1.2').getByRole('radio', { name: 'Not met' })).toBeChecked();
});
