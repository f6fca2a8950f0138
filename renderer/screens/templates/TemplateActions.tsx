import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { navigate } from '../../router/router';
import { useTemplateDraft } from '../../stores/templates-draft';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { DuplicateDialog } from './DuplicateDialog';

/**
 * What can be done with the template as it is: start the next draft of a
 * published one, duplicate one this install may not change, discard a draft,
 * archive or restore.
 */
export function TemplateActions({ onError }: { onError: (message: string | null) => void }) {
  const detail = useTemplateDraft((s) => s.detail);
  const hasDraft = useTemplateDraft((s) => s.template !== null);
  const startDraft = useTemplateDraft((s) => s.startDraft);
  const setArchived = useTemplateDraft((s) => s.setArchived);
  const [dialog, setDialog] = useState<'duplicate' | 'discard' | null>(null);
  if (!detail) return null;
  const { status } = detail;
  const editable = status.source === 'local' && !status.archived;
  const run = (action: () => Promise<unknown>) => () => {
    onError(null);
    action().catch((e: unknown) => onError(errorMessage(e)));
  };

  return (
    <div className="toolbar">
      {editable && !hasDraft && status.latest && (
        <button type="button" className="button button--primary" onClick={run(startDraft)}>
          Edit: start version {status.latest.version + 1}
        </button>
      )}
      {status.latest && (
        <button type="button" className="button" onClick={() => setDialog('duplicate')}>
          Duplicate…
        </button>
      )}
      {editable && hasDraft && (
        <button type="button" className="button" onClick={() => setDialog('discard')}>
          {status.latest ? 'Discard the draft…' : 'Discard this template…'}
        </button>
      )}
      <button type="button" className="button" onClick={run(() => setArchived(!status.archived))}>
        {status.archived ? 'Restore' : 'Archive'}
      </button>
      {dialog === 'duplicate' && status.latest && (
        <DuplicateDialog
          name={`${status.name} (copy)`}
          versionId={status.latest.id}
          onClose={() => setDialog(null)}
          onDone={(templateId) => navigate({ name: 'template', id: templateId })}
        />
      )}
      {dialog === 'discard' && (
        <DiscardDraftDialog
          published={status.latest !== null}
          onClose={() => setDialog(null)}
          onDone={(removed) => {
            setDialog(null);
            if (removed === 'template') navigate({ name: 'templates' });
          }}
        />
      )}
    </div>
  );
}
