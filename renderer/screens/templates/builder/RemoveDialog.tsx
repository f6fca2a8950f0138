import { ConfirmDialog } from '../ConfirmDialog';

interface Props {
  what: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** Removing a row asks first: a section goes with all its elements. */
export function RemoveDialog({ what, onConfirm, onClose }: Props) {
  return (
    <ConfirmDialog title={`Remove ${what}?`} confirm="Remove" tone="danger" onConfirm={onConfirm} onClose={onClose}>
      <p>It leaves the draft only: published versions keep it, and so do the scorecards scored on them.</p>
    </ConfirmDialog>
  );
}
