import { formatDateTime } from '../../format/dates';
import { formatHash } from '../../router/route';
import { useTeamScorecard } from '../../stores/team-scorecard';
import './RevisionList.css';

/** Every revision, newest first: who completed it, when and why; the one shown is marked, the others open it. */
export function RevisionList({ id, shown }: { id: string; shown: number }) {
  const revisions = useTeamScorecard((s) => s.revisions);
  const latest = useTeamScorecard((s) => s.latest) ?? shown;
  const notImported = useTeamScorecard((s) => s.notImported);
  const numbers = Array.from({ length: latest }, (_, i) => latest - i);
  return (
    <nav className="revision-list panel" aria-label="Revisions">
      <h2 className="revision-list__title">History</h2>
      <ol className="revision-list__items" reversed>
        {numbers.map((n) => {
          const r = revisions[n];
          if (!r) return <li key={n} className="u-muted">Revision {n}: not imported on this computer{notImported.includes(n) ? '' : ' yet'}.</li>;
          const label = `Revision ${n}${n === latest ? ' (latest)' : ''}`;
          return (
            <li key={n} className="revision-list__item">
              {n === shown ? (
                <strong aria-current="page">{label}</strong>
              ) : (
                <a href={formatHash({ name: 'team-scorecard', id, revision: n === latest ? null : n })}>{label}</a>
              )}{' '}
              — completed {formatDateTime(r.document.completedAt)} by {r.document.reviewer.name}
              {r.document.revisionReason && <span className="revision-list__reason">: “{r.document.revisionReason}”</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
