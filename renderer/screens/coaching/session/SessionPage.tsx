import { useEffect } from 'react';
import { dayWords } from '../../../../shared/coaching/words';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ScreenHeading } from '../../../components/ScreenHeading';
import { formatHash } from '../../../router/route';
import { useCoachingProfile } from '../../../stores/coaching-profile';
import { useCoachingSession } from '../../../stores/coaching-session';
import { ActionsEditor } from './ActionsEditor';
import { CarriedActions } from './CarriedActions';
import { EvidencePicker } from './EvidencePicker';
import { FocusPicker } from './FocusPicker';
import { FollowUpFields } from './FollowUpFields';
import { PlanTexts } from './PlanTexts';
import { ProblemList } from './ProblemList';
import { SessionHistory } from './SessionHistory';
import { SessionSaveStatus } from './SessionSaveStatus';
import { SessionToolbar } from './SessionToolbar';
import { WhenFields } from './WhenFields';
import './SessionPage.css';

/**
 * A one-to-one session (issue 8, item 3). A draft saves every field as it is
 * typed, through the same ordered queue as scorecards; completing locks it,
 * and a later change is a new revision with a reason. A colleague's session,
 * read from a shared folder, is shown read-only.
 */
export function SessionPage({ id }: { id: string }) {
  const detail = useCoachingSession((s) => (s.sessionId === id ? s.detail : null));
  const loadError = useCoachingSession((s) => s.loadError);
  const load = useCoachingSession((s) => s.load);
  const close = useCoachingSession((s) => s.close);
  const period = useCoachingSession((s) => s.plan?.period);
  const loadProfile = useCoachingProfile((s) => s.load);
  const agentId = detail?.agent.id;
  const own = detail?.session.source === 'mine';

  useEffect(() => {
    void load(id);
    return () => close();
  }, [id, load, close]);
  // The profile of the session's period: its needs suggest the focus, its moments are what can be picked.
  useEffect(() => {
    if (agentId && own && period) void loadProfile(agentId, period);
  }, [agentId, own, period?.from, period?.to, loadProfile]); // eslint-disable-line react-hooks/exhaustive-deps

  if (loadError) return <ErrorNotice message={`This session could not be opened: ${loadError}`} />;
  if (!detail) return <p role="status">Opening the session…</p>;
  const { session } = detail;
  return (
    <div className="screen coaching-session">
      {own && (
        <p>
          <a href={formatHash({ name: 'coaching', at: { page: 'profile', agentId: detail.agent.id } })}>← {detail.agent.name}’s profile</a>
        </p>
      )}
      <div className="coaching-session__title">
        <ScreenHeading>One-to-one with {detail.agent.name}</ScreenHeading>
        <span className="coaching-session__status">
          {session.status === 'draft' ? 'Draft' : 'Completed'}
          {session.revision > 1 ? ` · revision ${session.revision}` : ''}
        </span>
      </div>
      <p className="u-muted">
        Coach: {session.coach.name}
        {session.source === 'team' ? ' (a colleague: this session is read from the shared folder and cannot be changed here)' : ''}
        {session.completedAt ? ` · completed ${dayWords(session.completedAt.slice(0, 10))}` : ''}
        {session.revisionReason ? ` · why revised: ${session.revisionReason}` : ''}
      </p>
      {detail.notices.map((n) => (
        <p key={n} className="notice notice--warning">
          {n}
        </p>
      ))}
      {!detail.readOnly && <SessionSaveStatus />}
      <SessionToolbar />
      <ProblemList />
      <WhenFields />
      <FocusPicker />
      <PlanTexts />
      <EvidencePicker />
      <ActionsEditor />
      <CarriedActions />
      <FollowUpFields />
      {own && <SessionHistory />}
    </div>
  );
}
