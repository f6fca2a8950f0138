import { useEffect } from 'react';
import { periodWords } from '../../../../shared/coaching/words';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ScreenHeading } from '../../../components/ScreenHeading';
import { formatHash } from '../../../router/route';
import { useCoachingProfile } from '../../../stores/coaching-profile';
import { ElementRatesTable } from '../ElementRatesTable';
import { FindingsList } from '../FindingsList';
import { BandsPanel } from './BandsPanel';
import { EvidencePanel } from './EvidencePanel';
import { OpenActions } from './OpenActions';
import { PeriodForm } from './PeriodForm';
import { ProfileSummary } from './ProfileSummary';
import { StartSession } from './StartSession';
import { TrendPanel } from './TrendPanel';
import './ProfilePage.css';

/**
 * One agent over a period (issue 8, item 2): every reviewer's completed
 * scorecards, own and colleagues', never calibration ones; the mean against
 * the team and the target; strengths and development needs with their
 * evidence; and the moments behind them, each a click from playing.
 */
export function ProfilePage({ agentId }: { agentId: string }) {
  const profile = useCoachingProfile((s) => (s.agentId === agentId ? s.profile : null));
  const error = useCoachingProfile((s) => s.error);
  const loading = useCoachingProfile((s) => s.loading);
  const load = useCoachingProfile((s) => s.load);
  const stop = useCoachingProfile((s) => s.stop);
  useEffect(() => {
    void load(agentId);
    return () => stop();
  }, [agentId, load, stop]);

  return (
    <div className="screen coaching-profile">
      <p>
        <a href={formatHash({ name: 'coaching', at: { page: 'home' } })}>← Coaching</a>
      </p>
      <ScreenHeading>{profile ? `${profile.agent.name}: coaching profile` : 'Coaching profile'}</ScreenHeading>
      <ErrorNotice message={error} />
      {!profile ? (
        !error && <p role="status">Opening the profile…</p>
      ) : (
        <>
          {profile.notices.map((n) => (
            <p key={n} className="notice notice--warning">
              {n}
            </p>
          ))}
          <div className="coaching-profile__top">
            <PeriodForm agentId={agentId} period={profile.period} />
            <StartSession profile={profile} />
          </div>
          <p role="status" className="status-line">
            {loading ? 'Updating…' : `${periodWords(profile.period)}: ${profile.scorecards.total} completed scorecard${profile.scorecards.total === 1 ? '' : 's'}.`}
          </p>
          <ProfileSummary profile={profile} />
          <FindingsList findings={profile.findings} headingLevel={2} />
          <TrendPanel profile={profile} />
          <BandsPanel bands={profile.bands} />
          <ElementRatesTable sections={profile.sections} elements={profile.elements} target={profile.target} teamLabel={profile.team.label} />
          <EvidencePanel profile={profile} />
          <OpenActions actions={profile.openActions} />
        </>
      )}
    </div>
  );
}
