import type { FolderInspection } from '../../../shared/api/sync';
import { formatDateTime } from '../../format/dates';
import { folderVerdict } from './folder-verdict';

export function FolderVerdict({ inspection }: { inspection: FolderInspection }) {
  const verdict = folderVerdict(inspection);
  if (verdict === 'set-up') {
    return (
      <div className="notice notice--info" role="status">
        <p>
          <strong>An empty folder: Callmark will set it up as a new share.</strong>
        </p>
        <p>
          It writes a marker file (callmark-share.json) that proves this is the share, and puts each completed scorecard under
          scorecards/&lt;year&gt;/&lt;month&gt;/. Colleagues can then adopt the same folder.
        </p>
      </div>
    );
  }
  if (verdict === 'adopt' && inspection.share) {
    return (
      <div className="notice notice--info" role="status">
        <p>
          <strong>
            A Callmark share set up by {inspection.share.createdBy} on {formatDateTime(inspection.share.createdAt)}.
          </strong>
        </p>
        <p>Adopt it to send your completed scorecards there and read your colleagues’ back. Nothing in it is changed or deleted.</p>
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>This folder cannot be used.</strong>
      </p>
      <p>{inspection.existingTargetId ? 'This share is already a sync target on this computer.' : inspection.message}</p>
    </div>
  );
}
