import { useEffect } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ScreenHeading } from '../../../components/ScreenHeading';
import { formatHash } from '../../../router/route';
import { useCalibrationDrift } from '../../../stores/calibration-drift';
import { DriftChart } from './DriftChart';
import { DriftTable } from './DriftTable';

/**
 * Reviewer drift: how far each reviewer's score was from the standard in each
 * session, over time. A line that stays above zero scores more generously
 * than the reference; one that wanders away from zero is drifting.
 */
export function DriftPage() {
  const drift = useCalibrationDrift((s) => s.drift);
  const error = useCalibrationDrift((s) => s.error);
  const load = useCalibrationDrift((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="screen">
      <p>
        <a href={formatHash({ name: 'calibration', at: { page: 'list' } })}>← Calibration</a>
      </p>
      <ScreenHeading>Reviewer drift</ScreenHeading>
      <p className="screen__lead">
        Each reviewer’s score minus the reference scorer’s (or the group’s median where there was none), per calibration session, oldest first. Above 0: more generous than the standard; below: stricter. Within ±5 points is the usual tolerance.
      </p>
      <ErrorNotice message={error} />
      {!drift ? (
        !error && <p role="status">Loading…</p>
      ) : drift.reviewers.length === 0 ? (
        <p className="empty">No open calibration session yet: drift appears once sessions have results.</p>
      ) : (
        <>
          <DriftChart drift={drift} />
          <DriftTable drift={drift} />
        </>
      )}
    </div>
  );
}
