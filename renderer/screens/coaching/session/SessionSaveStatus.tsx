import { formatTime } from '../../../format/dates';
import { saveStatusText } from '../../../model/save-status-text';
import { useCoachingSession } from '../../../stores/coaching-session';
import '../../scoring/SavedIndicator.css';

/** The session's own "All changes saved": true only once the backend confirmed every change, as on a scorecard. */
export function SessionSaveStatus() {
  const status = useCoachingSession((s) => s.saveStatus);
  const text = saveStatusText(status, formatTime);
  return (
    <p role="status" aria-live="polite" className={`saved-indicator saved-indicator--${status.state}`}>
      <span className="saved-indicator__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
