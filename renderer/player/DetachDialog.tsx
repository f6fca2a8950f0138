import { Dialog } from '../components/Dialog';
import { usePlayer } from '../stores/player';

/** Detaching is undone only by finding the file again, so it asks; Cancel is the default. */
export function DetachDialog({ fileName, onClose }: { fileName: string; onClose: () => void }) {
  const detach = usePlayer((s) => s.detach);
  const confirm = async () => {
    onClose();
    await detach();
  };
  return (
    <Dialog title="Detach the recording?" onClose={onClose} describedBy="detach-text">
      <p id="detach-text">
        “{fileName}” is no longer linked to this review. The file itself is not touched, and the answers and notes stay.
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirm()}>
          Detach
        </button>
      </div>
    </Dialog>
  );
}
