import { formatTime } from '../../format/dates';
import { useScoring } from '../../stores/scoring';
import './SavedIndicator.css';

/**
 * Tells the truth about saving: "All changes saved" only once the backend has
 * confirmed every change, never while one is waiting, travelling or failing.
 */
export function SavedIndicator() {
  const status = useScoring((s) => s.saveStatus);
  let text: string;
  if (status.state === 'retrying') text = `Not saved — retrying. ${status.error ?? ''}`.trim();
  else if (status.state === 'saving') text = 'Saving…';
  else text = status.lastSavedAt ? `All changes saved at ${formatTime(status.lastSavedAt)}` : 'All changes saved';
  return (
    <p role="status" aria-live="polite" className={`saved-indicator saved-indicator--${status.state}`}>
      <span className="saved-indicator__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
