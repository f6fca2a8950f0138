import { formatDuration } from '../format/duration';
import { usePlayer } from '../stores/player';
import './RecordingStatus.css';

/**
 * What is attached, and anything wrong with it, in words. A missing, changed
 * or unplayable recording never blocks scoring: the message says so.
 */
export function RecordingStatus() {
  const media = usePlayer((s) => s.media);
  const audioError = usePlayer((s) => s.audioError);
  if (!media) return null;
  const { recording, status, message, warning } = media;
  const problem = status === 'missing' || status === 'changed' || status === 'unsupported' ? message : audioError;
  return (
    <>
      {recording ? (
        <p className="recording-status__name">
          <span className="recording-status__file">{recording.fileName}</span>
          <span className="recording-status__format">
            {recording.formatLabel}
            {recording.durationSeconds !== null && ` · ${formatDuration(Math.round(recording.durationSeconds))}`}
          </span>
        </p>
      ) : (
        <p className="recording-status__name u-muted">No recording: a live review. The clock gives notes their time.</p>
      )}
      {!problem && status === 'ok' && warning && <p className="notice notice--warning recording-status__problem">{warning}</p>}
      {problem && (
        <p className={`notice notice--warning recording-status__problem recording-status--${status}`} role="status">
          {problem}
        </p>
      )}
    </>
  );
}
