import type { ParticipantStatus, SessionSummary } from '../../../shared/calibration';

/** A participant's status in a word or two, for tables; the full sentence is in the session's participant list. */
export const statusLabels: Record<ParticipantStatus, string> = {
  waiting: 'Not submitted',
  overdue: 'Overdue',
  did_not_submit: 'Did not submit',
  sealed: 'Submitted (hidden)',
  awaiting_answers: 'Answers on their way',
  counted: 'Counted',
  late: 'Late',
  not_counted: 'Not counted',
};

/** Where a session stands, in a few words. */
export function sessionState(s: Pick<SessionSummary, 'opened' | 'submitted' | 'participants'>): string {
  if (!s.opened) return `Open for scoring: ${s.submitted} of ${s.participants} submitted`;
  return s.opened.by === 'reveal' ? 'Revealed: results open' : 'Everyone submitted: results open';
}
