import { useEffect } from 'react';
import { resultsCsv } from '../../../../shared/calibration';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ScreenHeading } from '../../../components/ScreenHeading';
import { formatHash } from '../../../router/route';
import { useCalibrationSession } from '../../../stores/calibration-session';
import { downloadFile } from '../../export/download-file';
import { ParticipantsTable } from '../session/ParticipantsTable';
import { SessionFactsList } from '../SessionFactsList';
import { AgreementTable } from './AgreementTable';
import { ElementList } from './ElementList';
import { FiguresHelp } from './FiguresHelp';
import { ScoresTable } from './ScoresTable';
import { SpreadFacts } from './SpreadFacts';
import './ResultsPage.css';

const fileName = (title: string) => `calibration-${title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'results'}.csv`;

/**
 * The results of a session once it is open. Before that, whoever asks (the
 * page, a typed address, a curious colleague) gets who has submitted and
 * nothing else: no answer is on this computer to show until then.
 */
export function ResultsPage({ id }: { id: string }) {
  const results = useCalibrationSession((s) => (s.sessionId === id ? s.results : null));
  const error = useCalibrationSession((s) => s.error);
  const note = useCalibrationSession((s) => s.note);
  const busy = useCalibrationSession((s) => s.busy);
  const loadResults = useCalibrationSession((s) => s.loadResults);
  const publishOutcomes = useCalibrationSession((s) => s.publishOutcomes);

  useEffect(() => {
    void loadResults(id);
  }, [id, loadResults]);

  const back = (
    <p>
      <a href={formatHash({ name: 'calibration', at: { page: 'session', id } })}>← Session</a>
    </p>
  );
  if (!results) {
    return (
      <div className="screen">
        {back}
        <ScreenHeading>Calibration results</ScreenHeading>
        {!error && <p role="status">Opening the results…</p>}
        <ErrorNotice message={error} />
      </div>
    );
  }
  if (!results.visible) {
    return (
      <div className="screen">
        {back}
        <ScreenHeading>{results.facts.title}: results</ScreenHeading>
        <p className="notice notice--info" role="status">
          {results.message}
        </p>
        <ParticipantsTable participants={results.participants} />
      </div>
    );
  }
  const exportCsv = () => downloadFile(new Blob([resultsCsv(results.facts, results.opened, results.results)], { type: 'text/csv;charset=utf-8' }), fileName(results.facts.title));
  return (
    <div className="screen results-page">
      {back}
      <div className="screen__top">
        <ScreenHeading>{results.facts.title}: results</ScreenHeading>
        <div className="screen__actions">
          <button type="button" className="button" onClick={exportCsv}>
            Export CSV
          </button>
          <a className="button" href={formatHash({ name: 'calibration', at: { page: 'print', id } })}>
            Printable page (PDF)…
          </a>
          {results.organiser && (
            <button type="button" className="button button--primary" onClick={() => void publishOutcomes()} disabled={busy || !results.outcomes.unpublished}>
              Publish outcomes
            </button>
          )}
        </div>
      </div>
      {note && (
        <p className="status-line" role="status">
          {note}
        </p>
      )}
      <ErrorNotice message={error} />
      {results.organiser && results.outcomes.unpublished && <p className="notice notice--info">Some outcomes are saved on this computer only: publish them to share them with the participants.</p>}
      <SessionFactsList facts={results.facts} participants={results.participants} />
      <div className="results-page__columns">
        <section className="panel" aria-labelledby="results-scores">
          <h2 id="results-scores">Scores</h2>
          <ScoresTable results={results.results} />
        </section>
        <section className="panel" aria-labelledby="results-spread">
          <h2 id="results-spread">Spread</h2>
          <SpreadFacts results={results.results} />
          <h3 className="results-page__subheading">Agreement across the whole call</h3>
          <AgreementTable figures={results.results.overall} label="Agreement across the whole call" />
          <FiguresHelp />
        </section>
      </div>
      <ElementList results={results.results} editable={results.organiser} />
      <section className="panel" aria-labelledby="results-participants">
        <h2 id="results-participants">Participants</h2>
        <ParticipantsTable participants={results.participants} />
      </section>
    </div>
  );
}
