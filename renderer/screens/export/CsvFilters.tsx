import { useId } from 'react';
import type { Agent } from '../../../shared/schemas/people';
import { AgentFilterOptions } from '../../components/AgentFilterOptions';
import './CsvFilters.css';

export interface CsvFilterValues {
  agentId: string;
  /** YYYY-MM-DD or empty: the user's local days, sent as the instants they start and end at. */
  from: string;
  to: string;
  status: 'completed' | 'draft' | 'all';
}

interface Props {
  agents: Agent[];
  values: CsvFilterValues;
  onChange: (values: CsvFilterValues) => void;
  disabled: boolean;
}

const statuses: CsvFilterValues['status'][] = ['completed', 'draft', 'all'];

/** Which scorecards go into the file. Dates are the user's own days, "to" included. */
export function CsvFilters({ agents, values, onChange, disabled }: Props) {
  const id = useId();
  const set = (changes: Partial<CsvFilterValues>) => onChange({ ...values, ...changes });
  return (
    <fieldset className="field csv-filters" disabled={disabled}>
      <legend>Scorecards</legend>
      <p className="field__hint csv-filters__hint">Dates are days as your computer’s clock counts them, both included.</p>
      <div className="field">
        <label htmlFor={`${id}-agent`}>Agent</label>
        <select id={`${id}-agent`} value={values.agentId} onChange={(e) => set({ agentId: e.target.value })}>
          <AgentFilterOptions agents={agents} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={values.status} onChange={(e) => set({ status: statuses.find((s) => s === e.target.value) ?? 'completed' })}>
          <option value="completed">Completed only</option>
          <option value="draft">Drafts only (scores provisional)</option>
          <option value="all">Completed and drafts</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>Calls from</label>
        <input id={`${id}-from`} type="date" value={values.from} onChange={(e) => set({ from: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Calls to (included)</label>
        <input id={`${id}-to`} type="date" value={values.to} min={values.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </div>
    </fieldset>
  );
}
