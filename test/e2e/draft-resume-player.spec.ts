import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { completeWithKeys, element, expect, savedIndicator, test } from './support/fixtures';
import { apiFor, newDraft } from './support/api';
import { notesList, openReview, player, positionSlider, readAudio, shownPosition, waitForPosition, watchAudio } from './support/player';
import { soxWav } from '../unit/media/support/audio';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-e2e-resume-'));

test('a draft resumes from the list after a restart with its answers, comment, notes, playback position and speed', async ({ page, host }) => {
  await watchAudio(page);
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await api.call('media.attach', { scorecardId, path: soxWav(dir, 'resume.wav', ['-e', 'signed-integer', '-b', '16'], 60) });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');

  await page.keyboard.press('m');
  await page.keyboard.press('n');
  await page.keyboard.press('k');
  await page.keyboard.press('c');
  await page.keyboard.type('Name not given');
  await page.keyboard.press('Escape');
  await page.keyboard.press('}');
  await page.keyboard.press('}');
  await page.keyboard.press('>');
  await page.keyboard.press('t');
  await page.keyboard.type('Team name missing here');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await waitForPosition(page, (s) => s > 31, 'plays on from 0:30');
  await page.keyboard.press('Space');
  const stoppedAt = await shownPosition(page);
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);

  const url = await host.restart();
  await page.goto(url);
  const row = page.getByRole('table', { name: 'Reviews' }).getByRole('row', { name: /Alex Morgan/ });
  await expect(row).toContainText('Draft');
  await row.click();

  await expect(element(page, '1.1').getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
  await expect(element(page, '1.2').getByRole('radio', { name: 'Not met' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Comment on 1.2' })).toHaveValue('Name not given');
  await expect(notesList(page).getByRole('textbox', { name: /^Note at 0:30 on 1\.2 / })).toHaveValue('Team name missing here');
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  await waitForPosition(page, (s) => Math.abs(s - stoppedAt) < 0.3, 'the position is where the reviewer stopped');
  await expect(player(page).getByRole('group', { name: 'Speed' })).toContainText('1.25×');
  await expect(element(page, '1.3')).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(async () => (await readAudio(page)).paused).toBe(false);
  const audio = await readAudio(page);
  expect(audio.playbackRate).toBe(1.25);
  expect(audio.currentTime).toBeGreaterThanOrEqual(stoppedAt - 0.3);
});

test('a completed review still plays, its notes are read-only, and its recording can no longer be changed', async ({ page, host }) => {
  await watchAudio(page);
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await api.call('media.attach', { scorecardId, path: soxWav(dir, 'done.wav', ['-e', 'signed-integer', '-b', '16'], 30) });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  await page.keyboard.press(']');
  await page.keyboard.press('Shift+T');
  await page.keyboard.type('Calm and clear throughout');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 20; i++) await page.keyboard.press('m');
  await completeWithKeys(page);

  await expect(notesList(page).getByRole('listitem')).toContainText('Calm and clear throughout');
  await expect(notesList(page).getByRole('textbox')).toHaveCount(0);
  await expect(player(page).getByRole('button', { name: /Delete|Detach|Attach/ })).toHaveCount(0);
  // Keys that would change it only say why not.
  await element(page, '1.1').focus();
  await page.keyboard.press('t');
  await expect(player(page).getByRole('status').last()).toHaveText(/completed/);
  await expect(notesList(page).getByRole('listitem')).toHaveCount(1);
  // Listening back works, and the note still seeks.
  await page.keyboard.press('Space');
  await expect.poll(async () => (await readAudio(page)).paused).toBe(false);
  await page.keyboard.press('Space');
  await notesList(page).getByRole('button', { name: 'Go to 0:05' }).click();
  await waitForPosition(page, (s) => Math.abs(s - 5) < 0.3, 'the note seeks on a completed review');
});
