import { useEffect } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ScreenHeading } from '../../../components/ScreenHeading';
import { formatHash } from '../../../router/route';
import { useCalibrationSessions } from '../../../stores/calibration-sessions';
import { useTemplates } from '../../../stores/templates';
import { NewSessionForm } from './NewSessionForm';

/** Setting a calibration session up: which call, which scorecard version, who scores it, who is the reference, by when. */
export function NewSessionPage() {
  const options = useCalibrationSessions((s) => s.options);
  const loadOptions = useCalibrationSessions((s) => s.loadOptions);
  const error = useCalibrationSessions((s) => s.error);
  const templates = useTemplates((s) => s.summaries);
  const loadTemplates = useTemplates((s) => s.load);

  useEffect(() => {
    void loadOptions();
    void loadTemplates();
  }, [loadOptions, loadTemplates]);

  return (
    <div className="screen screen--narrow">
      <p>
        <a href={formatHash({ name: 'calibration', at: { page: 'list' } })}>← Calibration</a>
      </p>
      <ScreenHeading>New calibration session</ScreenHeading>
      <p className="screen__lead">Pick a call you reviewed; each participant scores it on their own computer, blind, and the session is published to your shared folders.</p>
      <ErrorNotice message={error} />
      {options && templates.length > 0 ? (
        options.calls.length === 0 ? (
          <p className="empty">
            Review the call first (<a href={formatHash({ name: 'new-review' })}>New review</a>, with its recording attached): a session is set up from one of your reviews.
          </p>
        ) : (
          <NewSessionForm options={options} templates={templates} />
        )
      ) : (
        !error && <p role="status">Loading…</p>
      )}
    </div>
  );
}
