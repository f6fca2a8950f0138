import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/errors';
import { useReports } from '../../stores/reports';

/** The monthly sample target and how old a draft may get before it is listed as overdue. */
export function SettingsForm() {
  const settings = useReports((s) => s.options?.settings);
  const save = useReports((s) => s.setSettings);
  const [target, setTarget] = useState(String(settings?.monthlyTarget ?? 4));
  const [days, setDays] = useState(String(settings?.draftDays ?? 7));
  const [message, setMessage] = useState('');
  const targetId = useId();
  const daysId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ monthlyTarget: Number(target), draftDays: Number(days) });
      setMessage('Saved.');
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  return (
    <form className="report-settings" onSubmit={(e) => void submit(e)}>
      <span className="field field--inline">
        <label htmlFor={targetId}>Monthly target</label>
        <input id={targetId} type="number" min={0} max={1000} value={target} onChange={(e) => setTarget(e.target.value)} size={4} />
      </span>
      <span className="field field--inline">
        <label htmlFor={daysId}>Drafts overdue after (days)</label>
        <input id={daysId} type="number" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} size={4} />
      </span>
      <button type="submit" className="button">
        Save targets
      </button>
      <span role="status" className="u-muted">
        {message}
      </span>
    </form>
  );
}
