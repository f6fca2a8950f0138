import type { CoachingProfile } from '../../../../shared/api/coaching';
import type { MeanFigure } from '../../../../shared/api/reports';
import { percent } from '../figures';

const mean = (f: MeanFigure) =>
  f.mean === null ? 'no score yet' : `${percent(f.mean)} (n ${f.n}${f.lower === null ? '' : `, 95 % interval ${percent(f.lower)} to ${percent(f.upper)}`})`;

/** The mean with n and interval, beside the rest of the team and the target, and whose scorecards they are. */
export function ProfileSummary({ profile }: { profile: CoachingProfile }) {
  const { scorecards, score, team, target } = profile;
  return (
    <section className="panel" aria-labelledby="profile-summary">
      <h2 id="profile-summary">Score</h2>
      <dl className="facts">
        <dt>Scorecards</dt>
        <dd>
          {scorecards.total} ({scorecards.mine} from this computer, {scorecards.team} from colleagues)
        </dd>
        <dt>Mean</dt>
        <dd>{mean(score)}</dd>
        <dt>{team.label.charAt(0).toUpperCase() + team.label.slice(1)}</dt>
        <dd>{mean(team.figure)}</dd>
        <dt>Against the team</dt>
        <dd>{team.sentence}</dd>
        <dt>Target</dt>
        <dd>{target === null ? '—' : `${target} %`}</dd>
      </dl>
    </section>
  );
}
