import { expect, type Locator, type Page } from '@playwright/test';

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
