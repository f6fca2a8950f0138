import fs from 'node:fs';
import { openApp } from './support/fixtures';
import { apiFor } from './support/api';
import { startHost } from './support/host';
import { addFolderTarget, expect, goToScreen, test } from './support/sync';

const ELEMENTS = ['welcome', 'customer-interaction', 'technical-knowledge', 'close'].flatMap((s) => [1, 2, 3, 4, 5].map((n) => `${s}-${n}`));

/**
 * Before calibration can be discussed, a colleague's scorecard must be
 * readable: it opens from the Team list in full, read-only, with its answers,
 * comments, notes, every revision and where it came from.
 */
test('a colleague’s imported scorecard opens in full from Team, with every revision', async ({ page, host, tempFolder }) => {
  const share = tempFolder();
  // Jane completes a scorecard with a comment and two notes, then revises it with a reason.
  await openApp(page, host.url, 'Jane Reviewer');
  await addFolderTarget(page, share, 'Team share', 'Set up share');
  const jane = apiFor(host.url);
  const agent = await jane.call<{ id: string }>('agents.create', { name: 'Alex Morgan', team: 'Blue team' });
  const [template] = await jane.call<{ latestVersionId: string }[]>('templates.list', {});
  const { scorecard } = await jane.call<{ scorecard: { id: string } }>('reviews.create', {
    agentId: agent.id,
    templateVersionId: template!.latestVersionId,
    interaction: { channel: 'phone', occurredAt: '2026-11-23T09:30:00.000Z', reference: 'CALL-4242', durationSeconds: 300 },
  });
  for (const elementId of ELEMENTS) await jane.call('reviews.setAnswer', { scorecardId: scorecard.id, elementId, value: elementId === 'welcome-2' ? 'not_met' : 'met' });
  await jane.call('reviews.setComment', { scorecardId: scorecard.id, elementId: 'welcome-2', text: 'Gave her name but not the team.' });
  await jane.call('media.notes.add', { scorecardId: scorecard.id, atSeconds: 65, elementId: 'close-1', text: 'Summary starts here' });
  await jane.call('media.notes.add', { scorecardId: scorecard.id, atSeconds: 5, elementId: null, text: 'Customer calls about a missed bin' });
  await jane.call('reviews.complete', { scorecardId: scorecard.id });
  await jane.call('reviews.revise', { scorecardId: scorecard.id, reason: 'Listened again: the team was named' });
  await jane.call('reviews.setAnswer', { scorecardId: scorecard.id, elementId: 'welcome-2', value: 'met' });
  await jane.call('reviews.complete', { scorecardId: scorecard.id });

  const samHost = await startHost();
  try {
    const sam = await page.context().newPage();
    await openApp(sam, samHost.url, 'Sam Second');
    await addFolderTarget(sam, share, 'Team share', 'Adopt share');
    await expect
      .poll(async () => {
        const [target] = await apiFor(samHost.url).call<{ id: string }[]>('sync.targets.list', {});
        return (await apiFor(samHost.url).call<{ imported: number }>('sync.import', { targetId: target!.id })).imported;
      })
      .toBeGreaterThan(0);
    await expect.poll(async () => (await apiFor(samHost.url).call<{ items: { revision: number }[] }>('sync.imported.list', {})).items[0]?.revision).toBe(2);

    await goToScreen(sam, 'Team');
    await sam.getByRole('link', { name: /^Open Jane Reviewer’s scorecard of Alex Morgan/ }).click();
    await expect(sam.getByRole('heading', { name: 'Alex Morgan · scored by Jane Reviewer', level: 1 })).toBeVisible();
    const history = sam.getByRole('navigation', { name: 'Revisions' });
    await expect(history).toContainText('Revision 2 (latest)');
    await expect(history).toContainText('“Listened again: the team was named”');
    const welcome2 = sam.getByRole('listitem').filter({ hasText: /^1\.2/ });
    await expect(welcome2).toContainText('Met');
    await expect(welcome2).toContainText('“Gave her name but not the team.”');
    await expect(sam.getByRole('region', { name: 'Score and origin' })).toContainText('100.0 %');
    await expect(sam.getByRole('region', { name: 'Score and origin' })).toContainText(/Team share: 2026\/11\/.*\.r2\.json/);
    const notes = sam.getByRole('table', { name: 'Notes' });
    await expect(notes.getByRole('row')).toHaveCount(3);
    await expect(notes.getByRole('row').nth(1)).toContainText('0:05The whole callCustomer calls about a missed bin');
    await expect(notes.getByRole('row').nth(2)).toContainText('4.1 Summarise');

    // The first revision, as Jane completed it before her change.
    await history.getByRole('link', { name: 'Revision 1' }).click();
    await expect(history.getByText('Revision 1', { exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(sam.getByRole('listitem').filter({ hasText: /^1\.2/ })).toContainText('Not met');
    await expect(sam.getByRole('region', { name: 'Score and origin' })).toContainText('95.0 %');
    // Read-only: nothing on it can be answered or edited.
    await expect(sam.getByRole('radio')).toHaveCount(0);
    await expect(sam.getByRole('textbox')).toHaveCount(0);
  } finally {
    await samHost.stop();
    fs.rmSync(samHost.dataFolder, { recursive: true, force: true });
  }
});
