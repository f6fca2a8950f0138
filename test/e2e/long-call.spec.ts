import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { element, expect, test } from './support/fixtures';
import { apiFor, newDraft } from './support/api';
import { laneCoverage, openReview, player, positionSlider, shownPosition, waitForPosition } from './support/player';
import { soxWav } from '../unit/media/support/audio';

interface Detail {
  template: { content: { sections: { elements: { id: string }[] }[] } };
}

/**
 * Issue 13 item 4 in Chromium: a long call (here 30 minutes: one pixel of the
 * whole-call waveform is several seconds) is zoomed with an overview strip,
 * shows the time under the pointer, goes to a typed time from the keyboard,
 * and draws the notes as markers that seek and show their text.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-e2e-long-'));
const near = (target: number, tolerance = 1) => (s: number) => Math.abs(s - target) <= tolerance;

test('a long call: go to a typed time, zoom around it with an overview, see the time under the pointer, and use note markers', async ({ page, host }) => {
  test.setTimeout(90_000);
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  // Thirty minutes of silence with one second of tone at 12:30.
  const file = soxWav(dir, 'long.wav', ['-e', 'signed-integer', '-b', '16'], 1, 8000, 1, ['pad', '750', '1049']);
  await api.call('media.attach', { scorecardId, path: file });
  const detail = await api.call<Detail>('reviews.get', { id: scorecardId });
  const first = detail.template.content.sections[0]?.elements[0]?.id;
  await api.call('media.notes.add', { scorecardId, atSeconds: 750, elementId: first, text: 'The customer raises the refund' });
  await api.call('media.notes.add', { scorecardId, atSeconds: 100, elementId: null, text: 'Long hold' });
  await openReview(page, host.url, scorecardId);
  const slider = positionSlider(page);
  await expect(slider).toHaveAttribute('data-waveform', 'waveform');
  await expect(player(page).getByText('Whole call')).toBeVisible();

  // The time under the pointer: halfway along is 15:00.
  const box = await slider.boundingBox();
  if (!box) throw new Error('no waveform');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(slider).toContainText('15:00');

  // Go to 12:28 from the keyboard, and back to the checklist.
  await element(page, '1.1').focus();
  await page.keyboard.press(':');
  const goTo = player(page).getByRole('textbox', { name: 'Go to' });
  await expect(goTo).toBeFocused();
  await page.keyboard.type('99:00');
  await page.keyboard.press('Enter');
  await expect(player(page).getByRole('alert')).toHaveText('The recording is 30:00 long.');
  await goTo.fill('12:28');
  await page.keyboard.press('Enter');
  await waitForPosition(page, near(748, 0.2), 'at 12:28');
  await expect(element(page, '1.1')).toBeFocused();

  // The whole call shows the tone as a sliver; zoomed in around the playhead it is a wide band, drawn from
  // the zoomed window's own peaks (asked for at the view's width).
  const wholeShare = (await laneCoverage(page, 1))[0] ?? 0;
  const windowAsked = page.waitForRequest((r) => r.url().includes('/api/media.peaks') && (r.postData() ?? '').includes('fromSeconds'));
  for (let i = 0; i < 5; i++) await page.keyboard.press('z');
  await windowAsked;
  await expect(player(page).getByText(/^32× · 12:\d\d–13:\d\d$/)).toBeVisible();
  await expect.poll(async () => (await laneCoverage(page, 1))[0] ?? 0, { message: 'the tone fills more of the zoomed view' }).toBeGreaterThan(wholeShare * 2.5);
  expect(await shownPosition(page)).toBeCloseTo(748, 0);

  // The overview strip shows where the view is; pressing it elsewhere moves the view there, not the playhead.
  const overview = page.locator('.overview-strip');
  await expect(overview).toBeVisible();
  const strip = await overview.boundingBox();
  if (!strip) throw new Error('no overview');
  await page.mouse.click(strip.x + strip.width * 0.05, strip.y + strip.height / 2);
  await expect(player(page).getByText(/^32× · 1:\d\d–1:\d\d$/)).toBeVisible();
  expect(await shownPosition(page)).toBeCloseTo(748, 0);

  // A note's marker: hovering shows its text, a click plays from its time (and the view follows).
  const markers = player(page).getByRole('toolbar', { name: 'Notes on the waveform' });
  await expect(markers.getByRole('button')).toHaveCount(1);
  await expect(markers.getByRole('button', { name: 'Note at 1:40, Whole review' })).toBeVisible();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Z');
  await expect(player(page).getByText('Whole call')).toBeVisible();
  const refund = markers.getByRole('button', { name: /^Note at 12:30, 1\.1 / });
  await refund.hover();
  await expect(player(page).getByRole('tooltip')).toContainText('The customer raises the refund');
  await refund.click();
  await waitForPosition(page, near(750, 0.5), 'the marker plays from its time');

  // Keyboard: one Tab stop for the markers, the arrows between them, focus shows the text too.
  await refund.focus();
  await page.keyboard.press('ArrowLeft');
  const hold = markers.getByRole('button', { name: 'Note at 1:40, Whole review' });
  await expect(hold).toBeFocused();
  await expect(player(page).getByRole('tooltip')).toContainText('Long hold');
  await expect(markers.locator('[tabindex="0"]')).toHaveCount(1);
});
