import type { SessionView } from '../../../../shared/calibration';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useCalibrationSession } from '../../../stores/calibration-session';

const WAITING = new Set(['waiting', 'overdue']);

/** Revealing opens the session for everyone at once; whoever has not submitted yet is then late. Said before asking. */
export function RevealDialog({ view, onClose }: { view: SessionView; onClose: () => void }) {
  const reveal = useCalibrationSession((s) => s.reveal);
  const busy = useCalibrationSession((s) => s.busy);
  const error = useCalibrationSession((s) => s.error);
  const missing = view.participants.filter((p) => WAITING.has(p.status)).map((p) => p.name);
  const confirm = async () => {
    await reveal();
    if (!useCalibrationSession.getState().error) onClose();
  };
  return (
    <Dialog title="Reveal the answers now?" onClose={onClose} describedBy="reveal-text">
      <div id="reveal-text">
        <p>Every participant’s computer publishes their answers as it next reads the share, and the results open for everyone.</p>
        {missing.length > 0 && (
          <p>
            <strong>{missing.join(', ')}</strong> {missing.length === 1 ? 'has' : 'have'} not submitted: a submission after the reveal is marked late and left out of the group’s figures.
          </p>
        )}
      </div>
      <ErrorNotice message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Not yet
        </button>
        <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy}>
          Reveal now
        </button>
      </div>
    </Dialog>
  );
}
