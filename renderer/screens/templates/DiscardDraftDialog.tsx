import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useTemplateDraft } from '../../stores/templates-draft';

interface Props {
  published: boolean;
  onClose: () => void;
  onDone: (removed: 'draft' | 'template') => void;
}

/** Throwing a draft away asks first; a template never published goes with it. */
export function DiscardDraftDialog({ published, onClose, onDone }: Props) {
  const discard = useTemplateDraft((s) => s.discardDraft);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={published ? 'Discard the draft?' : 'Discard this template?'} onClose={onClose}>
      <p>{published ? 'The draft’s changes are lost. The published versions stay as they are.' : 'It was never published: the template and its draft are removed.'}</p>
      <ErrorNotice message={error} />
      <div className="form__actions">
        <button type="button" className="button button--danger" data-autofocus onClick={() => discard().then(onDone, (e: unknown) => setError(errorMessage(e)))}>
          Discard
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
