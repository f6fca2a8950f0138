import { expect, type Locator, type Page } from '@playwright/test';
import { salesCalls as salesCallsTemplate } from '../../unit/templates/support/service';
import type { Api } from './api';

/** Goes to the Templates screen through the main navigation. */
export async function goToTemplates(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Templates', level: 1 })).toBeVisible();
}

/** The builder's outline. */
export function outline(page: Page): Locator {
  return page.getByRole('list', { name: 'Outline: sections and elements' });
}

/** The outline row in focus must be the one numbered `number` ("2", "2.1"). */
export async function expectRow(page: Page, number: string): Promise<void> {
  await expect(outline(page).locator('li[aria-current="true"]')).toHaveAccessibleName(new RegExp(`^(Section|Element) ${number.replace('.', '\\.')}:`));
  await expect(outline(page).locator('li[aria-current="true"]')).toBeFocused();
}

/**
 * Edits the row in focus from the keyboard: Enter to its first field, the
 * text typed over what is there, Escape back to the row.
 */
export async function retitleRow(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

/** The save status of the draft settles on "All changes saved". */
export async function draftSaved(page: Page): Promise<void> {
  await expect(page.getByText(/^All changes saved/)).toBeVisible();
}

/** The template the backend's tests use too: weights, a 0–10 scale with a comment on every answer, a scorecard-critical check. */
export const salesCalls = salesCallsTemplate();

/** Creates and publishes a template through the API (set-up for tests about what comes after). */
export async function publishViaApi(api: Api, content: object = salesCalls): Promise<{ templateId: string; versionId: string }> {
  const { templateId } = await api.call<{ templateId: string }>('templates.create', { name: 'Draft' });
  await api.call('templates.saveDraft', { templateId, content });
  const version = await api.call<{ id: string }>('templates.publish', { templateId });
  return { templateId, versionId: version.id };
}

/** A completed scorecard of a version, answered through the API (every answer with a comment, so "always" is met). */
export async function completeViaApi(api: Api, agentId: string, versionId: string, answers: Record<string, string | number>): Promise<string> {
  const detail = await api.call<{ scorecard: { id: string } }>('reviews.create', {
    agentId,
    templateVersionId: versionId,
    interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z', reference: 'CALL-7' },
  });
  const scorecardId = detail.scorecard.id;
  for (const [elementId, value] of Object.entries(answers)) {
    await api.call('reviews.setAnswer', { scorecardId, elementId, value });
    await api.call('reviews.setComment', { scorecardId, elementId, text: 'Noted' });
  }
  await api.call('reviews.complete', { scorecardId });
  return scorecardId;
}
