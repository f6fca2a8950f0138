import { useState } from 'react';
import type { ShareRecovery as Recovery } from '../../../shared/api/sync-shares';
import type { TargetView } from '../../../shared/api/sync';
import { errorMessage } from '../../api/errors';
import { useSync } from '../../stores/sync';
import { AdoptShareDialog } from './AdoptShareDialog';
import './ShareRecovery.css';

interface Props {
  target: TargetView;
  recovery: Recovery;
  /** A sentence for the screen's status line: what was done. */
  onMessage: (message: string) => void;
}

/**
 * A shared folder that cannot be used as it is: what happened, in the
 * backend's words, and the one thing that fixes it when there is one
 * (restore the marker; adopt the share the folder holds now).
 */
export function ShareRecovery({ target, recovery, onMessage }: Props) {
  const restoreMarker = useSync((s) => s.restoreMarker);
  const load = useSync((s) => s.load);
  const [busy, setBusy] = useState(false);
  const [adopting, setAdopting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = `recovery-${target.id}`;

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      onMessage(await restoreMarker(target.id));
      await load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`notice share-recovery ${recovery.action === 'none' ? 'notice--warning' : 'notice--info'}`} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="share-recovery__title">
        {recovery.action === 'restore_marker' ? 'The share lost its marker' : recovery.action === 'adopt_share' ? 'This folder holds another share now' : 'The share cannot be used now'}
      </h3>
      <p>{recovery.message}</p>
      {recovery.action === 'restore_marker' && (
        <button type="button" className="button button--primary" onClick={() => void restore()} disabled={busy}>
          {busy ? 'Restoring…' : 'Restore the marker'}
        </button>
      )}
      {recovery.action === 'adopt_share' && recovery.share && (
        <button type="button" className="button button--primary" onClick={() => setAdopting(true)}>
          Adopt this share and send my work…
        </button>
      )}
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
      {adopting && recovery.share && (
        <AdoptShareDialog
          target={target}
          share={recovery.share}
          onClose={() => setAdopting(false)}
          onAdopted={(message) => {
            setAdopting(false);
            onMessage(message);
            void load();
          }}
        />
      )}
    </div>
  );
}
