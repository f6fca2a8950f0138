import type { ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';

interface Props {
  title: string;
  children: ReactNode;
  confirm: string;
  /** Danger for what cannot be undone by the user (removing, discarding); primary otherwise. */
  tone: 'danger' | 'primary';
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** A question before an action: Enter confirms (the confirm button has focus), Escape cancels. */
export function ConfirmDialog({ title, children, confirm, tone, busy = false, error = null, onConfirm, onClose }: Props) {
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <ErrorNotice message={error} />
      <div className="form__actions">
        <button type="button" className={`button button--${tone}`} data-autofocus disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
