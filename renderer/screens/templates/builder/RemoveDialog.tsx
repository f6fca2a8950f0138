import { Dialog } from '../../../components/Dialog';

interface Props {
  what: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** Removing a row asks first: a section goes with all its elements. */
export function RemoveDialog({ what, onConfirm, onClose }: Props) {
  return (
    <Dialog title={`Remove ${what}?`} onClose={onClose}>
      <p>It leaves the draft only: published versions keep it, and so do the scorecards scored on them.</p>
      <div className="form__actions">
        <button type="button" className="button button--danger" data-autofocus onClick={onConfirm}>
          Remove
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
