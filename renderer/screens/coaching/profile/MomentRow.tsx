import type { EvidenceMoment } from '../../../../shared/api/coaching';
import { formatHash } from '../../../router/route';
import { useCoachingProfile } from '../../../stores/coaching-profile';
import { elementWords, momentSource, momentTime } from '../figures';

const scorecardLink = (m: EvidenceMoment) =>
  m.source === 'mine' ? formatHash({ name: 'review', id: m.scorecardId }) : formatHash({ name: 'team-scorecard', id: m.scorecardId, revision: m.revision });

/** One moment: when and on what, what was written, and whether it plays here. */
export function MomentRow({ moment: m }: { moment: EvidenceMoment }) {
  const reach = useCoachingProfile((s) => s.reach[m.scorecardId]);
  const problem = useCoachingProfile((s) => s.playProblems[m.id]);
  const playing = useCoachingProfile((s) => s.playing?.momentId === m.id);
  const play = useCoachingProfile((s) => s.play);
  const unreachable = problem ?? (m.recording === 'colleague' ? 'Scored on a colleague’s computer: its recording is not on this one.' : m.recording === 'none' ? 'No recording was attached to this scorecard.' : reach && reach.status !== 'ok' ? reach.message : null);
  return (
    <li className={`evidence-panel__moment${playing ? ' is-playing' : ''}`}>
      <div className="evidence-panel__when">
        {m.atSeconds !== null && !unreachable ? (
          <button type="button" className="button evidence-panel__play" onClick={() => void play(m)} aria-label={`Play ${momentTime(m)}: ${m.text}`}>
            ▶ {momentTime(m)}
          </button>
        ) : (
          <span className="evidence-panel__time">{momentTime(m)}</span>
        )}
      </div>
      <div className="evidence-panel__what">
        <p className="evidence-panel__element">
          {elementWords(m)}
          {m.answer && <span className={m.missed ? 'evidence-panel__answer is-missed' : 'evidence-panel__answer'}> · {m.answer}</span>}
          <span className="u-muted"> · {m.kind === 'note' ? 'note' : 'comment'}</span>
        </p>
        <p className="evidence-panel__text">{m.text || <span className="u-muted">(no text)</span>}</p>
        <p className="evidence-panel__source u-muted">
          {momentSource(m)} · <a href={scorecardLink(m)}>open the scorecard</a>
        </p>
        {unreachable && (
          <p className="evidence-panel__unreachable" role={problem ? 'alert' : undefined}>
            {unreachable}
          </p>
        )}
      </div>
    </li>
  );
}
