import { useState } from 'react';
import type { KnownInstall } from '../../../shared/api/sync-shares';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSyncInstalls } from '../../stores/sync-installs';
import './InstallsPanel.css';

interface Props {
  install: KnownInstall;
  onClose: () => void;
  onTrusted: (message: string) => void;
}

/**
 * Trusting a second key for a colleague's Callmark (their keychain was reset,
 * or they set Callmark up again): only after the fingerprints were compared in
 * person, which the dialog asks for, the key's fingerprint in large type.
 */
export function TrustKeyDialog({ install, onClose, onTrusted }: Props) {
  const trust = useSyncInstalls((s) => s.trust);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = install.reviewerName || 'this colleague';

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await trust(install.installId, install.publicKey);
      onTrusted(`The key ${install.fingerprint} is trusted for ${name}’s Callmark from now on; what was refused for it is read again at the next import.`);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Trust this key for ${name}?`} onClose={onClose} describedBy="trust-key-text">
      <div id="trust-key-text">
        <p>Ask {name} to open Callmark’s Sync screen and read you the fingerprint of “This computer”. Trust the key only if it is exactly:</p>
        <p>
          <code className="installs-panel__fingerprint">{install.fingerprint}</code>
        </p>
        <p>Documents signed with the old key are then refused, and those refused for this key are imported at the next import.</p>
      </div>
      <ErrorNotice message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={busy}>
          {busy ? 'Trusting…' : 'The fingerprints match: trust it'}
        </button>
      </div>
    </Dialog>
  );
}
