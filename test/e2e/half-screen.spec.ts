import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { element, expect, scorePanel, test } from './support/fixtures';
import { apiFor, newDraft } from './support/api';
import { notesList, openReview, player, positionSlider } from './support/player';
import { soxWav } from '../unit/media/support/audio';

interface Detail {
  template: { content: { sections: { elements: { id: string }[] }[] } };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-e2e-half-'));

async function draftWithNotes(hostUrl: string, notes: number): Promise<string> {
  const api = apiFor(hostUrl);
  const scorecardId = await newDraft(api);
  await api.call('media.attach', { scorecardId, path: soxWav(dir, `call-${notes}.wav`, ['-e', 'signed-integer', '-b', '16'], 120) });
  const detail = await api.call<Detail>('reviews.get', { id: scorecardId });
  const ids = detail.template.content.sections.flatMap((s) => s.elements.map((e) => e.id));
  for (let i = 0; i < notes; i++) {
    await api.call('media.notes.add', {
      scorecardId,
      atSeconds: 5 + i * 7,
      elementId: i % 3 === 0 ? null : ids[i],
      text: `Note ${i + 1}: the customer repeats the account number twice\nand asks to be called back after five`,
    });
  }
  return scorecardId;
}

/**
 * Issue 13 item 5: notes are multi-line, shown beside their element in the
 * checklist too, and however many there are the score and Complete stay in view.
 */
test('notes are multi-line and beside their element; with many notes the score and Complete stay in view', async ({ page, host }) => {
  const scorecardId = await draftWithNotes(host.url, 9);
  await openReview(page, host.url, scorecardId);
  await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
  await expect(notesList(page).getByRole('listitem')).toHaveCount(9);

  // However many notes, the score and Complete are on screen, and stay there as the checklist scrolls.
  for (const target of ['1.1', '4.5']) {
    await element(page, target).focus();
    await expect(scorePanel(page).getByText('Provisional score')).toBeInViewport();
    await expect(scorePanel(page).getByRole('button', { name: 'Complete review' })).toBeInViewport();
    await expect(positionSlider(page)).toBeInViewport();
  }

  // Beside their element in the checklist, every line of them; the whole review's above the checklist.
  await expect(page.getByRole('list', { name: 'Notes on 1.2' })).toContainText('Note 2: the customer repeats the account number twice');
  await expect(page.getByRole('list', { name: 'Notes on 1.2' })).toContainText('and asks to be called back after five');
  await expect(page.getByRole('list', { name: 'Notes on the whole review' }).getByRole('listitem')).toHaveCount(3);

  // A new note of two lines: Shift+Enter adds a line, Enter goes back to the checklist.
  await element(page, '1.3').focus();
  await page.keyboard.press('t');
  const note = player(page).getByRole('textbox', { name: /^Note at 0:00 on 1\.3 / });
  await expect(note).toBeFocused();
  await page.keyboard.type('Sighs before answering');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('then apologises');
  await page.keyboard.press('Enter');
  await expect(element(page, '1.3')).toBeFocused();
  await expect(note).toHaveValue('Sighs before answering\nthen apologises');
  await expect(page.getByRole('list', { name: 'Notes on 1.3' })).toContainText('then apologises');
  await expect(scorePanel(page).getByRole('status')).toHaveText(/All changes saved/);
  const saved = await apiFor(host.url).call<{ text: string }[]>('media.notes.list', { scorecardId });
  expect(saved.map((n) => n.text)).toContain('Sighs before answering\nthen apologises');
  // What a note is about is shown in full, not cut off.
  const subject = notesList(page).getByText('1.3 Upbeat and Friendly').last();
  await expect(subject).toBeVisible();
  expect(await subject.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
});

/**
 * Issue 13 item 6: at half a 1440 screen (720 px, beside a CRM) and down to
 * 640 px, the player and the score stay in view beside the checklist, and
 * nothing makes the page wider than the window.
 */
for (const width of [720, 680, 640]) {
  test(`at ${width} px wide the player, the score and Complete stay in view beside the checklist; the page is no wider than the window`, async ({ page, host }) => {
    const scorecardId = await draftWithNotes(host.url, 3);
    await page.setViewportSize({ width, height: 800 });
    await openReview(page, host.url, scorecardId);
    await expect(positionSlider(page)).toHaveAttribute('data-waveform', 'waveform');
    for (const target of ['1.1', '3.3', '4.5']) {
      await element(page, target).focus();
      await expect(element(page, target)).toBeInViewport();
      await expect(player(page).getByRole('button', { name: 'Play' })).toBeInViewport();
      await expect(positionSlider(page)).toBeInViewport();
      await expect(scorePanel(page).getByText('Provisional score')).toBeInViewport();
      await expect(scorePanel(page).getByRole('button', { name: 'Complete review' })).toBeInViewport();
    }
    // Beside, not above: the player starts level with the top of the screen's content.
    const playerBox = await player(page).boundingBox();
    const checklistBox = await element(page, '4.5').boundingBox();
    expect((playerBox?.x ?? 0) > (checklistBox?.x ?? 0) + (checklistBox?.width ?? 0) - 1).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const header = page.locator('header').first();
    expect(await header.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect((await header.boundingBox())?.width).toBeLessThanOrEqual(width);
  });
}
