import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { apiFor } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import { completeViaApi, goToTemplates, publishViaApi, salesCalls } from './support/templates';

/** Axe on what is on screen now (only the dialog when one is open: the page behind it is inert). */
async function violations(page: Page, name: string, dialog = false): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations: found } = await (dialog ? axe.include('dialog[open]') : axe).analyze();
  return found.map((v) => `${name}: ${v.id} on ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

test('the Templates screens and dialogs pass axe at 1280 and 720 px, and the key sheet lists the builder’s keys', async ({ page, host }) => {
  test.setTimeout(180_000);
  const api = apiFor(host.url);
  await api.call('reviewer.setName', { name: 'Jane Reviewer' });
  const agent = await api.call<{ id: string }>('agents.create', { name: 'Alex Morgan' });
  const { templateId, versionId } = await publishViaApi(api);
  await completeViaApi(api, agent.id, versionId, { greet: 'met', dpa: 'met', listening: 8, empathy: 'met' });
  await api.call('templates.startDraft', { templateId });
  await api.call('templates.saveDraft', { templateId, content: { ...salesCalls, target: 80 } });
  await openApp(page, host.url);

  const found: string[] = [];
  for (const width of [1280, 720]) {
    await page.setViewportSize({ width, height: 800 });
    await goToTemplates(page);
    found.push(...(await violations(page, `library at ${width}`)));
    await page.getByRole('link', { name: 'Sales calls 2027' }).click();
    await expect(page.getByRole('list', { name: 'Outline: sections and elements' })).toBeVisible();
    await page.getByRole('listitem', { name: /^Element 2\.1:/ }).click();
    found.push(...(await violations(page, `builder (scale element) at ${width}`)));
    // No page is wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    await page.keyboard.press('Delete');
    await expect(page.getByRole('dialog', { name: /^Remove element 2\.1/ })).toBeVisible();
    found.push(...(await violations(page, `remove dialog at ${width}`, true)));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^Review and publish/ }).click();
    const panel = page.getByRole('region', { name: 'Publish version 2' });
    await panel.getByRole('button', { name: 'Rescore' }).click();
    await expect(panel.getByRole('table', { name: 'Rescored scorecards' })).toBeVisible();
    found.push(...(await violations(page, `publish panel with what-if at ${width}`)));
    await panel.getByRole('button', { name: 'Publish version 2…' }).click();
    found.push(...(await violations(page, `publish dialog at ${width}`, true)));
    await page.keyboard.press('Escape');
    await panel.getByRole('button', { name: 'Back to editing' }).click();

    await page.getByRole('button', { name: 'Duplicate…' }).click();
    found.push(...(await violations(page, `duplicate dialog at ${width}`, true)));
    await page.keyboard.press('Escape');
  }
  expect(found).toEqual([]);

  // The key sheet has the builder's keys and the two-digit scale values.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: /shortcuts/i });
  await expect(sheet.getByRole('heading', { name: 'Building a template' })).toBeVisible();
  await expect(sheet).toContainText('New element below the row');
  await expect(sheet).toContainText('10 is 1 then 0, typed quickly');
});
