import { Dialog } from '../../../components/Dialog';
import { useCoachingSession } from '../../../stores/coaching-session';

/** Completing locks the session and sends it to the shared folders and servers; a later change is a revision with a reason. */
export function CompleteSessionDialog({ onClose }: { onClose: () => void }) {
  const complete = useCoachingSession((s) => s.complete);
  const busy = useCoachingSession((s) => s.busy);
  const problems = useCoachingSession((s) => s.problems);
  return (
    <Dialog title="Complete this session?" onClose={onClose} describedBy="complete-session-text">
      <p id="complete-session-text">
        The session is locked once completed, and sent to your shared folders and servers with its actions. A later change is a new revision, with your
        reason, and this one stays in the history.
      </p>
      {problems.length > 0 && <p className="notice notice--warning">It cannot be completed yet: see the list above the form.</p>}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          data-autofocus
          disabled={busy}
          onClick={async () => {
            await complete();
            onClose();
          }}
        >
          {busy ? 'Completing…' : 'Complete session'}
        </button>
      </div>
    </Dialog>
  );
}
