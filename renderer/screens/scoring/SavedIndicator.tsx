import { formatTime } from '../../format/dates';
import { saveStatusText } from '../../model/save-status-text';
import type { SaveStatus } from '../../stores/save-queue';
import { useScoring } from '../../stores/scoring';
import './SavedIndicator.css';

/** A save status as a live line (model/save-status-text.ts says what each state means): a scorecard's, or a coaching session's. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  return (
    <p role="status" aria-live="polite" className={`saved-indicator saved-indicator--${status.state}`}>
      <span className="saved-indicator__dot" aria-hidden="true" />
      {saveStatusText(status, formatTime)}
    </p>
  );
}

/** The scorecard's save status. */
export function SavedIndicator() {
  return <SaveStatusLine status={useScoring((s) => s.saveStatus)} />;
}
