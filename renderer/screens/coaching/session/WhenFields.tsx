import { useId, useState } from 'react';
import { dayWords, periodWords } from '../../../../shared/coaching/words';
import { useCoachingSession } from '../../../stores/coaching-session';

/** When the session is held, and the period of scorecards it discusses (default: since the last session). */
export function WhenFields() {
  const heldOn = useCoachingSession((s) => s.heldOn);
  const plan = useCoachingSession((s) => s.plan);
  const scorecards = useCoachingSession((s) => s.scorecards);
  const readOnly = useCoachingSession((s) => s.detail?.readOnly ?? true);
  const change = useCoachingSession((s) => s.change);
  const problem = useCoachingSession((s) => s.problems.find((p) => p.field === 'period')?.message ?? null);
  const [wrongPeriod, setWrongPeriod] = useState<string | null>(null);
  const ids = { held: useId(), from: useId(), to: useId(), problem: useId() };
  if (!plan) return null;
  const { period } = plan;
  const setPeriod = (from: string, to: string) => {
    if (!from || !to || from > to) {
      setWrongPeriod('The first day must not be after the last.');
      return;
    }
    setWrongPeriod(null);
    change({ field: 'period', value: { from, to } });
  };
  return (
    <section className="panel" aria-labelledby="session-when">
      <h2 id="session-when">When and what</h2>
      {readOnly ? (
        <dl className="facts">
          <dt>Held on</dt>
          <dd>{dayWords(heldOn)}</dd>
          <dt>Period discussed</dt>
          <dd>
            {periodWords(period)} ({scorecards} completed scorecard{scorecards === 1 ? '' : 's'})
          </dd>
        </dl>
      ) : (
        <>
          <div className="coaching-session__fields">
            <div className="field field--inline">
              <label htmlFor={ids.held}>Held on</label>
              <input id={ids.held} type="date" value={heldOn} onChange={(e) => e.target.value && change({ field: 'heldOn', value: e.target.value })} />
            </div>
            <div className="field field--inline">
              <label htmlFor={ids.from}>Scorecards from</label>
              <input id={ids.from} type="date" value={period.from} aria-describedby={problem ? ids.problem : undefined} onChange={(e) => setPeriod(e.target.value, period.to)} />
            </div>
            <div className="field field--inline">
              <label htmlFor={ids.to}>to</label>
              <input id={ids.to} type="date" value={period.to} aria-describedby={problem ? ids.problem : undefined} onChange={(e) => setPeriod(period.from, e.target.value)} />
            </div>
          </div>
          <p className="u-muted">
            {scorecards} completed scorecard{scorecards === 1 ? '' : 's'} in this period.
          </p>
          {(wrongPeriod ?? problem) && (
            <p id={ids.problem} className="coaching-session__problem">
              {wrongPeriod ?? problem}
            </p>
          )}
        </>
      )}
    </section>
  );
}
