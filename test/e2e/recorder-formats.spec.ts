import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { apiFor, newDraft } from './support/api';
import { openReview, player, positionSlider, readAudio, waitForPosition, watchAudio } from './support/player';
import { ffmpegAudio, soxWav, truncateFile } from '../unit/media/support/audio';

/**
 * Issue 13 item 2 in Chromium: call recorders' formats that Chromium refuses
 * (GSM 6.10, G.726) and a WAV cut short all play and draw their waveform, from
 * what the backend made of them. Before, each was refused at attach.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-e2e-formats-'));

test.beforeEach(async ({ page }) => {
  await watchAudio(page);
});

for (const [label, make, seconds] of [
  ['GSM 6.10 (sox)', () => soxWav(dir, 'gsm.wav', ['-e', 'gsm-full-rate'], 12), '0:12'],
  ['G.726 at 24 kbit/s (ffmpeg)', () => ffmpegAudio(dir, 'g726.wav', ['-c:a', 'g726', '-b:a', '24k'], 12), '0:12'],
  ['a WAV cut after 6 of its 12 seconds', () => truncateFile(soxWav(dir, 'whole.wav', ['-e', 'signed-integer', '-b', '16'], 12), 44 + 6 * 16000, 'cut.wav'), '0:06'],
] as const) {
  test(`${label} plays and draws its waveform`, async ({ page, host }) => {
    const api = apiFor(host.url);
    const scorecardId = await newDraft(api);
    await api.call('media.attach', { scorecardId, path: make() });
    await openReview(page, host.url, scorecardId);
    await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
    await expect(positionSlider(page)).toHaveAttribute('aria-valuetext', `0:00 of ${seconds}`);
    // A file cut short says so above the waveform; the others have nothing to warn about.
    const warning = player(page).getByText(/This WAV file is truncated/);
    if (label.startsWith('a WAV cut')) await expect(warning).toBeVisible();
    else await expect(warning).toHaveCount(0);
    await player(page).getByRole('button', { name: 'Play' }).click();
    await waitForPosition(page, (s) => s > 0.5, 'it plays');
    expect((await readAudio(page)).paused).toBe(false);
  });
}

test('an M4A (AAC) recording plays with the plain position bar, and the player says why it has no waveform', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await api.call('media.attach', { scorecardId, path: ffmpegAudio(dir, 'call.m4a', ['-c:a', 'aac'], 6) });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'bar');
  await expect(player(page)).toContainText(/No waveform for AAC \(M4A\) recordings: .*licensed under the GPL/);
  await player(page).getByRole('button', { name: 'Play' }).click();
  await waitForPosition(page, (s) => s > 0.5, 'it plays');
});
