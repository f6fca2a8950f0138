import { NameForm } from '../../components/NameForm';
import './WelcomeScreen.css';

/** First run: who is reviewing on this machine. Nothing else is useful until we know. */
export function WelcomeScreen() {
  return (
    <main className="welcome-screen">
      <div className="welcome-screen__card">
        <h1>Welcome to Callmark</h1>
        <p className="welcome-screen__lead">
          Score customer interactions against your quality checklist while you listen. Everything is kept on this computer.
        </p>
        <h2 className="welcome-screen__question">Your name</h2>
        <p className="u-muted">It is stamped on every scorecard you complete. You can change it later.</p>
        <NameForm initial="" submitLabel="Start reviewing" autoFocus />
      </div>
    </main>
  );
}
