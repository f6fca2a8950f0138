import { useEffect } from 'react';
import { AppHeader } from './components/AppHeader';
import { ErrorNotice } from './components/ErrorNotice';
import { GlobalShortcuts } from './components/GlobalShortcuts';
import { ShortcutSheet } from './components/ShortcutSheet';
import { useSession } from './stores/session';
import { useUi } from './stores/ui';
import { Screen } from './Screen';
import { WelcomeScreen } from './screens/welcome/WelcomeScreen';

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
      <main className="app-loading">
        {loadError ? <ErrorNotice message={`Callmark could not start: ${loadError}`} /> : <p role="status">Opening Callmark…</p>}
      </main>
    );
  }
  if (!info.reviewer) return <WelcomeScreen />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <GlobalShortcuts />
      <AppHeader />
      {info.recoveredFrom && (
        <p role="alert" className="notice notice-warning app-banner">
          The database was damaged and has been moved aside to {info.recoveredFrom}. Callmark started with a fresh one.
        </p>
      )}
      <main id="main" className="app-main">
        <Screen />
      </main>
      {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
    </div>
  );
}
