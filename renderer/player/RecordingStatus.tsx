import { formatDuration } from '../format/duration';
import { usePlayer } from '../stores/player';

/**
 * What is attached, and anything wrong with it, in words. A missing, changed
 * or unplayable recording never blocks scoring: the message says so.
 */
export function RecordingStatus() {
  const media = usePlayer((s) => s.media);
  const audioError = usePlayer((s) => s.audioError);
  if (!media) return null;
  const { recording, status, message } = media;
  const problem = status === 'missing' || status === 'changed' || status === 'unsupported' ? message : audioError;
  return (
    <>
      {recording ? (
        <p className="recording-name">
          <span className="recording-file">{recording.fileName}</span>
          <span className="recording-format">
            {recording.formatLabel}
            {recording.durationSeconds !== null && ` · ${formatDuration(Math.round(recording.durationSeconds))}`}
          </span>
        </p>
      ) : (
        <p className="recording-name muted">No recording: a live review. The clock gives notes their time.</p>
      )}
      {problem && (
        <p className={`notice notice-warning recording-problem recording-${status}`} role="status">
          {problem}
        </p>
      )}
    </>
  );
}
