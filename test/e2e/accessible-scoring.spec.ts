import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerWithKeys, completeWithKeys, element, expect, test } from './support/fixtures';
import { apiFor, newDraft } from './support/api';
import { openReview, player, positionSlider } from './support/player';
import { soxWav } from '../unit/media/support/audio';

/**
 * Issue 13 item 7, what axe cannot see: the order of Tab stops, what the score
 * says to a screen reader, where dialogs open and where the focus goes, and
 * names that cannot turn the text around them.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-e2e-a11y-'));

test('Tab reaches the player’s controls before the checklist, as they sit at the top', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await api.call('media.attach', { scorecardId, path: soxWav(dir, 'tab.wav', ['-e', 'signed-integer', '-b', '16'], 20) });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  await page.locator('#main').focus();
  const reached: string[] = [];
  for (let i = 0; i < 40 && !reached.includes('checklist'); i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const active = document.activeElement;
        if (active?.closest('[aria-label="Recording and notes"]')) return active.getAttribute('aria-label') ?? active.textContent?.trim() ?? 'player';
        if (active?.closest('li.element-row')) return 'checklist';
        return 'other';
      }),
    );
  }
  const firstChecklist = reached.indexOf('checklist');
  expect(firstChecklist).toBeGreaterThan(0);
  expect(reached.slice(0, firstChecklist)).toContain('Position in the recording');
  expect(reached.slice(0, firstChecklist)).toContain('Play');
});

test('the score speaks politely and only when it matters: band changes and the result once all is answered', async ({ page, host }) => {
  const scorecardId = await newDraft(apiFor(host.url));
  await openReview(page, host.url, scorecardId);
  const region = page.locator('[aria-live="polite"]').filter({ hasText: /band|answered|Automatic/ });
  await page.keyboard.press('m');
  await expect(region).toHaveText('Provisional band now Exceeds expectations.');
  // One more met changes only the number: nothing new is said.
  await page.keyboard.press('m');
  await expect(element(page, '1.3')).toBeFocused();
  await expect(region).toHaveText('Provisional band now Exceeds expectations.');
  await answerWithKeys(page, 'nnnn');
  await expect(region).toHaveText('Provisional band now Does not meet expectations.');
  await answerWithKeys(page, 'mmmmmmmmmmmmmm');
  await expect(region).toHaveText('All 20 answered. Score 80.0 %, Meets expectations.');
});

test('the shortcut sheet opens at its start, even in a short window', async ({ page, host }) => {
  const scorecardId = await newDraft(apiFor(host.url));
  await page.setViewportSize({ width: 720, height: 500 });
  await openReview(page, host.url, scorecardId);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await sheet.evaluate((d) => d.scrollTop)).toBe(0);
  await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
  await expect(sheet.getByRole('heading', { name: 'Anywhere' })).toBeInViewport();
});

test('after attaching a recording the focus is on Play, not lost to the page', async ({ page, host }) => {
  const scorecardId = await newDraft(apiFor(host.url));
  await openReview(page, host.url, scorecardId);
  await player(page).getByRole('button', { name: 'Attach from path…' }).click();
  await player(page).getByLabel('Path of the recording file').fill(soxWav(dir, 'attach.wav', ['-e', 'signed-integer', '-b', '16'], 5));
  await page.keyboard.press('Enter');
  await expect(player(page).getByRole('button', { name: 'Play' })).toBeFocused();
});

test('names are set apart from the words around them: a right-to-left override in a name reverses nothing else', async ({ page, host }) => {
  const api = apiFor(host.url);
  // The reviewer's name carries the override too; it is stamped on the scorecard.
  await api.call('reviewer.setName', { name: 'Omar \u202Enosrap' });
  const agent = await api.call<{ id: string }>('agents.create', { name: 'Nadia \u202Eqarob', team: 'Blue team' });
  const [template] = await api.call<{ latestVersionId: string }[]>('templates.list', {});
  const created = await api.call<{ scorecard: { id: string } }>('reviews.create', {
    agentId: agent.id,
    templateVersionId: template?.latestVersionId,
    interaction: { channel: 'phone', occurredAt: new Date(Date.now() - 60_000).toISOString() },
  });
  const scorecardId = created.scorecard.id;
  await openReview(page, host.url, scorecardId);
  const heading = page.getByRole('heading', { level: 1 });
  expect(await heading.locator('bdi').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
  await answerWithKeys(page, 'mmmmmmmmmmmmmmmmmmmm');
  await completeWithKeys(page, 'Omar \u202Enosrap');
  // "Completed … by <name> — read-only.": the words after the name still come after it, left to right.
  const banner = page.getByRole('status').filter({ hasText: 'read-only' });
  const name = await banner.locator('bdi').boundingBox();
  const after = await banner.getByText(/read-only/).boundingBox();
  expect(name && after && after.x >= name.x + name.width - 1).toBe(true);

  // In the new review form's agent list, a plain-text place, the name is wrapped in isolating marks.
  await page.evaluate(() => (window.location.hash = '#/new'));
  const option = page.getByLabel('Agent', { exact: true }).locator('option', { hasText: 'qarob' });
  expect(await option.textContent()).toBe('\u2068Nadia \u202Eqarob\u2069 — Blue team');
  // In the reviews list the names are isolated elements.
  await page.evaluate(() => (window.location.hash = '#/reviews'));
  const row = page.getByRole('table', { name: 'Reviews' }).getByRole('row').nth(1);
  await expect(row.locator('bdi')).toHaveCount(2);
});
