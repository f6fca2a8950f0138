import type Database from 'better-sqlite3';
import type { EvidenceRow } from '../../../../shared/coaching/evidence';

/** An evidence row with what the profile shows beside it, read through the scorecard it counts with. */
export interface StoredMoment extends EvidenceRow {
  scorecardId: string;
  revision: number;
  source: 'mine' | 'team';
  occurredAt: string;
  day: string;
  reference: string;
  reviewerName: string;
  templateVersionId: string;
  /** A recording is attached to the interaction on this install. */
  hasRecording: boolean;
}

interface MomentRow {
  scorecardId: string;
  revision: number;
  source: 'mine' | 'team';
  occurredAt: string;
  day: string;
  reference: string;
  reviewerName: string;
  templateVersionId: string;
  hasRecording: number;
  id: string;
  kind: 'note' | 'comment';
  elementId: string | null;
  answer: string | null;
  missed: number;
  atSeconds: number | null;
  text: string;
}

/**
 * The evidence moments of counted scorecards (migration 009), kept in the
 * transaction that completes or imports a revision. Only one revision of a
 * scorecard is kept, the newest seen: an older one arriving late changes
 * nothing. Reads join `report_scorecards`, so the revision that counts, the
 * agent after merges and the local day are the reports' own.
 */
export function createEvidenceStore(db: Database.Database) {
  const newest = db.prepare<[string], { scorecard_id: string; revision: number }>(
    `SELECT scorecard_id, MAX(revision) AS revision FROM coaching_evidence WHERE scorecard_id IN (SELECT value FROM json_each(?)) GROUP BY scorecard_id`,
  );
  const remove = db.prepare('DELETE FROM coaching_evidence WHERE scorecard_id = ?');
  const insert = db.prepare(
    `INSERT INTO coaching_evidence (scorecard_id, revision, position, id, kind, element_id, answer, missed, at_seconds, text)
     VALUES (@scorecardId, @revision, @position, @id, @kind, @elementId, @answer, @missed, @atSeconds, @text)`,
  );
  const clear = db.prepare('DELETE FROM coaching_evidence');
  const body = `FROM report_scorecards r
    JOIN coaching_evidence e ON e.scorecard_id = r.scorecard_id AND e.revision = r.revision
    WHERE r.agent_id = @agentId AND r.day BETWEEN @from AND @to`;
  const moments = db.prepare<{ agentId: string; from: string; to: string; limit: number }, MomentRow>(
    `SELECT r.scorecard_id AS scorecardId, r.revision, r.source, r.occurred_at AS occurredAt, r.day, r.reference, r.reviewer_name AS reviewerName,
       r.template_version_id AS templateVersionId,
       EXISTS (SELECT 1 FROM scorecards s JOIN recordings rec ON rec.interaction_id = s.interaction_id WHERE s.id = r.scorecard_id) AS hasRecording,
       e.id, e.kind, e.element_id AS elementId, e.answer, e.missed, e.at_seconds AS atSeconds, e.text
     ${body} ORDER BY r.occurred_at DESC, r.scorecard_id, e.position LIMIT @limit`,
  );
  const count = db.prepare<{ agentId: string; from: string; to: string }, { n: number }>(`SELECT COUNT(*) AS n ${body}`);
  return {
    /**
     * Keeps each revision's moments in place of an older revision's, in order (a scorecard may come twice); an
     * older revision than the one kept is ignored. The revisions kept are looked up in one query.
     */
    record(revisions: readonly { scorecardId: string; revision: number; rows: readonly EvidenceRow[] }[]): void {
      if (revisions.length === 0) return;
      const kept = new Map(newest.all(JSON.stringify([...new Set(revisions.map((r) => r.scorecardId))])).map((r) => [r.scorecard_id, r.revision]));
      for (const { scorecardId, revision, rows } of revisions) {
        const before = kept.get(scorecardId);
        if (before !== undefined && before > revision) continue;
        if (before !== undefined) remove.run(scorecardId);
        rows.forEach((row, position) => insert.run({ scorecardId, revision, position, ...row, missed: row.missed ? 1 : 0 }));
        // A revision without moments leaves nothing kept, as the table would say.
        if (rows.length) kept.set(scorecardId, revision);
        else kept.delete(scorecardId);
      }
    },
    clear: () => void clear.run(),
    /** The agent's moments in a period of local days, newest call first, and how many there are in all. */
    forAgent(agentId: string, from: string, to: string, limit: number): { total: number; moments: StoredMoment[] } {
      const params = { agentId, from, to };
      const rows = moments.all({ ...params, limit });
      return {
        total: count.get(params)?.n ?? 0,
        moments: rows.map((r) => ({ ...r, missed: r.missed === 1, hasRecording: r.hasRecording === 1 })),
      };
    },
  };
}
export type EvidenceStore = ReturnType<typeof createEvidenceStore>;
