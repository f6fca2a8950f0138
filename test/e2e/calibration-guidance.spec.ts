import AxeBuilder from '@axe-core/playwright';
import { apiFor } from './support/api';
import { openApp } from './support/fixtures';
import { goToTemplates, outline, publishViaApi } from './support/templates';
import { addFolderTarget, expect, test } from './support/sync';

/**
 * Issue 10 item 6: the guidance a calibration discussion proposes reaches the
 * template's next version through the builder, offered beside its element.
 */
test('guidance proposed in a calibration outcome is offered in the builder and becomes the next draft’s guidance at a press', async ({ page, host, tempFolder }) => {
  const api = apiFor(host.url);
  await openApp(page, host.url, 'Jane Lead');
  await addFolderTarget(page, tempFolder(), 'Team share', 'Set up share');
  const { templateId, versionId } = await publishViaApi(api);
  const agent = await api.call<{ id: string }>('agents.create', { name: 'Alex Morgan', team: 'Blue team' });
  const call = await api.call<{ scorecard: { id: string } }>('reviews.create', {
    agentId: agent.id,
    templateVersionId: versionId,
    interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z', reference: 'CALL-9' },
  });
  const { facts } = await api.call<{ facts: { sessionId: string } }>('calibration.publish', {
    title: 'Greeting calibration',
    scorecardId: call.scorecard.id,
    templateVersionId: versionId,
    participants: [{ name: 'Jane Lead' }, { name: 'Sam Second' }],
    referenceIndex: 0,
  });
  const { scorecardId } = await api.call<{ scorecardId: string }>('calibration.start', { sessionId: facts.sessionId });
  for (const [elementId, value] of Object.entries({ greet: 'met', dpa: 'met', listening: 8, empathy: 'met' })) {
    await api.call('reviews.setAnswer', { scorecardId, elementId, value });
    await api.call('reviews.setComment', { scorecardId, elementId, text: 'Noted' });
  }
  await api.call('reviews.complete', { scorecardId });
  await api.call('calibration.reveal', { sessionId: facts.sessionId });
  const proposed = 'Met when the agent greets within the first five seconds, by name.';
  await api.call('calibration.outcomes.save', { sessionId: facts.sessionId, elementId: 'greet', agreedAnswer: 'met', guidance: proposed });

  expect(await api.call('calibration.guidance', { templateId })).toEqual([expect.objectContaining({ elementId: 'greet', guidance: proposed })]);

  // The lead starts version 2: the greeting's editor offers the calibration's words, and takes them at a press.
  await goToTemplates(page);
  await page.getByRole('link', { name: 'Sales calls 2027' }).click();
  await page.getByRole('button', { name: 'Edit: start version 2' }).click();
  await outline(page).getByRole('listitem', { name: /^Element 1\.1:/ }).click();
  const offered = page.getByRole('region', { name: 'Guidance proposed by calibration' });
  await expect(offered).toContainText(`“${proposed}” — Greeting calibration`);
  // The offer is axe-clean at full and half width.
  for (const width of [1280, 720]) {
    await page.setViewportSize({ width, height: 800 });
    const { violations } = await new AxeBuilder({ page }).include('.builder__proposals').analyze();
    expect(violations.map((v) => `${width}: ${v.id}`)).toEqual([]);
  }
  await offered.getByRole('button', { name: 'Use as guidance' }).click();
  await expect(page.getByLabel('Guidance (optional)')).toHaveValue(proposed);
  await expect(offered).toContainText('This is the draft’s guidance now.');
  await expect(page.getByText(/^All changes saved/)).toBeVisible();
  const draft = await api.call<{ draft: { content: { sections: { elements: { id: string; guidance?: string }[] }[] } } }>('templates.get', { templateId });
  expect(draft.draft.content.sections[0]!.elements.find((e) => e.id === 'greet')?.guidance).toBe(proposed);
});
