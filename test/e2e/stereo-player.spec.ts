import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { apiFor, newDraft } from './support/api';
import { expectEars, laneCoverage, openReview, player, positionSlider, tapAudioOutput, waitForPosition } from './support/player';
import { soxWav } from '../unit/media/support/audio';

/**
 * Issue 13 item 3 in Chromium: a stereo call (the agent on one side, the
 * customer on the other) is drawn as two lanes, each side can be muted or
 * soloed, the volume set, and which side is the agent is said once and
 * remembered with the recording. What reaches each ear is measured from the
 * page's own Web Audio output, through the real browser host's /media URL.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-e2e-stereo-'));

test('a stereo call: two lanes, mute and solo per side, volume, and the agent’s side remembered', async ({ page, host }) => {
  await tapAudioOutput(page);
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  // A tone on the left only: the agent speaks, the customer's side is silent.
  const file = soxWav(dir, 'stereo.wav', ['-e', 'signed-integer', '-b', '16'], 60, 8000, 2, ['remix', '1', '0']);
  await api.call('media.attach', { scorecardId, path: file });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');

  // Two lanes: the left one drawn all along, the right one flat.
  const [left, right] = await laneCoverage(page, 2);
  expect(left).toBeGreaterThan(0.9);
  expect(right).toBeLessThan(0.05);
  const sides = player(page).getByRole('group', { name: 'Sides of the call' });
  await expect(sides).toContainText('Left');
  await expect(sides).toContainText('Right');

  // Which side is the agent: said once, remembered with the recording.
  await sides.getByLabel('Agent’s side').selectOption('left');
  await expect(sides.getByRole('button', { name: 'Mute Agent (left)' })).toBeVisible();
  await expect(sides.getByRole('button', { name: 'Mute Customer (right)' })).toBeVisible();
  expect((await api.call<{ agentChannel: string }>('media.get', { scorecardId })).agentChannel).toBe('left');
  await page.reload();
  await expect(player(page).getByRole('group', { name: 'Sides of the call' }).getByLabel('Agent’s side')).toHaveValue('left');

  await player(page).getByRole('button', { name: 'Play' }).click();
  await waitForPosition(page, (s) => s > 0.5, 'it plays');

  // Muting the customer: the agent alone, in both ears (one earphone in still hears it).
  await sides.getByRole('button', { name: 'Mute Customer (right)' }).click();
  await expect(sides.getByRole('button', { name: 'Mute Customer (right)' })).toHaveAttribute('aria-pressed', 'true');
  await expectEars(page, true, true, 'the agent alone, in both ears');
  // Muting the agent as well: silence.
  await sides.getByRole('button', { name: 'Mute Agent (left)' }).click();
  await expectEars(page, false, false, 'both sides muted');
  // Both back: each side where it was recorded (the right is silent in the file).
  await sides.getByRole('button', { name: 'Mute Agent (left)' }).click();
  await sides.getByRole('button', { name: 'Mute Customer (right)' }).click();
  await expectEars(page, true, false, 'both heard, each on its side');
  // Solo the customer: only the (silent) customer side.
  await sides.getByRole('button', { name: 'Solo Customer (right)' }).click();
  await expectEars(page, false, false, 'only the customer');
  // Solo wins over mute: the agent soloed too, with the customer's solo off, is the agent alone.
  await sides.getByRole('button', { name: 'Solo Customer (right)' }).click();
  await sides.getByRole('button', { name: 'Solo Agent (left)' }).click();
  await expectEars(page, true, true, 'only the agent, in both ears');

  // The volume applies to what is heard, and is kept for the next recording on this machine.
  const volume = player(page).getByRole('slider', { name: 'Volume' });
  await volume.fill('0');
  await expectEars(page, false, false, 'volume at zero');
  await volume.fill('100');
  await expectEars(page, true, true, 'volume back up');
  await volume.fill('40');
  await page.reload();
  await expect(player(page).getByRole('slider', { name: 'Volume' })).toHaveValue('40');
  // After a reload the sides start afresh: both heard.
  await expect(player(page).getByRole('button', { name: 'Mute Agent (left)' })).toHaveAttribute('aria-pressed', 'false');
});

test('a mono recording has one lane and no side controls', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await api.call('media.attach', { scorecardId, path: soxWav(dir, 'mono.wav', ['-e', 'signed-integer', '-b', '16'], 10) });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  expect((await laneCoverage(page, 1))[0]).toBeGreaterThan(0.9);
  await expect(player(page).getByRole('group', { name: 'Sides of the call' })).toHaveCount(0);
  await expect(player(page).getByRole('slider', { name: 'Volume' })).toBeVisible();
});
