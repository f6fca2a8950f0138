import { element, expect, savedIndicator, test } from './support/fixtures';
import { apiFor, newDraft } from './support/api';
import { docScreenshot } from './support/doc-screenshots';
import { openReview, player } from './support/player';

interface Detail {
  answers: { elementId: string; value: string | null; comment: string }[];
  template: { content: { sections: { elements: { id: string }[] }[] } };
}

/**
 * Issue 13 item 1, "mark it, then say why": an answer key moves the focus on,
 * and the C or T that follows must still reach the element just answered.
 * Before, N then C on 1.1 opened the comment of 1.2.
 */
test('C and T right after an answer go to the element just answered; moving, answering again or Esc ends that', async ({ page, host }) => {
  const api = apiFor(host.url);
  const scorecardId = await newDraft(api);
  await openReview(page, host.url, scorecardId);
  await expect(element(page, '1.1')).toBeFocused();

  // N on 1.1: the focus is on 1.2, and 1.1 says C and T still act on it.
  await page.keyboard.press('n');
  await expect(element(page, '1.2')).toBeFocused();
  await expect(element(page, '1.1')).toContainText('just answered');
  await docScreenshot(page, 'say-why', page.getByRole('region', { name: /Welcome$/ }));
  await page.keyboard.press('c');
  await expect(page.getByRole('textbox', { name: 'Comment on 1.1' })).toBeFocused();
  await page.keyboard.type('No greeting at all');
  await page.keyboard.press('Escape');
  // Back where the reviewer was going: the next element.
  await expect(element(page, '1.2')).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Comment on 1.2' })).toHaveCount(0);

  // T, still right after that answer, notes 1.1 too; Enter goes back to 1.2.
  await page.keyboard.press('t');
  const note = player(page).getByRole('textbox', { name: /^Note at .* on 1\.1 / });
  await expect(note).toBeFocused();
  await page.keyboard.type('Silence for three seconds first');
  await page.keyboard.press('Enter');
  await expect(element(page, '1.2')).toBeFocused();

  // A new answer moves the mark; an arrow key ends it, so C is about the element in focus.
  await page.keyboard.press('m');
  await expect(element(page, '1.2')).toContainText('just answered');
  await expect(element(page, '1.1')).not.toContainText('just answered');
  await page.keyboard.press('ArrowDown');
  await expect(element(page, '1.4')).toBeFocused();
  await expect(page.getByText('just answered')).toHaveCount(0);
  await page.keyboard.press('c');
  await expect(page.getByRole('textbox', { name: 'Comment on 1.4' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(element(page, '1.4')).toBeFocused();

  // Esc drops the mark too: T then notes the element in focus.
  await page.keyboard.press('a');
  await expect(element(page, '1.5')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('t');
  await expect(player(page).getByRole('textbox', { name: /^Note at .* on 1\.5 / })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(element(page, '1.5')).toBeFocused();

  // What was saved is where it was meant to go.
  await expect(savedIndicator(page)).toHaveText(/All changes saved/);
  const detail = await api.call<Detail>('reviews.get', { id: scorecardId });
  const ids = detail.template.content.sections.flatMap((s) => s.elements.map((e) => e.id));
  expect(detail.answers.find((a) => a.elementId === ids[0])).toMatchObject({ value: 'not_met', comment: 'No greeting at all' });
  expect(detail.answers.find((a) => a.elementId === ids[1])?.comment ?? '').toBe('');
  const notes = await api.call<{ elementId: string | null; text: string }[]>('media.notes.list', { scorecardId });
  expect(notes.map((n) => [n.elementId, n.text])).toEqual([
    [ids[0], 'Silence for three seconds first'],
    [ids[4], ''],
  ]);

  // The key sheet says how it works.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Mark it, then say why');
});
