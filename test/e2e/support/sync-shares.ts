import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Api } from './api';

/**
 * Set-up for the share-recovery and signing-key specs, through the host's own
 * API (what the page does), and the breakage done to the folder the way it
 * really happens: a marker deleted, or replaced by a sync client.
 */
interface Detail {
  scorecard: { id: string };
  template: { content: { sections: { elements: { id: string }[] }[] } };
}

/** A reviewer and an agent; `complete()` then completes a scorecard of the built-in template, every element met. */
export async function reviewerOn(api: Api, name: string) {
  await api.call('reviewer.setName', { name });
  const agent = await api.call<{ id: string }>('agents.create', { name: `Agent of ${name}`, team: 'North' });
  const [template] = await api.call<{ latestVersionId: string }[]>('templates.list', {});
  return {
    async complete(reference: string): Promise<string> {
      const detail = await api.call<Detail>('reviews.create', {
        agentId: agent.id,
        templateVersionId: template!.latestVersionId,
        interaction: { channel: 'phone', occurredAt: new Date().toISOString(), reference },
      });
      for (const e of detail.template.content.sections.flatMap((s) => s.elements)) {
        await api.call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId: e.id, value: 'met' });
      }
      await api.call('reviews.complete', { scorecardId: detail.scorecard.id });
      return detail.scorecard.id;
    },
  };
}

/** Adds `share` as a folder target (adopting its share when it has one) and returns the target's id. */
export async function addShare(api: Api, share: string, name = 'Team share'): Promise<string> {
  const found = await api.call<{ share: { shareId: string } | null }>('sync.targets.inspectFolder', { path: share });
  const target = await api.call<{ id: string }>('sync.targets.add', { name, config: { kind: 'folder', path: share }, ...(found.share ? { adoptShareId: found.share.shareId } : {}) });
  return target.id;
}

export async function sent(api: Api, targetId: string, count: number): Promise<void> {
  await expect
    .poll(async () => (await api.call<{ targets: { counts: { sent: number } }[] }>('sync.status', { targetId })).targets[0]?.counts.sent, { timeout: 20_000 })
    .toBe(count);
}

export const markerOf = (share: string) => path.join(share, 'callmark-share.json');

/** What a sync client leaves when a colleague set the same synced folder up at the same moment: their marker, not ours. */
export function markerReplacedByColleagues(share: string, createdBy = 'Sam Second'): string {
  const shareId = randomUUID();
  fs.writeFileSync(markerOf(share), `${JSON.stringify({ format: 'callmark.share', formatVersion: 1, shareId, createdAt: '2026-11-02T09:00:00.000Z', createdBy }, null, 2)}\n`);
  return shareId;
}
