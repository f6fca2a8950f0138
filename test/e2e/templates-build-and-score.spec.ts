import { addAgent, element, expect, goTo, openApp, scorePanel, test } from './support/fixtures';
import { draftSaved, expectRow, goToTemplates, outline, retitleRow } from './support/templates';

test('builds a template by keyboard, publishes it, and scores a scale (10 included), a critical element and an always-comment by keyboard', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan', 'Blue team');

  // A new template starts as a draft with one section and one element, the first row in focus.
  await goToTemplates(page);
  await page.getByRole('form', { name: 'New template' }).getByLabel('Name').fill('Sales calls 2027');
  await page.getByRole('button', { name: 'Create and build' }).click();
  await expect(page.getByRole('heading', { name: 'Sales calls 2027', level: 1 })).toBeVisible();
  await expectRow(page, '1');

  // Structure from the keyboard: retitle, add an element, add a section, move rows.
  await retitleRow(page, 'Opening');
  await expectRow(page, '1');
  await page.keyboard.press('ArrowDown');
  await expectRow(page, '1.1');
  await retitleRow(page, 'Completes the data-protection check');
  await page.keyboard.press('e');
  await expectRow(page, '1.2');
  await retitleRow(page, 'Greets the customer');
  // The greeting comes first: Alt+↑ moves it above the check.
  await page.keyboard.press('Alt+ArrowUp');
  await expectRow(page, '1.1');
  await expect(outline(page).getByRole('listitem').nth(1)).toHaveAccessibleName(/^Element 1\.1: Greets the customer/);

  await page.keyboard.press('s');
  await expectRow(page, '2');
  await retitleRow(page, 'Conversation');
  await page.keyboard.press('ArrowDown');
  await retitleRow(page, 'Active listening');
  await page.keyboard.press('e');
  await retitleRow(page, 'Appropriate use of empathy');
  await page.keyboard.press('e');
  await retitleRow(page, 'A stray element');
  // Delete asks first; Enter confirms.
  await page.keyboard.press('Delete');
  const removeDialog = page.getByRole('dialog', { name: 'Remove element 2.3?' });
  await expect(removeDialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(removeDialog).toHaveCount(0);
  await expectRow(page, '2.2');
  await expect(outline(page).getByRole('listitem')).toHaveCount(6);

  // Every option of an element: the empathy element may be not applicable.
  const editor = page.getByRole('region', { name: 'Element 2.2' });
  await editor.getByLabel('May be marked not applicable').check();
  // The scale: 0 to 10, a comment on every answer.
  await page.getByRole('listitem', { name: /^Element 2\.1: Active listening/ }).click();
  const scaleEditor = page.getByRole('region', { name: 'Element 2.1' });
  await scaleEditor.getByRole('radio', { name: 'Scale' }).check();
  await scaleEditor.getByLabel('Highest point').fill('10');
  await expect(scaleEditor.getByLabel('Label for 10')).toHaveValue('10');
  await scaleEditor.getByLabel('Label for 0').fill('Not at all');
  await scaleEditor.getByLabel('Label for 10').fill('Throughout');
  await scaleEditor.getByRole('radio', { name: 'Always' }).check();
  await scaleEditor.getByLabel('Points').fill('3');
  // The data-protection check fails the whole scorecard when missed.
  await page.getByRole('listitem', { name: /^Element 1\.2: Completes the data-protection check/ }).click();
  await page.getByRole('region', { name: 'Element 1.2' }).getByRole('radio', { name: /Critical for the scorecard/ }).check();
  await expect(outline(page).getByRole('listitem', { name: /^Element 1\.2: .*critical: scorecard/ })).toBeVisible();

  // Bad input is named at its field, and the problems list goes there.
  await page.getByRole('region', { name: 'Element 1.2' }).getByLabel('Points').fill('0');
  const problems = page.getByRole('region', { name: /1 problem to fix before publishing/ });
  await expect(problems).toContainText('sections[0].elements[1].points: must be a positive number');
  await page.getByLabel('Target (%)').fill('abc');
  await expect(page.getByRole('region', { name: /2 problems/ })).toContainText('target: must be a number');
  await page.getByRole('button', { name: /sections\[0\]\.elements\[1\]\.points/ }).click();
  await expect(page.getByRole('region', { name: 'Element 1.2' }).getByLabel('Points')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2');
  await page.getByLabel('Target (%)').fill('75');
  await expect(page.getByText('No problems: the draft can be published.')).toBeVisible();

  // Bands by their lower bounds, and the live preview shows where 69.99, 70, 90 and 90.01 land.
  const where = page.getByRole('table', { name: 'Where scores land' });
  await expect(where.getByRole('row', { name: '69.99 % Does not meet expectations' })).toBeVisible();
  await expect(where.getByRole('row', { name: '70 % Meets expectations' })).toBeVisible();
  await expect(where.getByRole('row', { name: '90 % Meets expectations' })).toBeVisible();
  await expect(where.getByRole('row', { name: '90.01 % Exceeds expectations' })).toBeVisible();
  const samples = page.getByRole('table', { name: 'Sample scorecards' });
  await expect(samples.getByRole('row', { name: /^Everything fully met/ })).toContainText('100.0 %');
  await expect(samples.getByRole('row', { name: /^Everything at its lowest/ })).toContainText('Automatic fail');

  // A band overlapping the one below is refused at its field; putting it back clears it.
  await page.getByLabel('Band 3 starts at').fill('80');
  await page.getByLabel('Band 2 starts at').fill('85');
  await expect(page.getByRole('region', { name: /problem/ })).toContainText('bands[2].from: overlaps "Does not meet expectations": scores from 80 % to 85 % are in both');
  await page.getByLabel('Band 2 starts at').fill('70');
  await page.getByLabel('Band 3 starts at').fill('90');
  await expect(page.getByText('No problems: the draft can be published.')).toBeVisible();
  await draftSaved(page);

  // The draft survives leaving the screen and a restart of the app.
  await page.goto(await host.restart());
  await goToTemplates(page);
  await page.getByRole('link', { name: 'Sales calls 2027' }).click();
  await expect(outline(page).getByRole('listitem', { name: /^Element 2\.1: Active listening, scale 0–10, 3 pts, comment always/ })).toBeVisible();

  // Publish from the keyboard: Ctrl+Enter reviews, the dialog confirms.
  await outline(page).getByRole('listitem').first().focus();
  await page.keyboard.press('ControlOrMeta+Enter');
  const panel = page.getByRole('region', { name: 'Publish version 1' });
  await expect(panel).toContainText('This is the first version');
  await panel.getByRole('button', { name: 'Publish version 1…' }).click();
  await expect(page.getByRole('dialog', { name: 'Publish version 1?' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Version 1 published/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Versions' })).toContainText('1 — Sales calls 2027');

  // Score it by keyboard.
  await goTo(page, 'New review');
  await page.getByLabel('Agent', { exact: true }).selectOption({ label: 'Alex Morgan — Blue team' });
  await page.getByLabel('Scorecard').selectOption({ label: 'Sales calls 2027 (version 1)' });
  await page.getByRole('button', { name: 'Start scoring' }).click();
  await expect(element(page, '1.1')).toBeFocused();
  await page.keyboard.press('m');
  await page.keyboard.press('m');
  await expect(element(page, '2.1')).toBeFocused();
  // On a 0–10 scale, 1 waits for a second digit; Enter answers 1 at once.
  await page.keyboard.press('1');
  await expect(page.getByText('2.1: 1… press 0 for 10, or Enter for 1.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(element(page, '2.1').getByRole('radio', { name: '1 1' })).toBeChecked();
  await expect(element(page, '2.2')).toBeFocused();
  // 1 then 0 is 10.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('1');
  await page.keyboard.press('0');
  await expect(element(page, '2.1').getByRole('radio', { name: '10 Throughout' })).toBeChecked();
  await expect(element(page, '2.2')).toBeFocused();
  await page.keyboard.press('a');
  const panelScore = scorePanel(page);
  await expect(panelScore.getByText('100.0 %', { exact: true }).first()).toBeVisible();

  // "Always": completing asks for the comment on the scale.
  await page.keyboard.press('ControlOrMeta+Enter');
  const missing = page.getByRole('region', { name: /Not complete yet/ });
  await expect(missing.getByRole('heading')).toHaveText('Not complete yet: 1 item needs your attention');
  await expect(missing).toContainText('2.1 Active listening — comment required');
  // The link leads straight to the comment box.
  await missing.getByRole('link', { name: /^2\.1 Active listening/ }).press('Enter');
  await page.keyboard.type('Listened throughout, summarised back.');
  await page.keyboard.press('Escape');

  // The critical check missed fails the whole scorecard.
  await element(page, '1.2').focus();
  await page.keyboard.press('n');
  await expect(panelScore.getByText('0.0 %', { exact: true }).first()).toBeVisible();
  await expect(panelScore).toContainText(/automatic fail/i);
  await page.keyboard.press('ControlOrMeta+Enter');
  const complete = page.getByRole('dialog', { name: 'Complete this review?' });
  await expect(complete).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Completed .* by Jane Reviewer$/)).toBeVisible();
  await expect(panelScore).toContainText('Does not meet expectations');
});
