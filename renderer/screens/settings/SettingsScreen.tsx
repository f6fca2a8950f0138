import { useState } from 'react';
import { NameForm } from '../../components/NameForm';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useSession } from '../../stores/session';

export function SettingsScreen() {
  const info = useSession((s) => s.info);
  const [saved, setSaved] = useState(false);
  if (!info) return null;
  return (
    <div className="screen screen--narrow">
      <ScreenHeading>Settings</ScreenHeading>
      <section className="panel" aria-labelledby="settings-you">
        <h2 id="settings-you">You</h2>
        <NameForm initial={info.reviewer?.name ?? ''} submitLabel="Save name" onSaved={() => setSaved(true)} />
        <p role="status" className="u-muted">
          {saved ? 'Name saved. Scorecards you complete from now on carry it.' : ''}
        </p>
      </section>
      <section className="panel" aria-labelledby="settings-data">
        <h2 id="settings-data">Data</h2>
        <dl className="facts">
          <dt>Database</dt>
          <dd>
            <code>{info.databasePath}</code>
          </dd>
          <dt>Version</dt>
          <dd>{info.version}</dd>
        </dl>
      </section>
    </div>
  );
}
