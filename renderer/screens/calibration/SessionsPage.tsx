import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatDateTime } from '../../format/dates';
import { formatHash } from '../../router/route';
import { useCalibrationSessions } from '../../stores/calibration-sessions';
import { sessionState, statusLabels } from './status-words';
import './SessionsPage.css';

/** Every calibration session this computer knows: organised here or read from the team's shared folder. */
export function SessionsPage() {
  const sessions = useCalibrationSessions((s) => s.sessions);
  const loaded = useCalibrationSessions((s) => s.loaded);
  const error = useCalibrationSessions((s) => s.error);
  const reading = useCalibrationSessions((s) => s.reading);
  const readNote = useCalibrationSessions((s) => s.readNote);
  const load = useCalibrationSessions((s) => s.load);
  const readShares = useCalibrationSessions((s) => s.readShares);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="screen">
      <div className="screen__top">
        <ScreenHeading>Calibration</ScreenHeading>
        <div className="screen__actions">
          <a className="button button--primary" href={formatHash({ name: 'calibration', at: { page: 'new' } })}>
            New session…
          </a>
          <button type="button" className="button" onClick={() => void readShares()} disabled={reading}>
            {reading ? 'Reading the share…' : 'Read the share now'}
          </button>
          <a className="button" href={formatHash({ name: 'calibration', at: { page: 'drift' } })}>
            Reviewer drift
          </a>
        </div>
      </div>
      <p className="screen__lead">
        Several reviewers score the same call without seeing each other’s answers; once everyone has submitted, or the organiser reveals, the scores and answers are compared to find where the standard is read differently.
      </p>
      {readNote && (
        <p className="status-line" role="status">
          {readNote}
        </p>
      )}
      <ErrorNotice message={error} />
      {sessions.length === 0 ? (
        <p className="empty">{loaded ? 'No calibration sessions yet. Set one up with “New session…”, or read the share for your colleagues’.' : 'Loading sessions…'}</p>
      ) : (
        <table className="table" aria-label="Calibration sessions">
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Call</th>
              <th scope="col">Organiser</th>
              <th scope="col">State</th>
              <th scope="col">You</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.facts.sessionId}>
                <th scope="row">
                  <a href={formatHash({ name: 'calibration', at: { page: 'session', id: s.facts.sessionId } })}>{s.facts.title}</a>
                  {s.facts.dueAt && <span className="sessions-page__due u-muted">due {formatDateTime(s.facts.dueAt)}</span>}
                </th>
                <td>
                  {s.facts.interaction.agent.name}
                  <span className="u-muted"> · {formatDateTime(s.facts.interaction.occurredAt)}</span>
                </td>
                <td>{s.organiser ? 'You' : s.facts.organiser.name}</td>
                <td>
                  {sessionState(s)}
                  {s.problems > 0 && <span className="danger-tag">{s.problems === 1 ? '1 problem' : `${s.problems} problems`}</span>}
                </td>
                <td>{s.myStatus ? statusLabels[s.myStatus] : <span className="u-muted">Not a participant</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
