import type Database from 'better-sqlite3';

export interface CallChoice {
  scorecardId: string;
  interactionId: string;
  agentName: string;
  occurredAt: string;
  reference: string;
  templateVersionId: string;
  recordingFileName: string | null;
}

/**
 * What the organiser picks from when setting a session up: calls this install
 * reviewed (ordinary scorecards, newest first), and the colleagues whose
 * scorecards it imported, so a participant can be named by their reviewer id.
 */
export function createCalibrationReadsStore(db: Database.Database) {
  const calls = db.prepare<[number], { id: string; interaction_id: string; agent_name: string; occurred_at: string; reference: string; template_version_id: string; file_name: string | null }>(
    `SELECT s.id, s.interaction_id, a.name AS agent_name, i.occurred_at, i.reference, s.template_version_id, r.file_name
     FROM scorecards s
     JOIN agents a ON a.id = s.agent_id
     JOIN interactions i ON i.id = s.interaction_id
     LEFT JOIN recordings r ON r.interaction_id = s.interaction_id
     WHERE s.calibration_session_id IS NULL
     ORDER BY s.occurred_at DESC, s.id LIMIT ?`,
  );
  const reviewers = db.prepare<[], { id: string; name: string }>(
    `SELECT reviewer_id AS id, reviewer_name AS name FROM imported_scorecards
     GROUP BY reviewer_id HAVING completed_at = MAX(completed_at)
     ORDER BY reviewer_name COLLATE NOCASE`,
  );
  return {
    calls: (limit: number): CallChoice[] =>
      calls.all(limit).map((r) => ({
        scorecardId: r.id,
        interactionId: r.interaction_id,
        agentName: r.agent_name,
        occurredAt: r.occurred_at,
        reference: r.reference,
        templateVersionId: r.template_version_id,
        recordingFileName: r.file_name,
      })),
    /** Colleagues' reviewers by id, each with the latest name they completed a scorecard under. */
    colleagues: (): { id: string; name: string }[] => reviewers.all(),
  };
}
export type CalibrationReadsStore = ReturnType<typeof createCalibrationReadsStore>;
