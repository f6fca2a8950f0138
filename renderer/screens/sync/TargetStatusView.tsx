import type { TargetStatus } from '../../../shared/api/sync';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDateTime, formatTime } from '../../format/dates';
import { useSync } from '../../stores/sync';
import { reachableText, untilText } from './sync-words';
import './TargetStatusView.css';

/**
 * A target's live status in words. The counts are a polite live region, so a
 * screen-reader user hears "1 failed" when it happens without hunting for it.
 */
export function TargetStatusView({ status }: { status: TargetStatus }) {
  const checkedAt = useSync((s) => s.checkedAt);
  const { counts, lastError, lastSuccessAt, nextAttemptAt, progress, backfill } = status;
  const reachable = status.reachable.state;
  return (
    <div className="target-status">
      <p role="status" className="target-status__counts">
        <span className="target-status__count target-status__count--pending">
          <strong>{counts.pending}</strong> pending
        </span>
        <span className="target-status__count target-status__count--sent">
          <strong>{counts.sent}</strong> sent
        </span>
        <span className={`target-status__count target-status__count--failed${counts.failed ? ' target-status__count--alarm' : ''}`}>
          <strong>{counts.failed}</strong> failed
        </span>
        {!status.enabled && <span className="target-status__count">Paused</span>}
      </p>
      {backfill && (
        <ProgressBar
          label={`Queueing earlier documents for ${status.name}`}
          value={backfill.done}
          max={backfill.total}
          text={`Queueing what was completed before: ${backfill.done} of ${backfill.total} looked at`}
        />
      )}
      {progress && progress.total > 0 && (
        <ProgressBar label={`Sending to ${status.name}`} value={progress.done} max={progress.total} text={`${progress.done} of ${progress.total} sent`} />
      )}
      <dl className="facts target-status__facts">
        <dt>Connection</dt>
        <dd className={`target-status__reachable target-status__reachable--${reachable}`}>{reachableText(status)}</dd>
        <dt>Last delivery</dt>
        <dd>{lastSuccessAt ? formatDateTime(lastSuccessAt) : 'None yet'}</dd>
        {lastError && (
          <>
            <dt>Last problem</dt>
            <dd className="target-status__error">
              {lastError.message} <span className="u-muted">({formatDateTime(lastError.at)})</span>
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
