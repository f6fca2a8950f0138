import { useState } from 'react';
import type { Scorecard } from '../../../shared/schemas/scorecard';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { navigate } from '../../router/router';
import { useScoring } from '../../stores/scoring';

/**
 * Says exactly what discarding does, which differs: a first draft is gone for
 * good, a later revision's draft only loses its changes. Cancel is the default,
 * so a stray Enter destroys nothing.
 */
export function DiscardDialog({ scorecard, onClose }: { scorecard: Scorecard; onClose: () => void }) {
  const discardDraft = useScoring((s) => s.discardDraft);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = scorecard.revision === 1;
  const previous = scorecard.revision - 1;

  const confirm = async () => {
    setBusy(true);
    try {
      // A restored revision is shown by the scoring screen itself; a deleted draft has nothing left to show.
      if ((await discardDraft()) === 'deleted') navigate({ name: 'reviews' });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={first ? 'Discard this draft?' : `Discard the draft of revision ${scorecard.revision}?`} onClose={onClose} describedBy="discard-text">
      <p id="discard-text">
        {first
          ? 'The draft is deleted together with all its answers and comments. This cannot be undone.'
          : `The changes made in revision ${scorecard.revision} are thrown away, and the review goes back to revision ${previous} exactly as it was completed. The history is kept.`}
      </p>
      <ErrorNotice message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={busy}>
          {first ? 'Delete draft' : `Back to revision ${previous}`}
        </button>
      </div>
    </Dialog>
  );
}
