import { formatHash } from '../../router/route';
import { isFiltering, useTeam } from '../../stores/team';
import { TeamRow } from './TeamRow';

export function TeamTable() {
  const items = useTeam((s) => s.items);
  const loaded = useTeam((s) => s.loaded);
  const loading = useTeam((s) => s.loading);
  const filtering = useTeam(isFiltering);

  if (items.length === 0) {
    if (!loaded) return <p className="empty">Loading team scorecards…</p>;
    if (filtering) return <p className="empty">No team scorecards match.</p>;
    return (
      <p className="empty">
        No colleagues’ scorecards yet. Adopt your team’s shared folder under <a href={formatHash({ name: 'sync' })}>Sync</a> and press “Import now”.
      </p>
    );
  }
  return (
    <table className="table" aria-label="Team scorecards" aria-busy={loading}>
      <thead>
        <tr>
          <th scope="col">Reviewer</th>
          <th scope="col">Agent</th>
          <th scope="col">Date</th>
          <th scope="col" className="table__numeric">
            Score
          </th>
          <th scope="col">Band</th>
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <TeamRow key={item.scorecardId} item={item} />
        ))}
      </tbody>
    </table>
  );
}
