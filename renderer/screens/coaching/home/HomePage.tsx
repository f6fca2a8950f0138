import { useEffect } from 'react';
import { dayWords, plural } from '../../../../shared/coaching/words';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ScreenHeading } from '../../../components/ScreenHeading';
import { formatHash } from '../../../router/route';
import { useCoachingHome } from '../../../stores/coaching-home';
import { AgentPicker } from './AgentPicker';
import { CoachLoads } from './CoachLoads';
import { OverdueActions } from './OverdueActions';
import './HomePage.css';

const sessionLink = (id: string) => formatHash({ name: 'coaching', at: { page: 'session', id } });
const late = (days: number) => (days === 0 ? 'today' : days < 0 ? `in ${plural(-days, 'day')}` : `${plural(days, 'day')} late`);

/**
 * The Coaching home (issue 8, item 4): an agent to prepare for, the sessions
 * under way, follow-ups coming due or overdue and actions past their date —
 * this coach's first, then every coach's counts (colleagues' from their
 * shared sessions, as work past its SLA is in seed 002).
 */
export function HomePage() {
  const home = useCoachingHome((s) => s.home);
  const error = useCoachingHome((s) => s.error);
  const load = useCoachingHome((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  const me = home?.coach?.id;
  const mine = <T extends { coachId: string }>(list: T[]) => list.filter((x) => x.coachId === me);

  return (
    <div className="screen coaching-home">
      <ScreenHeading>Coaching</ScreenHeading>
      <p className="screen__lead">Prepare one-to-ones from each agent’s scorecards, agree actions, and follow them up — all on this computer.</p>
      <ErrorNotice message={error} />
      <AgentPicker />
      {!home ? (
        !error && <p role="status">Opening…</p>
      ) : (
        <>
          <p className="u-muted">Today is {dayWords(home.today)}.</p>
          <section className="panel" aria-labelledby="coaching-overdue">
            <h2 id="coaching-overdue">Overdue</h2>
            {mine(home.followUpsOverdue).length === 0 && mine(home.actionsOverdue).length === 0 ? (
              <p className="empty">Nothing of yours is overdue.</p>
            ) : (
              <>
                {mine(home.followUpsOverdue).length > 0 && (
                  <ul className="coaching-home__list" aria-label="Follow-ups overdue">
                    {mine(home.followUpsOverdue).map((f) => (
                      <li key={f.sessionId}>
                        Follow-up with <strong>{f.agentName}</strong> was due on {dayWords(f.followUpOn)} ({late(f.daysLate)}) —{' '}
                        <a href={sessionLink(f.sessionId)}>session of {dayWords(f.heldOn)}</a>
                      </li>
                    ))}
                  </ul>
                )}
                <OverdueActions actions={mine(home.actionsOverdue)} />
              </>
            )}
          </section>
          <section className="panel" aria-labelledby="coaching-due">
            <h2 id="coaching-due">Coming up</h2>
            {home.drafts.length === 0 && mine(home.followUpsDue).length === 0 ? (
              <p className="empty">No session is open and no follow-up is due this week.</p>
            ) : (
              <ul className="coaching-home__list" aria-label="Sessions due">
                {home.drafts.map((d) => (
                  <li key={d.id}>
                    Session with <strong>{d.agentName}</strong> in preparation (for {dayWords(d.heldOn)}) — <a href={sessionLink(d.id)}>carry on</a>
                  </li>
                ))}
                {mine(home.followUpsDue).map((f) => (
                  <li key={f.sessionId}>
                    Follow-up with <strong>{f.agentName}</strong> due {late(f.daysLate)} ({dayWords(f.followUpOn)}) — <a href={sessionLink(f.sessionId)}>last session</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <CoachLoads coaches={home.coaches} />
          <section className="panel" aria-labelledby="coaching-recent">
            <h2 id="coaching-recent">Recent sessions</h2>
            {home.recent.length === 0 ? (
              <p className="empty">No session yet. Choose an agent above to see their profile and start one.</p>
            ) : (
              <table className="table" aria-label="Recent sessions">
                <thead>
                  <tr>
                    <th scope="col">Held on</th>
                    <th scope="col">Agent</th>
                    <th scope="col">Coach</th>
                    <th scope="col">Status</th>
                    <th scope="col">Follow-up</th>
                  </tr>
                </thead>
                <tbody>
                  {home.recent.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <a href={sessionLink(s.id)}>{dayWords(s.heldOn)}</a>
                      </td>
                      <td>{s.agentName}</td>
                      <td>
                        {s.coachName}
                        {s.source === 'team' && <span className="u-muted"> (colleague)</span>}
                      </td>
                      <td>{s.status === 'draft' ? 'Draft' : s.revision > 1 ? `Completed (revision ${s.revision})` : 'Completed'}</td>
                      <td>{s.followUpOn ? dayWords(s.followUpOn) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </div>
  );
}
