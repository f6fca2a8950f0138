import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormField } from '../../components/FormField';
import { useSyncServer } from '../../stores/sync-server';
import { ConnectionTest } from './ConnectionTest';
import { ServerFields, type ServerFieldValues } from './ServerFields';
import { serverFieldProblems, testTimeoutMs, timeoutMs } from './server-form';

interface Props {
  onClose: () => void;
  onAdded: (message: string) => void;
}

/**
 * Adds the organisation's server: its address, the token it gave (kept
 * write-only, where SecretLocationNote says), and a connection test before
 * anything is sent.
 */
export function AddServerDialog({ onClose, onAdded }: Props) {
  const addServer = useSyncServer((s) => s.add);
  const [name, setName] = useState('');
  const [values, setValues] = useState<ServerFieldValues>({ url: '', token: '', timeoutSeconds: '15' });
  const [errors, setErrors] = useState<Partial<Record<'name' | keyof ServerFieldValues, string>>>({});
  const [sendExisting, setSendExisting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const validate = (needName: boolean) => {
    const found = {
      ...(needName && !name.trim() ? { name: 'Give the target a name, such as “Quality server”.' } : {}),
      ...serverFieldProblems(values, true),
    };
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !validate(true)) return;
    setBusy(true);
    setError(null);
    try {
      const { target, tokenError } = await addServer({
        name: name.trim(),
        url: values.url.trim(),
        timeoutMs: timeoutMs(values.timeoutSeconds) ?? 15_000,
        token: values.token.trim(),
        sendExisting,
      });
      onAdded(
        tokenError
          ? `${target.name} was added, but its token was not saved: ${tokenError} Use Edit… to set it.`
          : `${target.name} added. Completed scorecards will be sent to it.`,
      );
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Add a server" onClose={onClose} describedBy="add-server-text">
      <p id="add-server-text">
        Your organisation’s server receives each completed scorecard once, over HTTPS, with the token it gave you. Nothing is sent until you add it.
      </p>
      <form className="form" onSubmit={add} noValidate aria-label="Server">
        <FormField label="Name" error={errors.name}>
          {(field) => <input {...field} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} data-autofocus />}
        </FormField>
        <ServerFields values={values} errors={errors} onChange={setValues} tokenRequired />
        <ConnectionTest
          input={() =>
            validate(false) ? { url: values.url.trim(), token: values.token.trim(), timeoutMs: testTimeoutMs(values.timeoutSeconds) } : null
          }
        />
        <label className="choice">
          <input type="checkbox" checked={sendExisting} onChange={(e) => setSendExisting(e.target.checked)} />
          Also send scorecards completed before now
        </label>
        <ErrorNotice message={error} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add server'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
