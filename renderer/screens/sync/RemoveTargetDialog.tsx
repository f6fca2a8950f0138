import { useState } from 'react';
import type { TargetStatus, TargetView } from '../../../shared/api/sync';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSync } from '../../stores/sync';

interface Props {
  target: TargetView;
  counts: TargetStatus['counts'] | null;
  onClose: () => void;
  onRemoved: (message: string) => void;
}

/** Removing forgets the target and its queue; it never deletes a file, here or there, and says so before asking. */
export function RemoveTargetDialog({ target, counts, onClose, onRemoved }: Props) {
  const removeTarget = useSync((s) => s.remove);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const waiting = counts ? counts.pending + counts.failed : 0;
  const isFolder = target.config.kind === 'folder';

  const remove = async () => {
    setBusy(true);
    try {
      const droppedItems = await removeTarget(target.id);
      onRemoved(
        `${target.name} removed.${droppedItems ? ` ${droppedItems} ${droppedItems === 1 ? 'scorecard that was' : 'scorecards that were'} waiting will not be sent to it.` : ''}`,
      );
      // The card this dialog belongs to is gone with the target: give focus to the screen, not to nowhere.
      document.querySelector<HTMLElement>('main[tabindex]')?.focus();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Remove ${target.name}?`} onClose={onClose} describedBy="remove-target-text">
      <div id="remove-target-text">
        <p>
          Callmark stops sending to this {isFolder ? 'shared folder' : 'server'}
          {isFolder ? ' and stops reading it' : ''}.{' '}
          <strong>Files already in the share or on the server are never deleted</strong>, and scorecards imported from it stay on this computer.
        </p>
        {waiting > 0 && (
          <p>
            {waiting} {waiting === 1 ? 'scorecard is' : 'scorecards are'} still waiting to be sent to it and will not be.
          </p>
        )}
        {!isFolder && <p>Its saved token is deleted from this computer.</p>}
      </div>
      <ErrorNotice message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Keep it
        </button>
        <button type="button" className="button button--danger" onClick={() => void remove()} disabled={busy}>
          {busy ? 'Removing…' : 'Remove target'}
        </button>
      </div>
    </Dialog>
  );
}
