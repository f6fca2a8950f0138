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
 * Freezes the export document of the scorecard revision just completed and
 * queues it for every configured target, enabled or not (a disabled target
 * keeps what waits for it and sends it when enabled again). It runs inside the
 * completing transaction (ctx.onCompleted), so the scorecard is completed,
 * frozen and queued together or not at all: nothing completed is ever left out
 * of the outbox, even if the app dies the next instant. The document is frozen
 * even when there is no target yet, so a target added later (`sendExisting`)
 * receives exactly the bytes of the completion, not a rebuild from data that
 * changed since (an agent renamed, a setting changed, an app update).
 */
export function createEnqueueHook(deps: EnqueueDeps): CompletionHook {
  return (scorecardId, revision) => {
    freezeRevision(deps, scorecardId, revision);
    const targetIds = deps.targets.ids();
    if (!targetIds.length) return;
    queueFrozen(deps, targetIds, scorecardId, revision);
    deps.drainer.wakeSoon(targetIds);
  };
}

/**
 * Builds and stores the document of a scorecard's current, completed revision,
 * once: a revision already frozen keeps its bytes for ever.
 */
export function freezeRevision(deps: Omit<EnqueueDeps, 'drainer' | 'outbox' | 'targets'>, scorecardId: string, revision: number): void {
  if (deps.documents.has(scorecardId, revision)) return;
  const item = outgoingItemOf(deps.repos, deps.media, deps.settings, scorecardId);
  if (item.revision !== revision) throw new Error(`Scorecard ${scorecardId} is at revision ${item.revision}, not ${revision}.`);
  deps.documents.insert(item, deps.ctx.now());
}

/** Adds one outbox row per target for a frozen revision; already queued rows are left alone. */
export function queueFrozen(deps: Pick<EnqueueDeps, 'ctx' | 'outbox'>, targetIds: readonly string[], scorecardId: string, revision: number): number {
  const at = deps.ctx.now();
  let added = 0;
  for (const targetId of targetIds) if (deps.outbox.enqueue(targetId, scorecardId, revision, at)) added += 1;
  return added;
}
