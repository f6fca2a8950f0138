import type { CompletionHook, ServiceContext } from '../../context';
import type { Repositories } from '../../repositories';
import { outgoingItemOf } from '../export/document';
import type { MediaSource } from '../export/media-source';
import type { SyncSettingsStore } from '../settings';
import type { DocumentsStore } from '../store/documents';
import type { OutboxStore } from '../store/outbox';
import type { TargetsStore } from '../store/targets';
import type { Drainer } from './drainer';

export interface EnqueueDeps {
  ctx: ServiceContext;
  repos: Repositories;
  media: MediaSource;
  settings: SyncSettingsStore;
  targets: TargetsStore;
  documents: DocumentsStore;
  outbox: OutboxStore;
  drainer: Drainer;
}

/**
 * Queues the scorecard revision just completed for every enabled target. It
 * runs inside the completing transaction (ctx.onCompleted), so the scorecard is
 * completed and queued together or not at all: nothing completed is ever left
 * out of the outbox, even if the app dies the next instant.
 */
export function createEnqueueHook(deps: EnqueueDeps): CompletionHook {
  return (scorecardId, revision) => {
    const targetIds = deps.targets.enabledIds();
    if (!targetIds.length) return;
    queueRevision(deps, targetIds, scorecardId, revision);
    deps.drainer.wakeSoon(targetIds);
  };
}

/** Freezes the document (once per revision) and adds one outbox row per target; already queued rows are left alone. */
export function queueRevision(deps: Omit<EnqueueDeps, 'drainer'>, targetIds: readonly string[], scorecardId: string, revision: number): number {
  const at = deps.ctx.now();
  if (!deps.documents.has(scorecardId, revision)) {
    const item = outgoingItemOf(deps.repos, deps.media, deps.settings, scorecardId);
    if (item.revision !== revision) throw new Error(`Scorecard ${scorecardId} is at revision ${item.revision}, not ${revision}.`);
    deps.documents.insert(item, at);
  }
  let added = 0;
  for (const targetId of targetIds) if (deps.outbox.enqueue(targetId, scorecardId, revision, at)) added += 1;
  return added;
}
