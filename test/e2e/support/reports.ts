import { expect } from '@playwright/test';
import type { Api } from './api';

/** A day `daysAgo` before now, at 10:00 UTC: inside the Reports screen's default range (the last twelve months). */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10) + 'T10:00:00.000Z';

/** A completed scorecard of the built-in card: the first `misses` elements not met, the rest met. */
export async function completeScorecard(api: Api, agentId: string, occurredAt: string, misses: number, reference: string): Promise<string> {
  const [template] = await api.call<{ latestVersionId: string }[]>('templates.list', {});
  const detail = await api.call<{ scorecard: { id: string }; template: { content: { sections: { elements: { id: string }[] }[] } } }>('reviews.create', {
    agentId,
    templateVersionId: template!.latestVersionId,
    interaction: { channel: 'phone', occurredAt, reference },
  });
  const ids = detail.template.content.sections.flatMap((s) => s.elements.map((e) => e.id));
  for (const [i, elementId] of ids.entries()) {
    await api.call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId, value: i < misses ? 'not_met' : 'met' });
  }
  await api.call('reviews.complete', { scorecardId: detail.scorecard.id });
  return detail.scorecard.id;
}

/** A folder target on `share`, set up or adopted; waits until `sent` documents are delivered. */
export async function shareAndDeliver(api: Api, share: string, adopt: boolean, sent: number): Promise<string> {
  const inspection = await api.call<{ share: { shareId: string } | null }>('sync.targets.inspectFolder', { path: share });
  const target = await api.call<{ id: string }>('sync.targets.add', {
    name: 'Team share',
    config: { kind: 'folder', path: share },
    sendExisting: true,
    ...(adopt && inspection.share ? { adoptShareId: inspection.share.shareId } : {}),
  });
  await expect
    .poll(async () => (await api.call<{ targets: { counts: { sent: number } }[] }>('sync.status', {})).targets[0]?.counts.sent, { timeout: 20_000 })
    .toBe(sent);
  return target.id;
}
