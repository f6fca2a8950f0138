import { NameForm } from '../../components/NameForm';

/** First run: who is reviewing on this machine. Nothing else is useful until we know. */
export function WelcomeScreen() {
  return (
    <main className="welcome">
      <div className="welcome-card">
        <h1>Welcome to Callmark</h1>
        <p className="welcome-lead">
          Score customer interactions against your quality checklist while you listen. Everything is kept on this computer.
        </p>
        <h2 className="welcome-question">Your name</h2>
        <p className="muted">It is stamped on every scorecard you complete. You can change it later.</p>
        <NameForm initial="" submitLabel="Start reviewing" autoFocus />
      </div>
    </main>
  );
}
