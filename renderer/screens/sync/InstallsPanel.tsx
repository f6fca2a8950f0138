import { useState } from 'react';
import type { KnownInstall } from '../../../shared/api/sync-shares';
import { usePolling } from '../../hooks/use-polling';
import { formatDateTime } from '../../format/dates';
import { useSyncInstalls } from '../../stores/sync-installs';
import { keyStandingText } from './sync-words';
import { TrustKeyDialog } from './TrustKeyDialog';
import './InstallsPanel.css';

/** Keys change rarely: a look every half minute is plenty (and after each trust, at once). */
const POLL_MS = 30_000;

const nameOf = (install: KnownInstall) => install.reviewerName || 'Unnamed Callmark';

/**
 * The signing keys: this computer's fingerprint, to read out to colleagues,
 * and the keys of theirs it has met, to compare with what their screens show.
 * A second key claiming a colleague's Callmark, or a key met only on
 * documents, is shown first, as a warning.
 */
export function InstallsPanel({ onMessage }: { onMessage: (message: string) => void }) {
  const view = useSyncInstalls((s) => s.view);
  const error = useSyncInstalls((s) => s.error);
  const load = useSyncInstalls((s) => s.load);
  const [trusting, setTrusting] = useState<KnownInstall | null>(null);
  usePolling(load, POLL_MS);
  if (!view) return error ? <p className="field__error">{error}</p> : null;

  const others = view.installs.filter((i) => i.standing === 'other');
  const unlisted = view.installs.filter((i) => i.standing === 'trusted' && !i.inRoster);
  return (
    <section className="panel installs-panel" aria-labelledby="installs-title">
      <h2 id="installs-title">Signing keys</h2>
      <p>
        Every document a Callmark sends is signed with its own key. Compare fingerprints with your colleagues in person: if the one listed here for a
        colleague is not the one their Sync screen shows, someone else is writing in their name.
      </p>
      <dl className="facts">
        <dt>This computer</dt>
        <dd>
          {view.thisInstall.fingerprint ? <code className="installs-panel__fingerprint">{view.thisInstall.fingerprint}</code> : 'No key yet'}
          {view.thisInstall.keyNumber && view.thisInstall.keyNumber > 1 ? ` (key ${view.thisInstall.keyNumber})` : ''}
        </dd>
      </dl>
      {view.thisInstall.problem && (
        <p role="alert" className="notice notice--error">
          {view.thisInstall.problem}
        </p>
      )}
      {others.map((install) => (
        <div key={install.publicKey} className="notice notice--error installs-panel__warning" role="alert">
          <p>
            <strong>A second key claims to be {nameOf(install)}’s Callmark</strong> (fingerprint <code>{install.fingerprint}</code>): documents signed with
            it are not imported. If {nameOf(install)} set Callmark up again, ask them to read you the fingerprint on their Sync screen; trust this key only if
            it matches.
          </p>
          <button type="button" className="button" onClick={() => setTrusting(install)}>
            Trust this key…
          </button>
        </div>
      ))}
      {unlisted.map((install) => (
        <p key={install.publicKey} className="notice notice--warning">
          A Callmark ({install.installId}) signed documents with fingerprint <code>{install.fingerprint}</code> but is in no share’s roster: find out whose it
          is.
        </p>
      ))}
      {view.installs.length === 0 ? (
        <p className="u-muted">No colleague’s key yet: they appear after the first import of a share they write to.</p>
      ) : (
        <table className="table table--compact installs-panel__table" aria-label="Colleagues’ keys">
          <thead>
            <tr>
              <th scope="col">Colleague</th>
              <th scope="col">Fingerprint</th>
              <th scope="col">Standing</th>
              <th scope="col">First seen</th>
            </tr>
          </thead>
          <tbody>
            {view.installs.map((install) => (
              <tr key={install.publicKey} className={install.standing === 'other' ? 'is-warning' : undefined}>
                <th scope="row">{nameOf(install)}</th>
                <td>
                  <code className="installs-panel__fingerprint">{install.fingerprint}</code>
                </td>
                <td>{keyStandingText(install)}</td>
                <td>
                  {formatDateTime(install.firstSeenAt)}
                  {install.firstSeenIn ? ` in ${install.firstSeenIn}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {trusting && (
        <TrustKeyDialog
          install={trusting}
          onClose={() => setTrusting(null)}
          onTrusted={(message) => {
            setTrusting(null);
            onMessage(message);
          }}
        />
      )}
    </section>
  );
}
