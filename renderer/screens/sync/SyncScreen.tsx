import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { usePolling } from '../../hooks/use-polling';
import { useSync } from '../../stores/sync';
import { AddFolderDialog } from './AddFolderDialog';
import { AddServerDialog } from './AddServerDialog';
import { InstallsPanel } from './InstallsPanel';
import { SyncSettingsPanel } from './SyncSettingsPanel';
import { TargetCard } from './TargetCard';
import './SyncScreen.css';

/** About once a second while something is being sent (as the API suggests), else every 2 s. */
const POLL_DRAINING_MS = 1000;
const POLL_MS = 2000;

/**
 * Where completed scorecards go, and how that is going: each target with its
 * live status, what failed and why, "retry now", and reading shared folders
 * back in. The status is polled only while this screen is open and visible.
 */
export function SyncScreen() {
  const targets = useSync((s) => s.targets);
  const loaded = useSync((s) => s.loaded);
  const error = useSync((s) => s.error);
  const refreshStatus = useSync((s) => s.refreshStatus);
  const draining = useSync((s) => Object.values(s.status).some((t) => t.draining));
  const [adding, setAdding] = useState<'folder' | 'server' | null>(null);
  const [message, setMessage] = useState('');

  usePolling(refreshStatus, draining ? POLL_DRAINING_MS : POLL_MS);

  const done = (text: string) => {
    setAdding(null);
    setMessage(text);
  };

  return (
    <div className="screen sync-screen">
      <div className="screen__top">
        <ScreenHeading>Sync</ScreenHeading>
        <div className="screen__actions">
          <button type="button" className="button" onClick={() => setAdding('folder')}>
            Add shared folder…
          </button>
          <button type="button" className="button" onClick={() => setAdding('server')}>
            Add server…
          </button>
        </div>
      </div>
      <p className="screen__lead">
        Each scorecard you complete is sent once to every enabled target below, and kept on this computer until it has arrived. Shared folders are also
        read back, so you see your colleagues’ scorecards under Team.
      </p>
      <p role="status" className="status-line">
        {message}
      </p>
      <ErrorNotice message={error} />
      {targets.length === 0 ? (
        <p className="empty">{loaded ? 'No sync targets yet: scorecards stay on this computer. Add a shared folder or a server.' : 'Loading sync targets…'}</p>
      ) : (
        <div className="sync-screen__targets">
          {targets.map((target) => (
            <TargetCard key={target.id} target={target} onMessage={setMessage} />
          ))}
        </div>
      )}
      <InstallsPanel onMessage={setMessage} />
      <SyncSettingsPanel />
      {adding === 'folder' && <AddFolderDialog onClose={() => setAdding(null)} onAdded={done} />}
      {adding === 'server' && <AddServerDialog onClose={() => setAdding(null)} onAdded={done} />}
    </div>
  );
}
