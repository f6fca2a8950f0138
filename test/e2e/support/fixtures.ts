import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import { newDataFolder, startHost, type StartedHost } from './host';

/** A real browser host on its own data folder, which a test can restart (or crash) and reopen. */
export interface HostHandle {
  readonly url: string;
  readonly dataFolder: string;
  /** Stops the host gracefully and starts a new one on the same data folder; returns its URL. */
  restart(): Promise<string>;
  stop(): Promise<void>;
}

export const test = base.extend<{ host: HostHandle }>({
  // Playwright requires the object pattern even when no other fixture is used.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataFolder = newDataFolder();
    let current: StartedHost | null = await startHost({ dataFolder });
    const handle: HostHandle = {
      get url() {
        if (!current) throw new Error('the host is stopped');
        return current.url;
      },
      dataFolder,
      async restart() {
        await current?.stop();
        current = await startHost({ dataFolder });
        return current.url;
      },
      async stop() {
        await current?.stop();
        current = null;
      },
    };
    await use(handle);
    await current?.stop();
    fs.rmSync(dataFolder, { recursive: true, force: true });
  },
});

export { expect };

/** Opens the app and, on first run, gives the reviewer's name. */
export async function openApp(page: Page, url: string, reviewerName = 'Jane Reviewer'): Promise<void> {
  await page.goto(url);
  const welcome = page.getByRole('heading', { name: 'Welcome to Callmark' });
  const header = page.getByRole('navigation', { name: 'Main' });
  await expect(welcome.or(header)).toBeVisible();
  if (await welcome.isVisible()) {
    await page.getByLabel('Your name').fill(reviewerName);
    await page.getByRole('button', { name: 'Start reviewing' }).click();
    await expect(header).toBeVisible();
  }
}

/** Goes to a screen through the main navigation and waits until it is showing. */
export async function goTo(page: Page, screen: 'Reviews' | 'Agents' | 'New review'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen }).click();
  await expect(page.getByRole('heading', { name: screen, level: 1 })).toBeVisible();
}

export async function addAgent(page: Page, name: string, team = ''): Promise<void> {
  await goTo(page, 'Agents');
  const form = page.getByRole('form', { name: 'Add an agent' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Team', { exact: true }).fill(team);
  await form.getByRole('button', { name: 'Add agent' }).click();
  await expect(page.getByRole('table', { name: 'Agents' }).getByRole('rowheader', { name, exact: true })).toBeVisible();
}

/** Starts a review of the built-in scorecard and waits for the scoring screen, first element focused. */
export async function startReview(page: Page, agentName: string, reference = ''): Promise<void> {
  await goTo(page, 'New review');
  const agent = page.getByLabel('Agent', { exact: true });
  const option = agent.getByRole('option', { name: new RegExp(`^${agentName}( —|$)`) });
  await agent.selectOption({ label: (await option.textContent()) ?? agentName });
  if (reference) await page.getByLabel('Reference', { exact: true }).fill(reference);
  await page.getByRole('button', { name: 'Start scoring' }).click();
  await expect(element(page, '1.1')).toBeFocused();
}

/** A checklist element by its number, e.g. "2.3". */
export function element(page: Page, number: string) {
  return page.getByRole('listitem', { name: new RegExp(`^${number.replace('.', '\\.')} `) });
}

export function scorePanel(page: Page) {
  return page.getByRole('complementary', { name: 'Score' });
}

/** Answers every element from the keyboard: one key each, focus moves on by itself. */
export async function answerWithKeys(page: Page, keys: string): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

export function savedIndicator(page: Page) {
  return scorePanel(page).getByRole('status');
}

/** Completes the open review from the keyboard (Ctrl+Enter, then Enter in the confirmation) and waits until it is locked. */
export async function completeWithKeys(page: Page, reviewerName = 'Jane Reviewer'): Promise<void> {
  await page.keyboard.press('ControlOrMeta+Enter');
  const dialog = page.getByRole('dialog', { name: 'Complete this review?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(new RegExp(`^Completed .* by ${reviewerName}$`))).toBeVisible();
}
