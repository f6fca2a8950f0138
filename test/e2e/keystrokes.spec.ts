import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, scorePanel, test } from './support/fixtures';
import { NOTE_TEXT, scoreSeedWithKeys } from './support/keystroke-flow';
import { apiFor, newDraft } from './support/api';
import { notesList, openReview, player, positionSlider, readAudio, watchAudio } from './support/player';
import { soxWav } from '../unit/media/support/audio';

/** Where the count is written for the record (the bench prints the same flow's count itself). */
const OUTPUT = process.env.CALLMARK_KEYSTROKES_FILE ?? path.resolve(import.meta.dirname, '../../test-results/keystrokes.json');

test('the seed scorecard with two misses, two N/A and a timestamped note is scored and completed in under 30 keystrokes', async ({ page, host }) => {
  await watchAudio(page);
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-e2e-keys-'));
  await api.call('media.attach', { scorecardId, path: soxWav(dir, 'call.wav', ['-e', 'signed-integer', '-b', '16'], 120) });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');

  const count = await scoreSeedWithKeys(page);

  // Space, twenty answers, T and Enter for the note, Ctrl+Enter and Enter to complete.
  expect(count.keys.filter((k) => ['m', 'n', 'a'].includes(k))).toHaveLength(20);
  expect(count.total).toBe(25);
  expect(count.total).toBeLessThan(30);

  // Completed with the expected score: 18 applicable, 16 met.
  const panel = scorePanel(page);
  await expect(panel.getByText('88.9 %', { exact: true })).toBeVisible();
  await expect(panel.getByText('Meets expectations')).toBeVisible();
  await expect(panel.getByText('20 / 20 answered')).toBeVisible();
  const detail = await api.call<{ scorecard: { status: string }; score: { overall: { rounded: number; exact: { numerator: string; denominator: string } } } }>(
    'reviews.get',
    { id: scorecardId },
  );
  expect(detail.scorecard.status).toBe('completed');
  expect(detail.score.overall.rounded).toBe(88.9);
  expect(Number(detail.score.overall.exact.numerator) / Number(detail.score.overall.exact.denominator)).toBeCloseTo((16 / 18) * 100, 6);
  await expect(page.getByRole('radio', { name: 'Not met', checked: true })).toHaveCount(2);
  await expect(page.getByRole('radio', { name: 'N/A', checked: true })).toHaveCount(2);

  // The note is on 1.2, at a time while the recording played, and is now read-only; the player still plays.
  const notes = await api.call<{ atSeconds: number; text: string; elementId: string | null }[]>('media.notes.list', { scorecardId });
  expect(notes).toHaveLength(1);
  expect(notes[0]?.text).toBe(NOTE_TEXT);
  await expect(notesList(page).getByRole('listitem')).toContainText('1.2');
  await expect(notesList(page).getByRole('listitem')).toContainText(NOTE_TEXT);
  await expect(notesList(page).getByRole('textbox')).toHaveCount(0);
  await expect(player(page).getByRole('button', { name: /Delete/ })).toHaveCount(0);
  expect((await readAudio(page)).paused).toBe(false);

  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(
    OUTPUT,
    `${JSON.stringify({ scenario: 'seed scorecard: 2 not met, 2 N/A, 1 timestamped note, completed', ...count, score: detail.score.overall.rounded }, null, 2)}\n`,
  );
  test.info().annotations.push({ type: 'keystrokes', description: `${count.total} (${count.keys.join(' ')})` });
});
