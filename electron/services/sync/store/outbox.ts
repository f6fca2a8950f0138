import type Database from 'better-sqlite3';
import type { DocumentRef } from '../../../../shared/sync/kinds';

export type OutboxState = 'pending' | 'sent' | 'failed';

/** One document revision queued for one target. */
export interface OutboxEntry extends DocumentRef {
  id: number;
  targetId: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

/** For the list screen: a scorecard's agent and call time (null for other kinds, or a scorecard no longer here). */
export interface OutboxListEntry extends OutboxEntry {
  agentName: string | null;
  occurredAt: string | null;
}

export interface OutboxCounts {
  pending: number;
  sent: number;
  failed: number;
}

interface OutboxRow {
  id: number;
  target_id: string;
  kind: string;
  document_id: string;
  revision: number;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  last_attempt_at: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

const toEntry = (r: OutboxRow): OutboxEntry => ({
  id: r.id,
  targetId: r.target_id,
  kind: r.kind,
  documentId: r.document_id,
  revision: r.revision,
  state: r.state,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastAttemptAt: r.last_attempt_at,
  lastError: r.last_error,
  sentAt: r.sent_at,
  createdAt: r.created_at,
});

/**
 * The persistent outbox: one row per target and document revision. State
 * moves pending → sent, or pending → failed (a delivery that retrying cannot
 * fix), and failed → pending only when the user asks.
 */
export function createOutboxStore(db: Database.Database) {
  const enqueue = db.prepare(
    `INSERT INTO outbox (target_id, kind, document_id, revision, state, attempts, next_attempt_at, created_at)
     VALUES (@targetId, @kind, @documentId, @revision, 'pending', 0, @at, @at) ON CONFLICT (target_id, kind, document_id, revision) DO NOTHING`,
  );
  const due = db.prepare<[string, string, number], OutboxRow>(
    `SELECT * FROM outbox WHERE target_id = ? AND state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
  );
  const earliest = db.prepare<[string], { at: string | null }>(`SELECT MIN(next_attempt_at) AS at FROM outbox WHERE target_id = ? AND state = 'pending'`);
  const byId = db.prepare<[number], OutboxRow>('SELECT * FROM outbox WHERE id = ?');
  const sent = db.prepare(`UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_attempt_at = @at, sent_at = @at, last_error = NULL WHERE id = @id AND state = 'pending'`);
  const retry = db.prepare(
    `UPDATE outbox SET attempts = attempts + 1, last_attempt_at = @at, next_attempt_at = @nextAt, last_error = @message WHERE id = @id AND state = 'pending'`,
  );
  const failed = db.prepare(`UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_attempt_at = @at, last_error = @message WHERE id = @id AND state = 'pending'`);
  const counts = db.prepare<[string], { state: OutboxState; n: number }>('SELECT state, COUNT(*) AS n FROM outbox WHERE target_id = ? GROUP BY state');
  const retryOne = db.prepare(`UPDATE outbox SET state = 'pending', next_attempt_at = @at WHERE id = @id AND target_id = @targetId AND state IN ('pending', 'failed')`);
  const retryAll = db.prepare(`UPDATE outbox SET state = 'pending', next_attempt_at = @at WHERE target_id = @targetId AND state IN ('pending', 'failed')`);
  const targetsWithPending = db.prepare<[], { target_id: string }>(`SELECT DISTINCT target_id FROM outbox WHERE state = 'pending'`);
  const sentSample = db.prepare<[string, number], { kind: string; document_id: string; revision: number }>(
    `SELECT kind, document_id, revision FROM outbox WHERE target_id = ? AND state = 'sent' ORDER BY sent_at DESC, id DESC LIMIT ?`,
  );
  // Adopting another share: everything queued for the target goes again (a file already there, identical, counts as sent).
  const requeue = db.prepare(`UPDATE outbox SET state = 'pending', next_attempt_at = @at, last_error = NULL WHERE target_id = @targetId`);

  const listSelect = `SELECT o.*, a.name AS agent_name, s.occurred_at FROM outbox o
    LEFT JOIN scorecards s ON o.kind = 'scorecard' AND s.id = o.document_id LEFT JOIN agents a ON a.id = s.agent_id`;
  const listAny = db.prepare<[string, number, number], OutboxRow & { agent_name: string | null; occurred_at: string | null }>(
    `${listSelect} WHERE o.target_id = ? ORDER BY o.id DESC LIMIT ? OFFSET ?`,
  );
  const listState = db.prepare<[string, OutboxState, number, number], OutboxRow & { agent_name: string | null; occurred_at: string | null }>(
    `${listSelect} WHERE o.target_id = ? AND o.state = ? ORDER BY o.id DESC LIMIT ? OFFSET ?`,
  );
  const countAny = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE target_id = ?');
  const countState = db.prepare<[string, OutboxState], { n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE target_id = ? AND state = ?');

  // The badge: a document's latest completed (frozen) revision, across every target.
  const stateOfDocument = db.prepare<{ kind: string; documentId: string }, { target_id: string; state: OutboxState; last_error: string | null }>(
    `SELECT o.target_id, o.state, o.last_error FROM outbox o
     WHERE o.kind = @kind AND o.document_id = @documentId
       AND o.revision = (SELECT MAX(d.revision) FROM export_documents d WHERE d.kind = @kind AND d.document_id = @documentId)
     ORDER BY o.id`,
  );

  return {
    /** True when newly queued; false when this target already had this revision. */
    enqueue: (targetId: string, ref: DocumentRef, at: string): boolean => enqueue.run({ targetId, ...ref, at }).changes === 1,
    /** The next items due, oldest first. */
    dueBatch: (targetId: string, now: string, limit: number): OutboxEntry[] => due.all(targetId, now, limit).map(toEntry),
    earliestPending: (targetId: string): string | null => earliest.get(targetId)?.at ?? null,
    get: (id: number): OutboxEntry | null => {
      const row = byId.get(id);
      return row ? toEntry(row) : null;
    },
    markSent: (id: number, at: string) => sent.run({ id, at }).changes === 1,
    markRetry: (id: number, message: string, nextAt: string, at: string) => void retry.run({ id, message, nextAt, at }),
    markFailed: (id: number, message: string, at: string) => void failed.run({ id, message, at }),
    counts(targetId: string): OutboxCounts {
      const out: OutboxCounts = { pending: 0, sent: 0, failed: 0 };
      for (const r of counts.all(targetId)) out[r.state] = r.n;
      return out;
    },
    /** Makes one item (or every failed and waiting item of the target) due now. */
    retryNow: (targetId: string, itemId: number | undefined, at: string): number =>
      itemId === undefined ? retryAll.run({ targetId, at }).changes : retryOne.run({ id: itemId, targetId, at }).changes,
    targetsWithPending: (): string[] => targetsWithPending.all().map((r) => r.target_id),
    /** The documents last sent to the target: what should be in its folder, to tell the share from an empty mount point. */
    lastSent: (targetId: string, limit: number): DocumentRef[] =>
      sentSample.all(targetId, limit).map((r) => ({ kind: r.kind, documentId: r.document_id, revision: r.revision })),
    /** Everything queued for the target is due again now; returns how many rows. */
    requeueAll: (targetId: string, at: string): number => requeue.run({ targetId, at }).changes,
    list(targetId: string, state: OutboxState | undefined, limit: number, offset: number): { entries: OutboxListEntry[]; total: number } {
      const rows = state ? listState.all(targetId, state, limit, offset) : listAny.all(targetId, limit, offset);
      const total = (state ? countState.get(targetId, state) : countAny.get(targetId))?.n ?? 0;
      return { entries: rows.map((r) => ({ ...toEntry(r), agentName: r.agent_name, occurredAt: r.occurred_at })), total };
    },
    /** Where the latest completed revision of a document stands with each target that has it queued. */
    stateOf: (kind: string, documentId: string): { targetId: string; state: OutboxState; lastError: string | null }[] =>
      stateOfDocument.all({ kind, documentId }).map((r) => ({ targetId: r.target_id, state: r.state, lastError: r.last_error })),
  };
}
export type OutboxStore = ReturnType<typeof createOutboxStore>;
