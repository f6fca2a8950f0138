import type Database from 'better-sqlite3';

export interface Participation {
  scorecardId: string;
  sessionId: string;
  participantKey: string;
}

/**
 * Which calibration scorecard of this install scores which session, as which
 * participant; and the flag on the scorecard itself that keeps it out of
 * ordinary sending, lists and reports (migration 010).
 */
export function createParticipationsStore(db: Database.Database) {
  const insert = db.prepare(
    'INSERT INTO calibration_participations (scorecard_id, session_id, participant_key, created_at) VALUES (@scorecardId, @sessionId, @participantKey, @createdAt)',
  );
  const flag = db.prepare('UPDATE scorecards SET calibration_session_id = ? WHERE id = ?');
  const ofSession = db.prepare<[string], { scorecard_id: string; session_id: string; participant_key: string }>(
    'SELECT scorecard_id, session_id, participant_key FROM calibration_participations WHERE session_id = ?',
  );
  const ofScorecard = db.prepare<[string], { scorecard_id: string; session_id: string; participant_key: string }>(
    'SELECT scorecard_id, session_id, participant_key FROM calibration_participations WHERE scorecard_id = ?',
  );
  const toParticipation = (r: { scorecard_id: string; session_id: string; participant_key: string }): Participation => ({
    scorecardId: r.scorecard_id,
    sessionId: r.session_id,
    participantKey: r.participant_key,
  });
  return {
    /** Links a new scorecard to its session and flags it; in the transaction that creates the scorecard. */
    insert(p: Participation, createdAt: string): void {
      insert.run({ ...p, createdAt });
      flag.run(p.sessionId, p.scorecardId);
    },
    ofSession: (sessionId: string): Participation | null => {
      const row = ofSession.get(sessionId);
      return row ? toParticipation(row) : null;
    },
    ofScorecard: (scorecardId: string): Participation | null => {
      const row = ofScorecard.get(scorecardId);
      return row ? toParticipation(row) : null;
    },
  };
}
export type ParticipationsStore = ReturnType<typeof createParticipationsStore>;
