import { hasSubmitted, type SessionView } from '../../../../shared/calibration';
import { navigate } from '../../../router/router';
import { formatHash } from '../../../router/route';
import { useCalibrationSession } from '../../../stores/calibration-session';
import { statusLabels } from '../status-words';

/** What this computer's reviewer does in the session: score it (on the usual scoring screen), or see that it is done. */
export function MyPart({ view }: { view: SessionView }) {
  const start = useCalibrationSession((s) => s.start);
  const busy = useCalibrationSession((s) => s.busy);
  const recordingTone = view.recording.state === 'differs' ? 'notice--warning' : 'notice--info';
  const open = async () => {
    const scorecardId = await start();
    if (scorecardId) navigate({ name: 'review', id: scorecardId });
  };
  return (
    <section className="panel" aria-labelledby="my-part">
      <h2 id="my-part">Your part</h2>
      {view.facts.recording && (
        <p className={`notice ${recordingTone}`} role="status">
          {view.recording.message}
        </p>
      )}
      {!view.me ? (
        <p>
          You are not a participant{view.organiser ? ': you organise this session' : ''}. Participants: {view.participants.map((p) => p.name).join(', ')}.
        </p>
      ) : view.me.scorecardId && hasSubmitted(view.me.status) ? (
        <p>
          {statusLabels[view.me.status]}. <a href={formatHash({ name: 'review', id: view.me.scorecardId })}>Open your calibration scorecard</a> (read-only; a revision after the session opens is shown to everyone as a change).
        </p>
      ) : (
        <>
          <p>
            Score the call on the usual scoring screen; completing it submits it. {view.opened ? 'The session is already open: your submission will be marked late.' : 'Nobody sees your answers before the session opens.'}
          </p>
          <button type="button" className="button button--primary" onClick={() => void open()} disabled={busy}>
            {view.me.scorecardId ? 'Continue scoring' : 'Start scoring'}
          </button>
        </>
      )}
    </section>
  );
}
