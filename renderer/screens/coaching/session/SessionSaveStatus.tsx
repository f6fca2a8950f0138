import { useCoachingSession } from '../../../stores/coaching-session';
import { SaveStatusLine } from '../../scoring/SavedIndicator';

/** The session's own "All changes saved": true only once the backend confirmed every change, as on a scorecard. */
export function SessionSaveStatus() {
  return <SaveStatusLine status={useCoachingSession((s) => s.saveStatus)} />;
}
