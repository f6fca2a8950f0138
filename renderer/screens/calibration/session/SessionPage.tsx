import { useState } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ScreenHeading } from '../../../components/ScreenHeading';
import { usePolling } from '../../../hooks/use-polling';
import { formatDateTime } from '../../../format/dates';
import { formatHash } from '../../../router/route';
import { useCalibrationSession } from '../../../stores/calibration-session';
import { SessionFactsList } from '../SessionFactsList';
import { MyPart } from './MyPart';
import { ParticipantsTable } from './ParticipantsTable';
import { RevealDialog } from './RevealDialog';
import './SessionPage.css';

/** How often the session looks again while open: colleagues submit and reveal from their own computers. */
const LOOK_AGAIN_MS = 15_000;

/** One session: the call, your part in it, where each participant stands, and (for its organiser) the reveal. */
export function SessionPage({ id }: { id: string }) {
  const view = useCalibrationSession((s) => (s.sessionId === id ? s.view : null));
  const error = useCalibrationSession((s) => s.error);
  const note = useCalibrationSession((s) => s.note);
  const busy = useCalibrationSession((s) => s.busy);
  const load = useCalibrationSession((s) => s.load);
  const readShares = useCalibrationSession((s) => s.readShares);
  const [revealing, setRevealing] = useState(false);

  // Loads at once, and looks again while the session is not open yet.
  usePolling(() => load(id), LOOK_AGAIN_MS, view === null || view.opened === null);

  return (
    <div className="screen session-page">
      <p>
        <a href={formatHash({ name: 'calibration', at: { page: 'list' } })}>← Calibration</a>
      </p>
      {!view ? (
        <>
          <ScreenHeading>Calibration session</ScreenHeading>
          {!error && <p role="status">Opening the session…</p>}
        </>
      ) : (
        <>
          <ScreenHeading>{view.facts.title}</ScreenHeading>
          <SessionFactsList facts={view.facts} participants={view.participants} />
          {view.problems.length > 0 && (
            <div className="notice notice--warning session-page__problems" role="status">
              {view.problems.map((p) => (
                <p key={p}>{p}</p>
              ))}
            </div>
          )}
          <MyPart view={view} />
          <section className="panel" aria-labelledby="session-participants">
            <div className="session-page__top">
              <h2 id="session-participants">Participants</h2>
              <div className="screen__actions">
                <button type="button" className="button" onClick={() => void readShares()} disabled={busy}>
                  Read the share now
                </button>
                {view.canReveal && (
                  <button type="button" className="button button--primary" onClick={() => setRevealing(true)} disabled={busy}>
                    Reveal answers now…
                  </button>
                )}
                {view.opened && (
                  <a className="button button--primary" href={formatHash({ name: 'calibration', at: { page: 'results', id } })}>
                    Results
                  </a>
                )}
              </div>
            </div>
            {note && (
              <p className="status-line" role="status">
                {note}
              </p>
            )}
            <p className="u-muted">
              {view.opened
                ? `Open since ${formatDateTime(view.opened.at)}: ${view.opened.by === 'reveal' ? 'the organiser revealed the answers' : 'everyone submitted'}.`
                : 'Answers stay hidden, on every computer, until everyone has submitted or the organiser reveals them.'}
            </p>
            <ParticipantsTable participants={view.participants} />
          </section>
          {revealing && <RevealDialog view={view} onClose={() => setRevealing(false)} />}
        </>
      )}
      <ErrorNotice message={error} />
    </div>
  );
}
