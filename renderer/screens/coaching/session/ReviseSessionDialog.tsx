import { useState } from 'react';
import { errorMessage } from '../../../api/errors';
import { Dialog } from '../../../components/Dialog';
import { FormField } from '../../../components/FormField';
import { useCoachingSession } from '../../../stores/coaching-session';

/** Why a completed session is being changed: recorded on the new revision, so it cannot be left out. */
export function ReviseSessionDialog({ revision, onClose }: { revision: number; onClose: () => void }) {
  const revise = useCoachingSession((s) => s.revise);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (busy) return;
    if (!reason.trim()) {
      setError('Please say why this session is being revised.');
      return;
    }
    setBusy(true);
    try {
      await revise(reason.trim());
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title="Revise this session" onClose={onClose} onSubmit={() => void confirm()} describedBy="revise-session-text">
      <p id="revise-session-text">
        Revision {revision + 1} starts as a draft with what revision {revision} holds, recorded with your name and your reason. Revision {revision} stays in the
        history exactly as it was completed.
      </p>
      <FormField label="Why is this session being revised?" error={error ?? undefined}>
        {(field) => <textarea {...field} rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} data-autofocus />}
      </FormField>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy}>
          {busy ? 'Starting…' : `Start revision ${revision + 1}`}
        </button>
      </div>
    </Dialog>
  );
}
