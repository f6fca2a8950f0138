import { Dialog } from '../components/Dialog';
import { usePlayer } from '../stores/player';

/** A located file that is not the attached recording: only the reviewer can say it is the right call. */
export function ChangedFileDialog() {
  const changed = usePlayer((s) => s.changedFile);
  const confirm = usePlayer((s) => s.confirmChanged);
  const cancel = usePlayer((s) => s.cancelChanged);
  if (!changed) return null;
  return (
    <Dialog title="Use a different recording?" onClose={cancel} describedBy="changed-text">
      <p id="changed-text">{changed.message}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={cancel} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => void confirm()}>
          Use this file
        </button>
      </div>
    </Dialog>
  );
}
