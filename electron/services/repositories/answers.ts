import type Database from 'better-sqlite3';
import type { Answer, AnswerValue } from '../../../shared/schemas/scorecard';

interface AnswerRow {
  element_id: string;
  value: string | null;
  comment: string;
  updated_at: string;
}

/** Stored as text: 'met', 'not_met', 'na', or a scale value's digits. */
const encode = (value: AnswerValue | null): string | null => (value === null ? null : String(value));
const decode = (text: string | null): AnswerValue | null => {
  if (text === null) return null;
  if (/^\d+$/.test(text)) return Number(text);
  return text as AnswerValue;
};

export function createAnswersRepository(db: Database.Database) {
  const forScorecard = db.prepare<[string], AnswerRow>('SELECT element_id, value, comment, updated_at FROM answers WHERE scorecard_id = ?');
  const setValue = db.prepare(
    `INSERT INTO answers (scorecard_id, element_id, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (scorecard_id, element_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const setComment = db.prepare(
    `INSERT INTO answers (scorecard_id, element_id, comment, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (scorecard_id, element_id) DO UPDATE SET comment = excluded.comment, updated_at = excluded.updated_at`,
  );
  const removeAll = db.prepare('DELETE FROM answers WHERE scorecard_id = ?');
  const insert = db.prepare('INSERT INTO answers (scorecard_id, element_id, value, comment, updated_at) VALUES (?, ?, ?, ?, ?)');
  return {
    /** Puts back a set of answers exactly (a discarded revision returning to the last completed one). */
    replaceAll: (scorecardId: string, answers: readonly Answer[]) => {
      removeAll.run(scorecardId);
      for (const a of answers) insert.run(scorecardId, a.elementId, encode(a.value), a.comment, a.updatedAt);
    },
    list: (scorecardId: string): Answer[] =>
      forScorecard.all(scorecardId).map((r) => ({ elementId: r.element_id, value: decode(r.value), comment: r.comment, updatedAt: r.updated_at })),
    setValue: (scorecardId: string, elementId: string, value: AnswerValue | null, at: string) =>
      void setValue.run(scorecardId, elementId, encode(value), at),
    setComment: (scorecardId: string, elementId: string, comment: string, at: string) => void setComment.run(scorecardId, elementId, comment, at),
  };
}
export type AnswersRepository = ReturnType<typeof createAnswersRepository>;
