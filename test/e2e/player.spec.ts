import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { element, expect, savedIndicator, test } from './support/fixtures';
import { apiFor, newDraft } from './support/api';
import { notesList, openReview, player, positionSlider, readAudio, shownPosition, waitForPosition, watchAudio } from './support/player';
import { ffmpegAudio, soxWav, truncateFile } from '../unit/media/support/audio';

/**
 * The player on the scoring screen, in Chromium through the real browser host,
 * on recordings generated here with sox. Set-up uses the API; everything under
 * test is done in the page, with the keyboard where a reviewer would.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-e2e-player-'));
const pcm = (name: string, seconds: number) => soxWav(dir, name, ['-e', 'signed-integer', '-b', '16'], seconds);
const near = (target: number, tolerance = 0.6) => (s: number) => Math.abs(s - target) <= tolerance;

test.beforeEach(async ({ page }) => {
  await watchAudio(page);
});

test('plays, skips with [ ] { }, seeks by clicking the waveform, and changes speed with the pitch kept', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await api.call('media.attach', { scorecardId, path: pcm('play.wav', 40) });
  await openReview(page, host.url, scorecardId);

  await expect(player(page)).toContainText('play.wav');
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  await expect(positionSlider(page)).toHaveAttribute('aria-valuetext', '0:00 of 0:40');
  await expect(element(page, '1.1')).toBeFocused();

  // Space on the checklist plays; the time moves on.
  await page.keyboard.press('Space');
  await expect(player(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await waitForPosition(page, (s) => s > 0.5, 'playing advances the time');
  expect((await readAudio(page)).paused).toBe(false);
  await page.keyboard.press('Space');
  await expect(player(page).getByRole('button', { name: 'Play' })).toBeVisible();
  expect((await readAudio(page)).paused).toBe(true);
  // Nothing was answered by Space, and focus stayed on the checklist.
  await expect(element(page, '1.1')).toBeFocused();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);

  const start = await shownPosition(page);
  await page.keyboard.press(']');
  await waitForPosition(page, near(start + 5), '] skips forward 5 s');
  await page.keyboard.press('}');
  await waitForPosition(page, near(start + 20), '} skips forward 15 s');
  await page.keyboard.press('[');
  await waitForPosition(page, near(start + 15), '[ skips back 5 s');
  await page.keyboard.press('{');
  await waitForPosition(page, near(start), '{ skips back 15 s');
  expect((await readAudio(page)).currentTime).toBeCloseTo(start, 0);

  // A click three quarters along the waveform goes to 0:30.
  const box = await positionSlider(page).boundingBox();
  if (!box) throw new Error('no waveform');
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
  await waitForPosition(page, near(30, 1), 'a click on the waveform seeks there');
  expect((await readAudio(page)).currentTime).toBeCloseTo(30, 0);

  // Speed: > and = faster, < and - slower, in quarter steps from 0.5× to 2×, pitch kept.
  await element(page, '1.1').focus();
  await page.keyboard.press('>');
  await page.keyboard.press('=');
  await expect(player(page).getByRole('group', { name: 'Speed' })).toContainText('1.5×');
  expect(await readAudio(page)).toMatchObject({ playbackRate: 1.5, preservesPitch: true });
  for (let i = 0; i < 6; i++) await page.keyboard.press('-');
  await expect(player(page).getByRole('group', { name: 'Speed' })).toContainText('0.5×');
  expect((await readAudio(page)).playbackRate).toBe(0.5);
  await page.keyboard.press('>');
  expect((await readAudio(page)).playbackRate).toBe(0.75);

  // Reopening resumes where the reviewer stopped, at the same speed.
  await page.keyboard.press('Space');
  await waitForPosition(page, (s) => s > 30.2, 'plays on from 0:30');
  await page.keyboard.press('Space');
  const stoppedAt = await shownPosition(page);
  await page.reload();
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  await waitForPosition(page, near(stoppedAt, 0.3), 'reopening resumes at the saved position');
  await expect(player(page).getByRole('group', { name: 'Speed' })).toContainText('0.75×');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await readAudio(page)).playbackRate).toBe(0.75);
  expect((await readAudio(page)).currentTime).toBeGreaterThanOrEqual(stoppedAt - 0.3);
});

test('T drops a note at the current time on the element in focus; its time seeks back there', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await api.call('media.attach', { scorecardId, path: pcm('notes.wav', 40) });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');

  // To 0:20 with the keys, then on to 1.3, whose note this is.
  await page.keyboard.press('}');
  await page.keyboard.press(']');
  await waitForPosition(page, near(20, 0.3), 'at 0:20');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(element(page, '1.3')).toBeFocused();
  await page.keyboard.press('t');
  const note = player(page).getByRole('textbox', { name: /^Note at 0:20 on 1\.3 / });
  await expect(note).toBeFocused();
  await page.keyboard.type('Apologised late; the customer sighed');
  await page.keyboard.press('Enter');
  await expect(element(page, '1.3')).toBeFocused();

  // Shift+T: about the whole review, at the same time.
  await page.keyboard.press('Shift+T');
  const whole = player(page).getByRole('textbox', { name: 'Note at 0:20 on Whole review' });
  await expect(whole).toBeFocused();
  await page.keyboard.type('Good energy overall');
  await page.keyboard.press('Escape');
  await expect(element(page, '1.3')).toBeFocused();

  // An earlier note comes first in the list.
  await page.keyboard.press('{');
  await waitForPosition(page, near(5, 0.3), 'back at 0:05');
  await page.keyboard.press('ArrowDown');
  await expect(element(page, '1.4')).toBeFocused();
  await page.keyboard.press('t');
  await page.keyboard.type('Opening');
  await page.keyboard.press('Enter');
  await expect(notesList(page).getByRole('listitem')).toHaveCount(3);
  await expect(notesList(page).getByRole('listitem').first()).toContainText('0:05');
  await expect(notesList(page).getByRole('listitem').first()).toContainText('1.4');
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);

  // Clicking the note's time goes back to 0:20.
  await notesList(page).getByRole('listitem').nth(1).getByRole('button', { name: 'Go to 0:20' }).click();
  await waitForPosition(page, near(20, 0.3), 'the note seeks back to its time');
  expect((await readAudio(page)).currentTime).toBeCloseTo(20, 0);

  // Edited and deleted while a draft; all of it after a reload.
  const first = notesList(page).getByRole('textbox', { name: /^Note at 0:05/ });
  await first.fill('Opening was rushed');
  await notesList(page).getByRole('button', { name: 'Delete the note at 0:20' }).first().click();
  await expect(notesList(page).getByRole('listitem')).toHaveCount(2);
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);
  await page.reload();
  await expect(notesList(page).getByRole('listitem')).toHaveCount(2);
  await expect(notesList(page).getByRole('textbox', { name: /^Note at 0:05 on 1\.4 / })).toHaveValue('Opening was rushed');
  const remaining = notesList(page).getByRole('textbox', { name: /^Note at 0:20 on / });
  await expect(remaining).toHaveCount(1);
  const notes = await api.call<{ atSeconds: number; text: string; elementId: string | null }[]>('media.notes.list', { scorecardId });
  expect(notes.map((n) => n.text).sort()).toEqual(['Opening was rushed', notes.find((n) => n.atSeconds > 19)?.text].sort());
});

test('a missing recording is reported and located by path; a different file is used only once confirmed', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  const original = pcm('moved.wav', 12);
  await api.call('media.attach', { scorecardId, path: original });
  const movedTo = path.join(dir, 'elsewhere-moved.wav');
  fs.renameSync(original, movedTo);

  await openReview(page, host.url, scorecardId);
  const problem = player(page).locator('.recording-status__problem');
  await expect(problem).toContainText(/moved\.wav/);
  await expect(problem).toContainText(/not (found|there)|missing|moved/i);
  await expect(positionSlider(page)).toHaveCount(0);
  // Scoring goes on meanwhile.
  await page.keyboard.press('m');
  await expect(element(page, '1.1').getByRole('radio', { name: 'Met', exact: true })).toBeChecked();

  await player(page).getByRole('button', { name: 'Locate from path…' }).click();
  const form = player(page).getByRole('form', { name: 'Locate the recording' });
  await form.getByLabel('Path of the recording file').fill(movedTo);
  await form.getByRole('button', { name: 'Locate', exact: true }).click();
  await expect(problem).toHaveCount(0);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  await expect(player(page)).toContainText('elsewhere-moved.wav');

  // Now it goes missing again, and the file found is another recording: asked first, Cancel changes nothing.
  fs.rmSync(movedTo);
  await page.reload();
  await expect(problem).toBeVisible();
  const other = pcm('other.wav', 7);
  await player(page).getByRole('button', { name: 'Locate from path…' }).click();
  await form.getByLabel('Path of the recording file').fill(other);
  await form.getByRole('button', { name: 'Locate', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Use a different recording?' });
  await expect(confirm).toContainText('other.wav');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(problem).toBeVisible();
  await form.getByRole('button', { name: 'Locate', exact: true }).click();
  await confirm.getByRole('button', { name: 'Use this file' }).click();
  await expect(problem).toHaveCount(0);
  await expect(positionSlider(page)).toHaveAttribute('aria-valuetext', /of 0:07$/);
});

test('a corrupt or unplayable file is refused with what is wrong, naming the codec, and scoring still works', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await openReview(page, host.url, scorecardId);
  await expect(player(page).getByRole('heading', { name: 'Live review' })).toBeVisible();

  const attachByPath = async (file: string) => {
    const open = player(page).getByRole('button', { name: 'Attach from path…' });
    if (await open.isVisible()) await open.click();
    const form = player(page).getByRole('form', { name: 'Attach a recording' });
    await form.getByLabel('Path of the recording file').fill(file);
    await form.getByRole('button', { name: 'Attach', exact: true }).click();
  };

  // Cut inside its header: no audio to play (a WAV cut inside its audio plays as far as it goes).
  await attachByPath(truncateFile(pcm('whole.wav', 4), 40, 'cut.wav'));
  await expect(player(page).getByRole('alert')).toContainText(/truncated/i);
  await attachByPath(soxWav(dir, 'ms-adpcm.wav', ['-e', 'ms-adpcm'], 3));
  await expect(player(page).getByRole('alert')).toContainText('Microsoft ADPCM');
  const noise = path.join(dir, 'noise.wav');
  fs.writeFileSync(noise, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
  await attachByPath(noise);
  await expect(player(page).getByRole('alert')).toBeVisible();
  await expect(player(page).getByRole('alert')).not.toContainText('ADPCM');

  // Nothing was attached, and the checklist answers as ever.
  await expect(positionSlider(page)).toHaveCount(0);
  await element(page, '1.1').focus();
  await page.keyboard.press('n');
  await page.keyboard.press('a');
  await expect(element(page, '1.1').getByRole('radio', { name: 'Not met' })).toBeChecked();
  await expect(element(page, '1.2').getByRole('radio', { name: 'N/A' })).toBeChecked();
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);
});

test('a live review runs a clock: Space starts, pauses and resumes it, it survives a reload, and notes take its time', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await openReview(page, host.url, scorecardId);
  const clock = player(page).locator('.live-clock__value');
  await expect(clock).toHaveText('0:00');
  await expect(player(page)).toContainText('not started');

  await page.keyboard.press('Space');
  await expect(player(page)).toContainText('running');
  await expect(player(page).getByRole('button', { name: 'Pause clock' })).toBeVisible();
  await expect.poll(async () => Number(await clock.getAttribute('data-seconds')), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Space');
  await expect(player(page)).toContainText('paused');
  const pausedAt = Number(await clock.getAttribute('data-seconds'));
  expect(pausedAt).toBeGreaterThanOrEqual(2);

  // Paused time holds still, across a reload too.
  await page.waitForTimeout(1200);
  await expect(clock).toHaveAttribute('data-seconds', String(pausedAt));
  await page.reload();
  await expect(clock).toHaveAttribute('data-seconds', String(pausedAt));
  await expect(player(page)).toContainText('paused');

  // A note takes the clock's time.
  await element(page, '1.1').focus();
  await page.keyboard.press('t');
  const note = player(page).getByRole('textbox', { name: new RegExp(`^Note at 0:0${pausedAt} on 1\\.1 `) });
  await expect(note).toBeFocused();
  await page.keyboard.type('Customer gave account number twice');
  await page.keyboard.press('Enter');
  await expect(element(page, '1.1')).toBeFocused();
  // A live review's note times are not buttons: there is nothing to seek in.
  await expect(notesList(page).getByRole('button', { name: /^Go to/ })).toHaveCount(0);

  await player(page).getByRole('button', { name: 'Resume clock' }).click();
  await expect(player(page)).toContainText('running');
  await expect.poll(async () => Number(await clock.getAttribute('data-seconds')), { timeout: 10_000 }).toBeGreaterThan(pausedAt);
  // Running across a reload, too: the backend knows when this run started.
  await page.reload();
  await expect(player(page)).toContainText('running');
  expect(Number(await clock.getAttribute('data-seconds'))).toBeGreaterThan(pausedAt);
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);
});

test('player keys do nothing while typing in a comment; Alt+P and Alt+[ ] work from anywhere', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await api.call('media.attach', { scorecardId, path: pcm('typing.wav', 40) });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');

  await page.keyboard.press('c');
  const comment = page.getByRole('textbox', { name: 'Comment on 1.1' });
  await expect(comment).toBeFocused();
  await page.keyboard.type('Said [hold on] then {silence} <30 s> - t = T ');
  await expect(comment).toHaveValue('Said [hold on] then {silence} <30 s> - t = T ');
  expect(await readAudio(page)).toMatchObject({ paused: true, playbackRate: 1 });
  expect(await shownPosition(page)).toBe(0);
  await expect(notesList(page)).toHaveCount(0);

  // From inside the comment: Alt+P plays and pauses, Alt+] and Alt+Shift+] skip, and the text is untouched.
  await page.keyboard.press('Alt+p');
  await expect.poll(async () => (await readAudio(page)).paused).toBe(false);
  await page.keyboard.press('Alt+p');
  await expect.poll(async () => (await readAudio(page)).paused).toBe(true);
  const at = await shownPosition(page);
  await page.keyboard.press('Alt+]');
  await page.keyboard.press('Alt+Shift+BracketRight');
  await waitForPosition(page, near(at + 20), 'Alt+] and Alt+} skip from inside the comment');
  await page.keyboard.press('Alt+[');
  await waitForPosition(page, near(at + 15), 'Alt+[ skips back');
  await expect(comment).toBeFocused();
  await expect(comment).toHaveValue('Said [hold on] then {silence} <30 s> - t = T ');
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);
});

test('a compressed recording gets a waveform from the backend’s peaks, never a decode of the whole file in the page; clicking it seeks', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await api.call('media.attach', { scorecardId, path: ffmpegAudio(dir, 'call.mp3', ['-c:a', 'libmp3lame'], 30) });
  const mediaRequests: (string | undefined)[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/media/')) mediaRequests.push(r.headers().range);
  });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  await expect(positionSlider(page)).toHaveAttribute('aria-valuetext', /of 0:30$/);
  const box = await positionSlider(page).boundingBox();
  if (!box) throw new Error('no waveform');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await waitForPosition(page, near(15, 1), 'a click on the waveform seeks there');
  // Only the <audio> element asked for the file, by range: nothing fetched it whole to decode it.
  expect(mediaRequests.length).toBeGreaterThan(0);
  expect(mediaRequests.every((range) => range !== undefined)).toBe(true);
});

test('in the browser host a dropped file cannot be attached (it has no path there): the panel says to use the path field', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await openReview(page, host.url, scorecardId);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(64)], 'dropped.wav', { type: 'audio/wav' }));
    return transfer;
  });
  await page.locator('.scoring-screen').dispatchEvent('dragover', { dataTransfer });
  await page.locator('.scoring-screen').dispatchEvent('drop', { dataTransfer });
  await expect(player(page).getByRole('alert')).toContainText('Attach from path');
  // The page stayed on the review: the browser did not open the dropped file.
  await expect(page.getByRole('complementary', { name: 'Score' })).toBeVisible();
  await expect(positionSlider(page)).toHaveCount(0);
});

test('a recording is attached from its path in the browser host, and detached only once confirmed', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await openReview(page, host.url, scorecardId);
  await player(page).getByRole('button', { name: 'Attach from path…' }).click();
  const form = player(page).getByRole('form', { name: 'Attach a recording' });
  await expect(form.getByLabel('Path of the recording file')).toBeFocused();
  await form.getByLabel('Path of the recording file').fill(soxWav(dir, 'ulaw.wav', ['-e', 'u-law'], 9));
  await form.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(player(page).getByRole('heading', { name: 'Recording' })).toBeVisible();
  await expect(player(page)).toContainText('ulaw.wav');
  await expect(player(page)).toContainText(/µ-law|u-law|G\.711/i);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  await expect(positionSlider(page)).toHaveAttribute('aria-valuetext', '0:00 of 0:09');

  await player(page).getByRole('button', { name: 'Detach recording…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Detach the recording?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(positionSlider(page)).toBeVisible();
  await player(page).getByRole('button', { name: 'Detach recording…' }).click();
  await dialog.getByRole('button', { name: 'Detach', exact: true }).click();
  await expect(player(page).getByRole('heading', { name: 'Live review' })).toBeVisible();
  await expect(positionSlider(page)).toHaveCount(0);
  expect((await api.call<{ status: string }>('media.get', { scorecardId })).status).toBe('none');
});

test('a recording that goes missing while it is open is reported, with the way to locate it', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  // Ten minutes: more than the element buffers at once, so a seek far ahead must ask the backend again.
  const file = pcm('vanishing.wav', 600);
  await api.call('media.attach', { scorecardId, path: file });
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  fs.rmSync(file);
  const box = await positionSlider(page).boundingBox();
  if (!box) throw new Error('no waveform');
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
  await page.keyboard.press('Space');
  const problem = player(page).locator('.recording-status__problem');
  await expect(problem).toContainText('vanishing.wav');
  await expect(player(page).getByRole('button', { name: 'Locate from path…' })).toBeVisible();
  // The clock stands in, so notes still get a time; scoring goes on.
  await expect(player(page).locator('.live-clock__value')).toBeVisible();
  await element(page, '1.1').focus();
  await page.keyboard.press('m');
  await expect(element(page, '1.1').getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
});
