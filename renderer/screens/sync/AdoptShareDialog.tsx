import { useState } from 'react';
import type { TargetView } from '../../../shared/api/sync';
import type { ShareMarker } from '../../../shared/sync/marker';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../format/dates';
import { useSync } from '../../stores/sync';

interface Props {
  target: TargetView;
  /** The share the folder holds now, as its marker names it. */
  share: ShareMarker;
  onClose: () => void;
  onAdopted: (message: string) => void;
}

/**
 * Adopting the share a folder holds now (two computers set the same synced
 * folder up at once, and the other's marker won): says whose share it is and
 * what will happen before anything changes.
 */
export function AdoptShareDialog({ target, share, onClose, onAdopted }: Props) {
  const adoptShare = useSync((s) => s.adoptShare);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const adopt = async () => {
    setBusy(true);
    setError(null);
    try {
      onAdopted(await adoptShare(target.id, share.shareId));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Adopt this share and send your work?" onClose={onClose} describedBy="adopt-share-text">
      <div id="adopt-share-text">
        <p>
          <strong>
            {target.name} will use the share set up by {share.createdBy} on {formatDateTime(share.createdAt)}.
          </strong>
        </p>
        <p>
          Every document you completed is sent to it again: those already in the folder are found identical and left as they are, the others are
          written. Your colleagues’ documents are read back from it at the next import. Nothing in the folder is deleted.
        </p>
      </div>
      <ErrorNotice message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => void adopt()} disabled={busy} data-autofocus>
          {busy ? 'Adopting…' : 'Adopt and send my work'}
        </button>
      </div>
    </Dialog>
  );
}
