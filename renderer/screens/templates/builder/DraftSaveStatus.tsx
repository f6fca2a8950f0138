import { formatTime } from '../../../format/dates';
import { useTemplateDraft } from '../../../stores/templates-draft';

/** Whether the draft on screen is in the database yet: every change is saved as it is made. */
export function DraftSaveStatus() {
  const status = useTemplateDraft((s) => s.saveStatus);
  const text =
    status.state === 'retrying'
      ? `Not saved yet, retrying: ${status.error}`
      : status.state === 'saving'
        ? 'Saving…'
        : status.lastSavedAt
          ? `All changes saved (${formatTime(status.lastSavedAt)})`
          : 'All changes saved';
  return (
    <p role="status" className={`builder__saved${status.state === 'retrying' ? ' is-failing' : ''}`}>
      {text}
    </p>
  );
}
