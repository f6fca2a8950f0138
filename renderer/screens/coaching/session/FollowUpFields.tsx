import { useId } from 'react';
import { dayWords } from '../../../../shared/coaching/words';
import { useCoachingSession } from '../../../stores/coaching-session';

/** The follow-up date, and the agent's acknowledgement with its date. */
export function FollowUpFields() {
  const plan = useCoachingSession((s) => s.plan);
  const readOnly = useCoachingSession((s) => s.detail?.readOnly ?? true);
  const change = useCoachingSession((s) => s.change);
  const problems = useCoachingSession((s) => s.problems);
  const ids = { follow: useId(), ackOn: useId(), followProblem: useId(), ackProblem: useId() };
  if (!plan) return null;
  const { followUpOn, acknowledgement: ack } = plan;
  const followProblem = problems.find((p) => p.field === 'followUpOn')?.message;
  const ackProblem = problems.find((p) => p.field === 'acknowledgement')?.message;
  return (
    <section className="panel" aria-labelledby="session-follow-up">
      <h2 id="session-follow-up">Follow-up and acknowledgement</h2>
      {readOnly ? (
        <dl className="facts">
          <dt>Follow-up</dt>
          <dd>{followUpOn ? dayWords(followUpOn) : 'None set'}</dd>
          <dt>Acknowledged by the agent</dt>
          <dd>{ack.acknowledged && ack.on ? `Yes, on ${dayWords(ack.on)}` : 'Not yet'}</dd>
        </dl>
      ) : (
        <div className="coaching-session__fields">
          <div className="field field--inline">
            <label htmlFor={ids.follow}>Follow-up on</label>
            <input
              id={ids.follow}
              type="date"
              value={followUpOn ?? ''}
              aria-describedby={followProblem ? ids.followProblem : undefined}
              onChange={(e) => change({ field: 'followUpOn', value: e.target.value || null })}
            />
            {followProblem && (
              <p id={ids.followProblem} className="coaching-session__problem">
                {followProblem}
              </p>
            )}
          </div>
          <label className="choice">
            <input type="checkbox" checked={ack.acknowledged} onChange={(e) => change({ field: 'acknowledgement', value: { acknowledged: e.target.checked, on: e.target.checked ? ack.on : null } })} /> The agent
            has acknowledged this session
          </label>
          {ack.acknowledged && (
            <div className="field field--inline">
              <label htmlFor={ids.ackOn}>Acknowledged on</label>
              <input
                id={ids.ackOn}
                type="date"
                value={ack.on ?? ''}
                aria-describedby={ackProblem ? ids.ackProblem : undefined}
                onChange={(e) => change({ field: 'acknowledgement', value: { acknowledged: true, on: e.target.value || null } })}
              />
            </div>
          )}
          {ackProblem && (
            <p id={ids.ackProblem} className="coaching-session__problem">
              {ackProblem}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
