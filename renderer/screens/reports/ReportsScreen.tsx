import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useReports } from '../../stores/reports';
import { BandsView } from './BandsView';
import { DraftsView } from './DraftsView';
import { DrillList } from './DrillList';
import { HeatMapView } from './HeatMapView';
import { MeansView } from './MeansView';
import { ReportFilters } from './ReportFilters';
import { ReviewersView } from './ReviewersView';
import { SatisfactionView } from './SatisfactionView';
import { TrendView } from './TrendView';
import { VolumeView } from './VolumeView';

/**
 * How the team, each agent and each reviewer are doing, read from the scores
 * stored at completion and the facts kept beside them: every chart with a
 * table of the same numbers and a CSV, every cell opening its scorecards.
 */
export function ReportsScreen() {
  const load = useReports((s) => s.load);
  const views = useReports((s) => s.views);
  const loading = useReports((s) => s.loading);
  const error = useReports((s) => s.error);
  const settings = useReports((s) => s.options?.settings);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="screen">
      <ScreenHeading>Reports</ScreenHeading>
      <p className="screen__lead">Your scorecards and your colleagues', from the shared folders under Sync, in one place.</p>
      <ReportFilters />
      <p role="status" className="status-line">
        {loading ? 'Updating…' : ''}
      </p>
      <ErrorNotice message={error} />
      <DrillList />
      {views && settings && (
        <>
          <MeansView teams={views.means.teams} agents={views.means.agents} target={views.elements.target} />
          <BandsView bands={views.bands} />
          <TrendView trend={views.trend} target={views.elements.target} />
          <HeatMapView map={views.elements} />
          <ReviewersView reviewers={views.reviewers} />
          <VolumeView volume={views.volume} />
          <SatisfactionView satisfaction={views.satisfaction} />
          <DraftsView drafts={views.drafts} days={settings.draftDays} />
        </>
      )}
    </div>
  );
}
