import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatHash } from '../../router/route';
import { isFiltering, TEAM_FILTER_WINDOW, TEAM_PAGE_SIZE, useTeam } from '../../stores/team';
import { TeamFilterBar } from './TeamFilterBar';
import { TeamTable } from './TeamTable';

/**
 * Colleagues' completed scorecards, read back from shared folders: who scored
 * whom, the score and band, and which share and file each came from. They are
 * read-only here; they belong to whoever completed them.
 */
export function TeamScreen() {
  const load = useTeam((s) => s.load);
  const error = useTeam((s) => s.error);
  const page = useTeam((s) => s.page);
  const total = useTeam((s) => s.total);
  const importedTotal = useTeam((s) => s.importedTotal);
  const filtering = useTeam(isFiltering);
  const setPage = useTeam((s) => s.setPage);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="screen">
      <ScreenHeading>Team</ScreenHeading>
      <p className="screen__lead">
        Scorecards your colleagues completed, read from the shared folders under <a href={formatHash({ name: 'sync' })}>Sync</a>. Read-only.
      </p>
      <TeamFilterBar />
      {filtering && importedTotal > TEAM_FILTER_WINDOW && (
        <p className="u-muted">
          Filters look through the newest {TEAM_FILTER_WINDOW} of {importedTotal} imported scorecards.
        </p>
      )}
      <ErrorNotice message={error} />
      <TeamTable />
      <Pager label="Team scorecards pages" page={page} pageSize={TEAM_PAGE_SIZE} total={total} onPage={setPage} />
    </div>
  );
}
