import type { CalibrationPage } from '../../router/calibration-route';
import { DriftPage } from './drift/DriftPage';
import { NewSessionPage } from './new/NewSessionPage';
import { PrintPage } from './print/PrintPage';
import { ResultsPage } from './results/ResultsPage';
import { SessionPage } from './session/SessionPage';
import { SessionsPage } from './SessionsPage';

/** Calibration: the sessions, setting one up, one session, its results (and their printable page), and reviewer drift. */
export function CalibrationScreen({ at }: { at: CalibrationPage }) {
  switch (at.page) {
    case 'list':
      return <SessionsPage />;
    case 'new':
      return <NewSessionPage />;
    case 'drift':
      return <DriftPage />;
    case 'session':
      return <SessionPage id={at.id} />;
    case 'results':
      return <ResultsPage id={at.id} />;
    case 'print':
      return <PrintPage id={at.id} />;
  }
}
