import { useState } from 'react';
import type { Scorecard } from '../../../shared/schemas/scorecard';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { FormField } from '../../components/FormField';
import { formatKeys } from '../../keyboard/describe-key';
import { isMac } from '../../keyboard/platform';
import { useScoring } from '../../stores/scoring';

/** Same limit as the API's, so the box stops where the backend would refuse. */
const REASON_MAX = 2000;

/**
 * Asks why a completed review is being changed: the reason is recorded on the
 * new revision for everyone who reads the history, so it cannot be left out.
 * The reason may run over several lines, so Enter is a newline and Ctrl+Enter confirms.
 */
export function ReviseDialog({ scorecard, onClose }: { scorecard: Scorecard; onClose: () => void }) {
  const revise = useScoring((s) => s.revise);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = scorecard.revision + 1;

  const confirm = async () => {
    if (busy) return;
    if (!reason.trim()) {
      setError('Please say why this review is being revised.');
      return;
    }
    setBusy(true);
    try {
      // On success the screen turns into the new draft and this dialog goes with the completed banner.
      await revise(reason.trim());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Revise this review" onClose={onClose} onSubmit={() => void confirm()} describedBy="revise-text">
      <p id="revise-text">
        Revision {next} starts as a draft with the answers of revision {scorecard.revision}, recorded with your name and your reason. Revision{' '}
        {scorecard.revision} stays in the history exactly as it was completed.
      </p>
      <FormField
        label="Why is this review being revised?"
        hint={`Required. Enter starts a new line; ${formatKeys('Mod+Enter', isMac())} starts the revision.`}
        error={error ?? undefined}
      >
        {(field) => (
          <textarea
            {...field}
            className="revise-dialog__reason"
            rows={4}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-autofocus
          />
        )}
      </FormField>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy}>
          {busy ? 'Starting…' : `Start revision ${next}`}
        </button>
      </div>
    </Dialog>
  );
}
