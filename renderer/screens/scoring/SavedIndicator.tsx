import { formatTime } from '../../format/dates';
import { saveStatusText } from '../../model/save-status-text';
import { useScoring } from '../../stores/scoring';
import './SavedIndicator.css';

/** The scorecard's save status (model/save-status-text.ts says what each state means). */
export function SavedIndicator() {
  const status = useScoring((s) => s.saveStatus);
  const text = saveStatusText(status, formatTime);
  return (
    <p role="status" aria-live="polite" className={`saved-indicator saved-indicator--${status.state}`}>
      <span className="saved-indicator__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
