import type Database from 'better-sqlite3';
import type { ElementOutcome } from '../../../../shared/calibration';
import type { AnswerValue } from '../../../../shared/schemas/scorecard';

interface Row {
  element_id: string;
  agreed_answer: string | null;
  note: string;
  guidance: string | null;
}

const decode = (text: string | null): AnswerValue | null => (text === null ? null : /^\d+$/.test(text) ? Number(text) : (text as AnswerValue));

/** The organiser's discussion notes per element, kept at each change until published as the next outcomes revision. */
export function createOutcomeDraftsStore(db: Database.Database) {
  const upsert = db.prepare(
    `INSERT INTO calibration_outcome_drafts (session_id, element_id, agreed_answer, note, guidance, updated_at)
     VALUES (@sessionId, @elementId, @agreedAnswer, @note, @guidance, @updatedAt)
     ON CONFLICT (session_id, element_id) DO UPDATE SET agreed_answer = excluded.agreed_answer, note = excluded.note,
       guidance = excluded.guidance, updated_at = excluded.updated_at`,
  );
  const list = db.prepare<[string], Row>('SELECT element_id, agreed_answer, note, guidance FROM calibration_outcome_drafts WHERE session_id = ? ORDER BY element_id');
  return {
    set(sessionId: string, outcome: ElementOutcome, updatedAt: string): void {
      const agreedAnswer = outcome.agreedAnswer === null ? null : String(outcome.agreedAnswer);
      upsert.run({ sessionId, elementId: outcome.elementId, agreedAnswer, note: outcome.note, guidance: outcome.guidance, updatedAt });
    },
    list: (sessionId: string): ElementOutcome[] =>
      list.all(sessionId).map((r) => ({ elementId: r.element_id, agreedAnswer: decode(r.agreed_answer), note: r.note, guidance: r.guidance })),
  };
}
export type OutcomeDraftsStore = ReturnType<typeof createOutcomeDraftsStore>;
