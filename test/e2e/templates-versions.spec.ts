import { apiFor } from './support/api';
import { element, expect, goTo, openApp, test } from './support/fixtures';
import { completeViaApi, goToTemplates, outline, publishViaApi, retitleRow } from './support/templates';

test('a new version mid-trend: the what-if first, then version 2 beside version 1, compared in words, with where trends break', async ({ page, host }) => {
  const api = apiFor(host.url);
  await api.call('reviewer.setName', { name: 'Jane Reviewer' });
  const agent = await api.call<{ id: string }>('agents.create', { name: 'Alex Morgan', team: 'Blue team' });
  const { templateId, versionId: v1 } = await publishViaApi(api);
  // Three completed scorecards on version 1, and one draft started on it.
  await completeViaApi(api, agent.id, v1, { greet: 'met', dpa: 'met', listening: 10, empathy: 'met' });
  await completeViaApi(api, agent.id, v1, { greet: 'not_met', dpa: 'met', listening: 5, empathy: 'met' });
  const weak = await completeViaApi(api, agent.id, v1, { greet: 'not_met', dpa: 'met', listening: 4, empathy: 'na' });
  const draftOnV1 = await api.call<{ scorecard: { id: string } }>('reviews.create', {
    agentId: agent.id,
    templateVersionId: v1,
    interaction: { channel: 'phone', occurredAt: '2026-11-21T10:00:00.000Z' },
  });

  await openApp(page, host.url);
  await goToTemplates(page);
  await page.getByRole('link', { name: 'Sales calls 2027' }).click();
  await expect(page.getByText(/^Version 1, published/)).toBeVisible();
  // Editing a published template starts the next draft; version 1 stays as it is.
  await page.getByRole('button', { name: 'Edit: start version 2' }).click();
  await expect(page.getByText(/^Draft of version 2 started/)).toBeVisible();

  // Reword the greeting (its key stays), add an element, and let "Meets" start at 60.
  await outline(page).getByRole('listitem', { name: /^Element 1\.1:/ }).focus();
  await retitleRow(page, 'Greets the customer by name');
  await page.keyboard.press('e');
  await retitleRow(page, 'Offers more help');
  await page.getByLabel('Band 2 starts at').fill('60');
  await expect(page.getByText('No problems: the draft can be published.')).toBeVisible();

  // Review: the changes in words, the map, and the what-if over version 1's completed scorecards.
  await page.getByRole('button', { name: /^Review and publish/ }).click();
  const panel = page.getByRole('region', { name: 'Publish version 2' });
  const changes = panel.getByRole('list', { name: 'Changes' });
  await expect(changes).toContainText('"Greets the customer" was reworded to "Greets the customer by name".');
  await expect(changes).toContainText('"Offers more help" was added to "Opening" at position 2.');
  await expect(changes).toContainText('Band "Meets expectations" now covers 60 % (included) to 90 % (included) (it covered 70 % (included) to 90 % (included)).');
  const map = panel.getByRole('table', { name: 'Element map' });
  await expect(map.getByRole('row', { name: /^Greets the customer by name/ })).toContainText('Continues "Greets the customer".');
  await expect(map.getByRole('row', { name: /^Offers more help/ })).toContainText('New: its trend starts here.');

  await panel.getByLabel('Rescore the last … completed scorecards').fill('10');
  await panel.getByRole('button', { name: 'Rescore' }).click();
  const result = panel.getByRole('status').filter({ hasText: 'scorecards of version 1' });
  await expect(result).toContainText('3 scorecards of version 1: 1 would change band');
  await expect(result).toContainText('could not be carried over in full');
  await expect(panel.getByRole('table', { name: 'Band changes' }).getByRole('row', { name: 'Does not meet expectations Meets expectations 1' })).toBeVisible();

  await panel.getByRole('button', { name: 'Publish version 2…' }).click();
  await page.getByRole('dialog', { name: 'Publish version 2?' }).getByRole('button', { name: 'Publish version 2' }).click();
  await expect(page.getByText(/^Version 2 published/)).toBeVisible();

  // Both versions are kept; any two compare in words; the map says where each trend breaks and why.
  const versions = page.getByRole('table', { name: 'Versions' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Compare' }).click();
  const differences = page.getByRole('list', { name: 'Differences' });
  await expect(differences).toContainText('"Greets the customer" was reworded to "Greets the customer by name".');
  await page.getByRole('button', { name: 'Trends across version 2' }).click();
  await expect(page.getByText('The trend of "Offers more help" breaks here because "Offers more help" is new in this version, with no history before the change.')).toBeVisible();
  await expect(page.getByText(/^The trend of "Greets the customer by name" continues\./)).toBeVisible();
  await expect(page.getByText(/^The trend of the overall score breaks here because/)).toBeVisible();

  // The completed scorecards and the draft started on version 1 keep version 1.
  await page.goto(`${host.url.replace(/#.*/, '')}#/review/${draftOnV1.scorecard.id}`);
  await expect(element(page, '1.1')).toContainText('Greets the customer');
  await expect(element(page, '1.1')).not.toContainText('by name');
  await expect(page.getByRole('listitem', { name: /Offers more help/ })).toHaveCount(0);
  await page.goto(`${host.url.replace(/#.*/, '')}#/review/${weak}`);
  await expect(page.getByText(/^Completed .* by Jane Reviewer$/)).toBeVisible();
  await expect(element(page, '1.1')).not.toContainText('by name');

  // New reviews start on version 2.
  await goTo(page, 'New review');
  await expect(page.getByLabel('Scorecard').getByRole('option', { name: 'Sales calls 2027 (version 2)' })).toHaveCount(1);
  const listed = await api.call<{ templateId: string; latestVersion: number; latestVersionId: string }[]>('templates.list', {});
  const latest = listed.find((t) => t.templateId === templateId)!;
  expect(latest.latestVersion).toBe(2);

  // A scorecard on version 2: the Reports trend marks the change where version 2 was first used and says the line breaks.
  const v2 = await api.call<{ content: { sections: { elements: { id: string }[] }[] } }>('templates.getVersion', { id: latest.latestVersionId });
  const answers: Record<string, string | number> = { greet: 'met', dpa: 'met', listening: 9, empathy: 'met' };
  for (const e of v2.content.sections.flatMap((sec) => sec.elements)) answers[e.id] ??= 'met';
  await completeViaApi(api, agent.id, latest.latestVersionId, answers);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const trend = page.getByRole('region', { name: 'Trend' });
  await expect(trend.getByRole('list', { name: 'Template changes in this trend' })).toContainText(
    /"Sales calls 2027" version 2, first used 2026-11-20\. The trend of the overall score breaks here because/,
  );
  await trend.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(trend.getByRole('table', { name: 'Trend' }).getByRole('row', { name: /^Nov 2026/ })).toContainText('version 2, first used 2026-11-20');
});
