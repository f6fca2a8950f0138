import { addAgent, answerWithKeys, expect, goTo, openApp, scorePanel, startReview, test } from './support/fixtures';
import { apiFor } from './support/api';
import { toLocalInputValue } from '../../renderer/format/dates';

/**
 * Issue 13 item 8, forms and the score: names that show nothing or are too
 * long are refused with the reason (never cut), a second agent of the same
 * name is pointed out, an interaction cannot be in the future, a provisional
 * score looks provisional, the Complete dialog tells the truth about Revise,
 * and how the score is computed is on screen.
 */
test('names must be visible and are never cut; the same name twice is pointed out', async ({ page, host }) => {
  await openApp(page, host.url);
  await goTo(page, 'Agents');
  const form = page.getByRole('form', { name: 'Add an agent' });
  // Zero-width spaces and a zero-width joiner: nothing to read on a scorecard.
  await form.getByLabel('Name', { exact: true }).fill('\u200B\u200B\u200D');
  await form.getByRole('button', { name: 'Add agent' }).click();
  await expect(form.getByRole('alert')).toContainText('no visible characters');
  // 250 characters are all kept in the field, then refused with their count: nothing is silently cut.
  await form.getByLabel('Name', { exact: true }).fill('N'.repeat(250));
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('N'.repeat(250));
  await form.getByRole('button', { name: 'Add agent' }).click();
  await expect(form.getByRole('alert')).toContainText('250 characters long; at most 200');
  const api = apiFor(host.url);
  expect(await api.call<unknown[]>('agents.list', { includeInactive: true })).toHaveLength(0);

  // The reviewer's own name follows the same rule.
  await page.getByRole('banner').getByRole('link', { name: /Jane Reviewer/ }).click();
  await page.getByLabel('Your name').fill('\u2800\u3164');
  await page.getByRole('button', { name: /save/i }).click();
  await expect(page.getByRole('alert')).toContainText('no visible characters');

  // Two agents of one name (case and spacing aside): choosing either says so, with the team that tells them apart.
  await addAgent(page, 'Sam Lee', 'Blue team');
  // The Agents screen asks before adding the namesake, then adds it when told it is someone else.
  await form.getByLabel('Name', { exact: true }).fill('sam  lee');
  await form.getByLabel('Team', { exact: true }).fill('Green team');
  await form.getByRole('button', { name: 'Add agent' }).click();
  await expect(form.getByRole('alert')).toContainText('An agent called "sam  lee" already exists: Sam Lee (Blue team).');
  await form.getByRole('button', { name: 'Add anyway' }).click();
  await expect(page.getByRole('table', { name: 'Agents' }).getByRole('rowheader', { name: 'sam  lee', exact: true })).toBeVisible();
  await goTo(page, 'New review');
  const agent = page.getByLabel('Agent', { exact: true });
  await agent.selectOption({ label: 'Sam Lee — Blue team' });
  await expect(page.getByText('Another agent is also called Sam Lee (Green team): check this is the right one, of Blue team.')).toBeVisible();
});

test('an interaction in the future is refused, in the form and by the API', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan');
  await goTo(page, 'New review');
  await page.getByLabel('Agent', { exact: true }).selectOption({ label: 'Alex Morgan' });
  const tomorrow = new Date(Date.now() + 26 * 3600_000);
  await page.getByLabel('Date and time of the interaction').fill(toLocalInputValue(tomorrow));
  await page.getByRole('button', { name: 'Start scoring' }).click();
  await expect(page.getByRole('alert')).toHaveText('The interaction’s date and time is in the future: check the date.');
  await expect(page.getByRole('heading', { name: 'New review', level: 1 })).toBeVisible();

  const api = apiFor(host.url);
  const [agentRow] = await api.call<{ id: string }[]>('agents.list', {});
  const [template] = await api.call<{ latestVersionId: string }[]>('templates.list', {});
  await expect(
    api.call('reviews.create', { agentId: agentRow?.id, templateVersionId: template?.latestVersionId, interaction: { channel: 'phone', occurredAt: tomorrow.toISOString() } }),
  ).rejects.toThrow(/interaction\.occurredAt: .*in the future/);
  expect((await api.call<{ total: number }>('reviews.list', {})).total).toBe(0);
});

test('a provisional score looks provisional; the Complete dialog speaks of Revise; the method is on screen', async ({ page, host }) => {
  await openApp(page, host.url);
  await addAgent(page, 'Alex Morgan');
  await startReview(page, 'Alex Morgan');
  const panel = scorePanel(page);
  const number = panel.getByText('100.0 %', { exact: true }).first();

  // One answer: "100.0 %" is no verdict. It is captioned provisional, smaller and dashed, its band badge small.
  await page.keyboard.press('m');
  await expect(panel.getByText('Provisional score')).toBeVisible();
  await expect(panel.getByText('so far, of the answered elements only')).toBeVisible();
  const provisional = await number.evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), border: getComputedStyle(el).borderTopStyle }));
  expect(provisional.border).toBe('dashed');

  await answerWithKeys(page, 'mmmmmmmmmmmmmmmmmmm');
  await expect(panel.getByText('Provisional score')).toHaveCount(0);
  const final = await number.evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), border: getComputedStyle(el).borderTopStyle }));
  expect(final.border).toBe('none');
  expect(final.size).toBeGreaterThan(provisional.size * 1.2);

  // How the score is worked out, from the template.
  await panel.getByText('How the score is worked out').click();
  await expect(panel).toContainText('Points earned over points possible');
  await expect(panel).toContainText('Bands: Does not meet expectations below 70 %; Meets expectations 70 % to 90 %; Exceeds expectations above 90 %.');

  await page.keyboard.press('ControlOrMeta+Enter');
  const dialog = page.getByRole('dialog', { name: 'Complete this review?' });
  await expect(dialog).not.toContainText('cannot be changed');
  await expect(dialog).toContainText('any later change is a new revision, made with Revise…');
});
