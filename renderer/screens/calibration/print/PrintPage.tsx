import { useEffect } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ScreenHeading } from '../../../components/ScreenHeading';
import { formatDateTime } from '../../../format/dates';
import { formatHash } from '../../../router/route';
import { useCalibrationSession } from '../../../stores/calibration-session';
import { AgreementTable } from '../results/AgreementTable';
import { ElementList } from '../results/ElementList';
import { ScoresTable } from '../results/ScoresTable';
import { SpreadFacts } from '../results/SpreadFacts';
import { ParticipantsTable } from '../session/ParticipantsTable';
import { SessionFactsList } from '../SessionFactsList';
import './PrintPage.css';

/**
 * The results laid out for paper and PDF: everything unfolded, nothing to
 * click, each element kept on one page where it fits. Printed by the browser
 * (Print… then "Save as PDF"), or by the desktop app's print-to-PDF, which
 * loads this very page (electron/shell/print-to-pdf.ts).
 */
export function PrintPage({ id }: { id: string }) {
  const results = useCalibrationSession((s) => (s.sessionId === id ? s.results : null));
  const error = useCalibrationSession((s) => s.error);
  const loadResults = useCalibrationSession((s) => s.loadResults);

  useEffect(() => {
    void loadResults(id);
  }, [id, loadResults]);

  return (
    // Marked ready once the results are on the page: the desktop app's print-to-PDF waits for it (electron/shell/print-to-pdf.ts).
    <div className="print-page" data-print-ready={results?.visible ? true : undefined}>
      <div className="print-page__controls">
        <a href={formatHash({ name: 'calibration', at: { page: 'results', id } })}>← Results</a>
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!results?.visible}>
          Print or save as PDF…
        </button>
      </div>
      {!results ? (
        <>
          <ScreenHeading>Calibration results</ScreenHeading>
          {!error && <p role="status">Opening the results…</p>}
        </>
      ) : !results.visible ? (
        <>
          <ScreenHeading>{results.facts.title}</ScreenHeading>
          <p role="status">{results.message}</p>
        </>
      ) : (
        <>
          <ScreenHeading>Calibration results: {results.facts.title}</ScreenHeading>
          <p className="print-page__stamp">
            Opened {formatDateTime(results.opened.at)} ({results.opened.by === 'reveal' ? 'revealed by the organiser' : 'everyone submitted'}). Outcomes{' '}
            {results.outcomes.revision ? `as published (revision ${results.outcomes.revision})` : 'not published yet'}.
          </p>
          <SessionFactsList facts={results.facts} participants={results.participants} />
          <h2>Scores</h2>
          <ScoresTable results={results.results} />
          <h2>Spread</h2>
          <SpreadFacts results={results.results} />
          <h2>Agreement across the whole call</h2>
          <AgreementTable figures={results.results.overall} label="Agreement across the whole call" />
          <ElementList results={results.results} editable={false} unfolded />
          <h2>Participants</h2>
          <ParticipantsTable participants={results.participants} />
        </>
      )}
      <ErrorNotice message={error} />
    </div>
  );
}
