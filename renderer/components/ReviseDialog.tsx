import { useState } from 'react';
import { errorMessage } from '../api/errors';
import { formatKeys } from '../keyboard/describe-key';
import { isMac } from '../keyboard/platform';
import { Dialog } from './Dialog';
import { FormField } from './FormField';

/** Same limit as the API's, so the box stops where the backend would refuse. */
const REASON_MAX = 2000;

interface Props {
  /** What is revised, for the words: "review", "session". */
  what: string;
  /** The completed revision the new one starts from. */
  revision: number;
  /** What the new revision starts with: "the answers of", "what … holds". */
  startsWith: string;
  /** Starts the revision with the reason; throws with the backend's message when it cannot. */
  revise(reason: string): Promise<void>;
  onClose(): void;
}

/**
 * Asks why a completed review or session is being changed: the reason is
 * recorded on the new revision for everyone who reads the history, so it
 * cannot be left out. The reason may run over several lines, so Enter is a
 * newline and Ctrl+Enter confirms.
 */
export function ReviseDialog({ what, revision, startsWith, revise, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = revision + 1;

  const confirm = async () => {
    if (busy) return;
    if (!reason.trim()) {
      setError(`Please say why this ${what} is being revised.`);
      return;
    }
    setBusy(true);
    try {
      await revise(reason.trim());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Revise this ${what}`} onClose={onClose} onSubmit={() => void confirm()} describedBy="revise-text">
      <p id="revise-text">
        Revision {next} starts as a draft with {startsWith}, recorded with your name and your reason. Revision {revision} stays in the history exactly as it
        was completed.
      </p>
      <FormField
        label={`Why is this ${what} being revised?`}
        hint={`Required. Enter starts a new line; ${formatKeys('Mod+Enter', isMac())} starts the revision.`}
        error={error ?? undefined}
      >
        {(field) => (
          <textarea
            {...field}
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
