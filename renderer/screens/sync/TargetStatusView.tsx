import type { TargetStatus } from '../../../shared/api/sync';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDateTime, formatTime } from '../../format/dates';
import { useSync } from '../../stores/sync';
import { reachableText, untilText } from './sync-words';

/**
 * A target's live status in words. The counts are a polite live region, so a
 * screen-reader user hears "1 failed" when it happens without hunting for it.
 */
export function TargetStatusView({ status }: { status: TargetStatus }) {
  const checkedAt = useSync((s) => s.checkedAt);
  const { counts, lastError, lastSuccessAt, nextAttemptAt, progress } = status;
  const reachable = status.reachable.state;
  return (
    <div className="target-status">
      <p role="status" className="target-counts">
        <span className="count count-pending">
          <strong>{counts.pending}</strong> pending
        </span>
        <span className="count count-sent">
          <strong>{counts.sent}</strong> sent
        </span>
        <span className={`count count-failed${counts.failed ? ' count-alarm' : ''}`}>
          <strong>{counts.failed}</strong> failed
        </span>
        {!status.enabled && <span className="count">Paused</span>}
      </p>
      {progress && progress.total > 0 && (
        <ProgressBar label={`Sending to ${status.name}`} value={progress.done} max={progress.total} text={`${progress.done} of ${progress.total} sent`} />
      )}
      <dl className="facts target-facts">
        <dt>Connection</dt>
        <dd className={`reachable reachable-${reachable}`}>{reachableText(status)}</dd>
        <dt>Last delivery</dt>
        <dd>{lastSuccessAt ? formatDateTime(lastSuccessAt) : 'None yet'}</dd>
        {lastError && (
          <>
            <dt>Last problem</dt>
            <dd className="target-error">
              {lastError.message} <span className="muted">({formatDateTime(lastError.at)})</span>
            </dd>
          </>
        )}
        {nextAttemptAt && counts.pending > 0 && status.enabled && (
          <>
            <dt>Next attempt</dt>
            <dd>
              {formatTime(nextAttemptAt)} ({untilText(nextAttemptAt, checkedAt)})
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
