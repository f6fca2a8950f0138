import { ApiError, type ApiHandlers } from '../../../../shared/api';
import type { OutboxItem, ScorecardSyncState, TargetStatus } from '../../../../shared/api/sync';
import type { SyncParts } from '../parts';
import type { OutboxListEntry } from '../store/outbox';
import type { StoredTarget } from '../store/targets';
import { connectionOf } from './reachability';

type Methods = 'sync.status' | 'sync.items.list' | 'sync.items.retry' | 'sync.stateOf';

const toItem = (e: OutboxListEntry): OutboxItem => ({
  id: e.id,
  targetId: e.targetId,
  kind: e.kind,
  documentId: e.documentId,
  revision: e.revision,
  state: e.state,
  attempts: e.attempts,
  nextAttemptAt: e.state === 'pending' ? e.nextAttemptAt : null,
  lastAttemptAt: e.lastAttemptAt,
  lastError: e.lastError,
  sentAt: e.sentAt,
  createdAt: e.createdAt,
  agentName: e.agentName,
  occurredAt: e.occurredAt,
});

export function statusHandlers(p: SyncParts): Pick<ApiHandlers, Methods> {
  const requireTarget = (id: string) => {
    const t = p.targets.get(id);
    if (!t) throw new ApiError('not_found', 'That sync target no longer exists.');
    return t;
  };

  async function statusOf(target: StoredTarget): Promise<TargetStatus> {
    const stored = p.outbox.counts(target.id);
    const drain = p.drainer.progress(target.id, stored.pending);
    const counts = { ...stored, pending: stored.pending - drain.unrecordedSent, sent: stored.sent + drain.unrecordedSent };
    const nextAttemptAt = drain.blockedUntil ?? (counts.pending && !drain.draining ? p.outbox.earliestPending(target.id) : null);
    return {
      targetId: target.id,
      name: target.name,
      kind: target.config.kind,
      enabled: target.enabled,
      counts,
      lastError: target.lastError,
      lastSuccessAt: target.lastSuccessAt,
      ...(await connectionOf(p, target, drain.blockedUntil !== null)),
      draining: drain.draining,
      progress: drain.progress,
      nextAttemptAt,
      lastImport: p.importSourceFor(target) ? p.importRuns.last(target.id) : null,
      backfill: p.backfiller.progress(target.id),
    };
  }

  return {
    'sync.status': async ({ targetId }) => {
      const targets = targetId ? [requireTarget(targetId)] : p.targets.list();
      return { targets: await Promise.all(targets.map(statusOf)) };
    },

    'sync.items.list': ({ targetId, state, limit, offset }) => {
      requireTarget(targetId);
      const { entries, total } = p.outbox.list(targetId, state, limit, offset);
      return { items: entries.map(toItem), total };
    },

    'sync.items.retry': ({ targetId, itemId }) => {
      requireTarget(targetId);
      if (itemId !== undefined) {
        const item = p.outbox.get(itemId);
        if (!item || item.targetId !== targetId) throw new ApiError('not_found', 'That item is no longer in the outbox.');
        if (item.state === 'sent') throw new ApiError('conflict', `That ${p.kinds.has(item.kind) ? p.kinds.get(item.kind).noun : 'document'} was already sent to this target.`);
      }
      const retried = p.outbox.retryNow(targetId, itemId, p.ctx.now());
      p.drainer.unblock(targetId);
      return { retried };
    },

    'sync.stateOf': ({ kind, documentIds }) => {
      const out: Record<string, ScorecardSyncState> = {};
      for (const id of new Set(documentIds)) {
        const targets = p.outbox.stateOf(kind, id);
        const has = (s: string) => targets.some((t) => t.state === s);
        const state = has('failed') ? 'failed' : has('pending') ? 'pending' : has('sent') ? 'sent' : 'not_queued';
        out[id] = { state, targets };
      }
      return out;
    },
  };
}
