import { useEffect, useId, useState } from 'react';
import type { SyncSettings } from '../../../shared/sync/settings';
import { useSyncSettings } from '../../stores/sync-settings';
import './SyncSettingsPanel.css';

const importChoices = [0, 1, 5, 15, 60];

const everyLabel = (minutes: number) => (minutes === 0 ? 'Only when I press “Import now”' : minutes === 1 ? 'Every minute' : `Every ${minutes} minutes`);

/** What leaves the laptop (the customer's name is off by default: personal data) and how often shares are read. */
export function SyncSettingsPanel() {
  const settings = useSyncSettings((s) => s.settings);
  const error = useSyncSettings((s) => s.error);
  const load = useSyncSettings((s) => s.load);
  const save = useSyncSettings((s) => s.change);
  const [message, setMessage] = useState('');
  const customerId = useId();
  const everyId = useId();

  useEffect(() => {
    void load();
  }, [load]);

  const change = async (changes: Partial<SyncSettings>) => {
    if (await save(changes)) setMessage('Saved.');
  };

  if (!settings) return error ? <p className="field__error">{error}</p> : null;
  const choices = importChoices.includes(settings.importEveryMinutes) ? importChoices : [...importChoices, settings.importEveryMinutes].sort((a, b) => a - b);

  return (
    <section className="panel sync-settings-panel" aria-labelledby="sync-settings-title">
      <h2 id="sync-settings-title">What is sent, and how often shares are read</h2>
      <div className="form">
        <div>
          <label className="choice" htmlFor={customerId}>
            <input id={customerId} type="checkbox" checked={settings.includeCustomerName} onChange={(e) => void change({ includeCustomerName: e.target.checked })} />
            Include the customer’s name in what is sent
          </label>
          <p className="field__hint">Off by default: a customer’s name is personal data. The call’s reference identifies it. Applies to scorecards completed from now on.</p>
        </div>
        <div className="field field--inline">
          <label htmlFor={everyId}>Read shared folders and team servers for colleagues’ work</label>
          <select id={everyId} value={settings.importEveryMinutes} onChange={(e) => void change({ importEveryMinutes: Number(e.target.value) })}>
            {choices.map((m) => (
              <option key={m} value={m}>
                {everyLabel(m)}
              </option>
            ))}
          </select>
        </div>
        <p role="status" className="u-muted">
          {message}
        </p>
        {error && (
          <p role="alert" className="field__error">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
