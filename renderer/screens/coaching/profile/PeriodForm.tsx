import { useId, useState } from 'react';
import type { Period } from '../../../../shared/coaching/session';
import { useCoachingProfile } from '../../../stores/coaching-profile';

/** The period the profile covers: local days, both included; shown when the coach presses Show. */
export function PeriodForm({ agentId, period }: { agentId: string; period: Period }) {
  const load = useCoachingProfile((s) => s.load);
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const ids = { from: useId(), to: useId() };
  const wrong = !from || !to || from > to;
  return (
    <form
      className="filter-bar"
      aria-label="Period"
      onSubmit={(e) => {
        e.preventDefault();
        if (!wrong) void load(agentId, { from, to });
      }}
    >
      <div className="field field--inline">
        <label htmlFor={ids.from}>From</label>
        <input id={ids.from} type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="field field--inline">
        <label htmlFor={ids.to}>To</label>
        <input id={ids.to} type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={wrong}>
        Show
      </button>
    </form>
  );
}
