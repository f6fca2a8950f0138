import { useCallback, useEffect } from 'react';
import { dayWords, periodWords } from '../../../../shared/coaching/words';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { PlotChart } from '../../../components/PlotChart';
import { ScreenHeading } from '../../../components/ScreenHeading';
import { trendChart } from '../../../components/trend-chart';
import { formatHash } from '../../../router/route';
import { useCoachingProfile } from '../../../stores/coaching-profile';
import { useCoachingSession } from '../../../stores/coaching-session';
import { usePrintPdf } from '../../../stores/print-pdf';
import { ElementRatesTable } from '../ElementRatesTable';
import { FindingsList } from '../FindingsList';
import { percent } from '../figures';
import { PackActions } from './PackActions';
import { PackMoments } from './PackMoments';
import './PackPage.css';

const fileName = (agent: string, day: string) => `coaching-pack-${agent.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'agent'}-${day}.pdf`;

/**
 * The coaching pack (issue 8, item 5), laid out for A4: the agent and period,
 * the score trend, the section and element table, strengths and needs, the
 * moments picked with their times and words, the actions with owners and due
 * dates, and a line for each signature. Printed by the browser (Print…, then
 * "Save as PDF"), or by the desktop app's print-to-PDF, which loads this very
 * page in a hidden window and waits for `data-print-ready`.
 */
export function PackPage({ id }: { id: string }) {
  const detail = useCoachingSession((s) => (s.sessionId === id ? s.detail : null));
  const loadError = useCoachingSession((s) => s.loadError);
  const loadSession = useCoachingSession((s) => s.load);
  const close = useCoachingSession((s) => s.close);
  const profile = useCoachingProfile((s) => s.profile);
  const profileError = useCoachingProfile((s) => s.error);
  const loadProfile = useCoachingProfile((s) => s.load);
  const print = usePrintPdf();
  const agentId = detail?.agent.id;
  const period = detail?.plan.period;

  useEffect(() => {
    void loadSession(id);
    return () => close();
  }, [id, loadSession, close]);
  useEffect(() => {
    if (agentId && period) void loadProfile(agentId, period);
  }, [agentId, period?.from, period?.to, loadProfile]); // eslint-disable-line react-hooks/exhaustive-deps
  const ready = detail !== null && profile !== null && profile.period.from === period?.from && profile.period.to === period?.to;
  const build = useCallback((width: number) => trendChart(profile?.trend.points ?? [], profile?.target ?? null, Math.min(width, 700)), [profile]);

  return (
    <div className="coaching-pack" data-print-ready={ready ? true : undefined}>
      <div className="coaching-pack__controls">
        <a href={formatHash({ name: 'coaching', at: { page: 'session', id } })}>← Session</a>
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || print.saving}
          onClick={() => detail && void print.savePdf({ page: 'coaching-pack', sessionId: id }, fileName(detail.agent.name, detail.session.heldOn))}
        >
          {print.saving ? 'Making the PDF…' : 'Save as PDF'}
        </button>
        <button type="button" className="button" disabled={!ready} onClick={() => window.print()}>
          Print…
        </button>
        <p role="status" className="status-line">
          {print.outcome}
        </p>
      </div>
      <ErrorNotice message={loadError ?? profileError} />
      {!ready || !detail || !profile ? (
        <>
          <ScreenHeading>Coaching pack</ScreenHeading>
          {!loadError && !profileError && <p role="status">Preparing the coaching pack…</p>}
        </>
      ) : (
        <>
          <ScreenHeading>Coaching pack: {detail.agent.name}</ScreenHeading>
          <dl className="facts coaching-pack__facts">
            <dt>Agent</dt>
            <dd>
              {detail.agent.name}
              {detail.agent.team ? ` (${detail.agent.team})` : ''}
            </dd>
            <dt>Period</dt>
            <dd>{periodWords(detail.plan.period)}</dd>
            <dt>Session</dt>
            <dd>
              {dayWords(detail.session.heldOn)} with {detail.session.coach.name} ·{' '}
              {detail.session.status === 'draft' ? 'draft' : `completed${detail.session.revision > 1 ? `, revision ${detail.session.revision}` : ''}`}
            </dd>
            <dt>Scorecards</dt>
            <dd>
              {profile.scorecards.total} ({profile.scorecards.mine} from this computer, {profile.scorecards.team} from colleagues)
            </dd>
            <dt>Mean score</dt>
            <dd>
              {percent(profile.score.mean)}
              {profile.score.lower !== null && ` (95 % interval ${percent(profile.score.lower)} to ${percent(profile.score.upper)})`}; {profile.team.label}{' '}
              {percent(profile.team.figure.mean)}; target {profile.target === null ? '—' : `${profile.target} %`}
            </dd>
          </dl>
          <section className="coaching-pack__section" aria-labelledby="pack-trend">
            <h2 id="pack-trend">Score trend</h2>
            {profile.trend.points.length === 0 ? <p className="empty">No scores in this period.</p> : <PlotChart label="Score trend" build={build} />}
          </section>
          <ElementRatesTable sections={profile.sections} elements={profile.elements} target={profile.target} teamLabel={profile.team.label} />
          <FindingsList findings={profile.findings} headingLevel={2} />
          <section className="coaching-pack__section" aria-labelledby="pack-focus">
            <h2 id="pack-focus">Focus and discussion</h2>
            <p>
              <strong>Focus:</strong> {detail.plan.focusElements.length ? detail.plan.focusElements.map((f) => `${f.number} ${f.label}`).join('; ') : 'none chosen'}
            </p>
            {detail.plan.talkingPoints && <p className="coaching-pack__text">{detail.plan.talkingPoints}</p>}
            {detail.plan.agentView && (
              <p className="coaching-pack__text">
                <strong>The agent’s view:</strong> {detail.plan.agentView}
              </p>
            )}
          </section>
          <PackMoments moments={detail.plan.evidence} />
          <PackActions actions={detail.actions} carried={detail.carried} followUpOn={detail.plan.followUpOn} />
          <section className="coaching-pack__signatures" aria-label="Signatures">
            <p>
              Agent: <span className="coaching-pack__line" /> Date: <span className="coaching-pack__line coaching-pack__line--short" />
            </p>
            <p>
              Coach: <span className="coaching-pack__line" /> Date: <span className="coaching-pack__line coaching-pack__line--short" />
            </p>
          </section>
        </>
      )}
    </div>
  );
}
