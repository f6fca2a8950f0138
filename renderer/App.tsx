import { useEffect } from 'react';
import { AppHeader } from './components/AppHeader';
import { ErrorNotice } from './components/ErrorNotice';
import { GlobalShortcuts } from './components/GlobalShortcuts';
import { HostRestartedNotice } from './components/HostRestartedNotice';
import { RecoveredNotice } from './components/RecoveredNotice';
import { ShortcutSheet } from './components/ShortcutSheet';
import { useSession } from './stores/session';
import { useUi } from './stores/ui';
import { Screen } from './Screen';
import { WelcomeScreen } from './screens/welcome/WelcomeScreen';
import './App.css';

export function App() {
  const info = useSession((s) => s.info);
  const loadError = useSession((s) => s.loadError);
  const load = useSession((s) => s.load);
  const shortcutsOpen = useUi((s) => s.shortcutsOpen);
  const setShortcutsOpen = useUi((s) => s.setShortcutsOpen);

  useEffect(() => {
    void load();
  }, [load]);

  if (!info) {
    return (
      <main className="app__loading">
        <HostRestartedNotice />
        {loadError ? <ErrorNotice message={`Callmark could not start: ${loadError}`} /> : <p role="status">Opening Callmark…</p>}
      </main>
    );
  }
  // The notice sits first in both branches, so it survives the first-run name form (a recovered database has no reviewer yet).
  return (
    <>
      <HostRestartedNotice />
      <RecoveredNotice path={info.recoveredFrom} />
      {info.reviewer ? (
        <div className="app">
          <a className="app__skip-link" href="#main">
            Skip to content
          </a>
          <GlobalShortcuts />
          <AppHeader />
          <main id="main" className="app__main" tabIndex={-1}>
            <Screen />
          </main>
          {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
        </div>
      ) : (
        <WelcomeScreen />
      )}
    </>
  );
}
