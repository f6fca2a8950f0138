import {
  addAgent,
  answerWithKeys,
  completeWithKeys,
  element,
  expect,
  openApp,
  savedIndicator,
  scorePanel,
  startReview,
  test,
} from './support/fixtures';
import type { Page } from '@playwright/test';

const reasonLabel = 'Why is this review being revised?';

/** Revise… on the completed banner, a reason typed, confirmed with Ctrl+Enter; waits for the new draft. */
async function revise(page: Page, reason: string, revision: number): Promise<void> {
  await page.getByRole('button', { name: 'Revise…' }).click();
  await expect(page.getByRole('textbox', { name: reasonLabel })).toBeFocused();
  await page.keyboard.type(reason);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByText(`Revision ${revision} — draft — ${reason}`)).toBeVisible();
}

function history(page: Page) {
  return page.getByRole('region', { name: /^History/ });
}

test('a completed review is revised with a reason; the history shows both revisions, who, why, the scores and what changed', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan');
  await startReview(page, 'Alex Morgan', 'CALL-2001');
  await answerWithKeys(page, 'nnnnnnmmmmmmmmmmmmmm');
  await completeWithKeys(page);

  const reviseButton = page.getByRole('button', { name: 'Revise…' });
  await reviseButton.click();
  const dialog = page.getByRole('dialog', { name: 'Revise this review' });
  const reason = dialog.getByRole('textbox', { name: reasonLabel });
  await expect(reason).toBeFocused();
  // The reason is required: confirming without one is refused and says so.
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Please say why this review is being revised.');
  // Esc cancels, nothing changes, and focus is back where it was.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(reviseButton).toBeFocused();
  await expect(page.getByRole('radio', { disabled: false })).toHaveCount(0);

  await reviseButton.click();
  await page.keyboard.type('The greeting was there;');
  // Enter is a new line in the reason, not a confirmation.
  await page.keyboard.press('Enter');
  await page.keyboard.type('the recording started late.');
  await expect(reason).toHaveValue('The greeting was there;\nthe recording started late.');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(dialog).toHaveCount(0);

  // The same screen is now the editable draft of revision 2, with revision 1's answers kept.
  await expect(page.getByText(/^Revision 2 — draft — The greeting was there;/)).toBeVisible();
  await expect(element(page, '1.1')).toBeFocused();
  await expect(element(page, '1.1').getByRole('radio', { name: 'Not met' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Not met', checked: true })).toHaveCount(6);
  await page.keyboard.press('m');
  await expect(element(page, '1.1').getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
  await expect(scorePanel(page).getByText('75.0 %', { exact: true })).toBeVisible();
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);
  await completeWithKeys(page);
  await expect(page.getByText(/revision 2, read-only/)).toBeVisible();

  // History: folded at first, opened from the keyboard.
  const toggle = history(page).getByRole('button', { name: 'History (2 completed revisions)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  const second = history(page).getByRole('listitem', { name: 'Revision 2' });
  const first = history(page).getByRole('listitem', { name: 'Revision 1' });
  await expect(second).toContainText('Jane Reviewer');
  await expect(second).toContainText('The greeting was there;\nthe recording started late.');
  await expect(second).toContainText('75.0 %');
  await expect(second).toContainText('Meets expectations');
  await expect(second.getByRole('heading', { name: 'Changed from revision 1' })).toBeVisible();
  await expect(second.getByRole('listitem')).toHaveText(['1.1 Greeting applicable to the time of day: Not met → Met']);
  await expect(first).toContainText('Jane Reviewer');
  await expect(first).toContainText('70.0 %');
  await expect(first).toContainText('Meets expectations');
  await expect(first.getByRole('listitem')).toHaveCount(0);

  // The history survives a restart, as does the locked revision 2.
  await page.goto(await host.restart());
  await page.getByRole('table', { name: 'Reviews' }).getByRole('link', { name: 'Alex Morgan' }).click();
  await expect(page.getByText(/revision 2, read-only/)).toBeVisible();
  await history(page).getByRole('button', { name: /^History/ }).click();
  await expect(history(page).getByRole('listitem', { name: /^Revision \d$/ })).toHaveCount(2);
});

test('discarding a revision’s draft goes back to the completed revision, unchanged', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan');
  await startReview(page, 'Alex Morgan', 'CALL-2002');
  await answerWithKeys(page, 'nmmmmmmmmmmmmmmmmmmm');
  await completeWithKeys(page);
  await expect(scorePanel(page).getByText('95.0 %', { exact: true })).toBeVisible();

  await revise(page, 'Second opinion on the close', 2);
  await element(page, '4.1').focus();
  await page.keyboard.press('n');
  await expect(element(page, '4.1').getByRole('radio', { name: 'Not met' })).toBeChecked();
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);

  await page.getByRole('button', { name: 'Discard draft…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discard the draft of revision 2?' });
  await expect(dialog).toContainText('the review goes back to revision 1 exactly as it was completed');
  // Cancel is the default: a stray Enter throws nothing away.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Back to revision 1' }).click();

  await expect(page.getByText(/^Completed .* by Jane Reviewer$/)).toBeVisible();
  await expect(page.getByText(/Revision 2 — draft/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Discard draft…' })).toHaveCount(0);
  await expect(page.getByRole('radio', { disabled: false })).toHaveCount(0);
  await expect(element(page, '4.1').getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
  await expect(scorePanel(page).getByText('95.0 %', { exact: true })).toBeVisible();
  await expect(history(page).getByRole('button', { name: 'History (1 completed revision)' })).toBeVisible();

  // The list agrees: still completed, still 95 %.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  const row = page.getByRole('table', { name: 'Reviews' }).getByRole('row', { name: /Alex Morgan/ });
  await expect(row).toContainText('Completed');
  await expect(row).toContainText('95.0 %');
});

test('discarding a first draft deletes it and returns to the list', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan');
  await startReview(page, 'Alex Morgan', 'CALL-2003');
  await answerWithKeys(page, 'mn');
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);

  const discard = page.getByRole('button', { name: 'Discard draft…' });
  await discard.click();
  const dialog = page.getByRole('dialog', { name: 'Discard this draft?' });
  await expect(dialog).toContainText('The draft is deleted together with all its answers and comments. This cannot be undone.');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(discard).toBeFocused();
  await expect(element(page, '1.1').getByRole('radio', { name: 'Met', exact: true })).toBeChecked();

  await discard.click();
  await dialog.getByRole('button', { name: 'Delete draft' }).click();
  await expect(page.getByRole('heading', { name: 'Reviews', level: 1 })).toBeVisible();
  await expect(page.getByText('No reviews match. Start one with “New review”.')).toBeVisible();

  // Gone for good, not just hidden: a restart does not bring it back.
  await page.goto(await host.restart());
  await expect(page.getByText('No reviews match. Start one with “New review”.')).toBeVisible();
});
